#!/usr/bin/env bash
# CLI tests of `tebiki lint`: run the built binary on copies of the fixtures in tests/cli/lint/.
# Usage: lint_cli_test.sh TEBIKI CASE    exit 0 passed, 1 failed, 77 skipped (no script(1))
set -u
TEBIKI=$1
CASE=$2
FIXTURES=$(cd "$(dirname "$0")/lint" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -R "$FIXTURES/." "$WORK/"
cd "$WORK" || exit 1
export NO_COLOR=

fail() {
  echo "FAIL [$CASE]: $*" >&2
  echo "--- stdout" >&2; cat out.txt >&2
  echo "--- stderr" >&2; cat err.txt >&2
  exit 1
}
# Runs tebiki with ARGS; keeps stdout in out.txt, stderr in err.txt, the exit status in $status.
run() {
  "$TEBIKI" "$@" >out.txt 2>err.txt
  status=$?
}
expect_status() { [[ $status -eq $1 ]] || fail "exit status $status, expected $1"; }
expect_err() { grep -qF -- "$1" err.txt || fail "stderr lacks: $1"; }
expect_out() { grep -qF -- "$1" out.txt || fail "stdout lacks: $1"; }
# Lines that must follow each other in FILE (grep -F would take each line of them alone, and
# the empty one after a last newline matches anything).
expect_lines() {
  local text
  text=$(cat "$1"; printf x)
  [[ ${text%x} == *"$2"* ]] || fail "$1 lacks the lines: $2"
}
refute_err() { ! grep -qF -- "$1" err.txt || fail "stderr has: $1"; }
refute_out() { ! grep -qF -- "$1" out.txt || fail "stdout has: $1"; }
# Fails the case when a rule it relies on is not registered: every rule is (a skip here, exit 77,
# let the case pass in CTest with the rule removed).
require_rule() {
  "$TEBIKI" lint --rule "$1" clean.md >/dev/null 2>&1
  [[ $? -ne 2 ]] || fail "rule $1 is not registered"
}
# The same file, with a BOM and CRLF line endings.
bom_crlf() { printf '\xef\xbb\xbf'; sed 's/$/\r/' "$1"; }

case_help() {
  run lint --help
  expect_status 0
  expect_out "Examples:"
  expect_out "--format"
}

case_clean() {
  run lint clean.md
  expect_status 0
  expect_err "no problems found (1 file checked in "
}

case_findings_text() {
  require_rule long-vowel
  require_rule width
  run lint sample.md
  expect_status 1
  grep -qE '^sample\.md:3:1: error: .*サーバー.* \[long-vowel\]$' err.txt || fail "no long-vowel line"
  grep -qE '^sample\.md:4:4: error: .*ＡＢＣ.* \[width\]$' err.txt || fail "no width line"
  expect_lines err.txt $'[long-vowel]\nサーバーを再起動する。\n^~~~~~~~\n'
  expect_lines err.txt $'[width]\n設定はＡＢＣで行う。\n      ^~~~~~\n'
  grep -qE '^[0-9]+ errors, 0 warnings in 1 file \(1 file checked in [0-9.]+ s\)$' err.txt ||
    fail "no summary line"
  [[ ! -s out.txt ]] || fail "text format wrote to stdout"
  [[ $(grep -c $'\x1b' err.txt) -eq 0 ]] || fail "colour when not on a terminal"
}

case_color() {
  require_rule long-vowel
  command -v script >/dev/null || { echo "SKIP [$CASE]: no script(1) for a terminal" >&2; exit 77; }
  # script(1) gives tebiki a terminal; colour then depends on NO_COLOR only.
  script -qec "env -u NO_COLOR '$TEBIKI' lint --rule long-vowel sample.md" /dev/null >tty.txt
  grep -q $'\x1b\\[1;31merror:' tty.txt || { cat tty.txt >&2; fail "no colour on a terminal"; }
  script -qec "NO_COLOR=1 '$TEBIKI' lint --rule long-vowel sample.md" /dev/null >tty.txt
  grep -q 'error:' tty.txt || { cat tty.txt >&2; fail "no output on a terminal"; }
  ! grep -q $'\x1b' tty.txt || { cat tty.txt >&2; fail "colour despite NO_COLOR"; }
}

case_invalid_utf8() {
  printf '# ok\nab\xff\n' >bad.md
  run lint clean.md bad.md
  expect_status 2
  expect_err "bad.md:2:3: error: invalid UTF-8 byte sequence"
  # the line is shown, the bad byte as U+FFFD under the caret
  expect_lines err.txt $'bad.md:2:3: error: invalid UTF-8 byte sequence\nab\xef\xbf\xbd\n  ^\n'
}

case_nul_byte() {
  printf 'a\0b\n' >nul.md
  run lint nul.md
  expect_status 2
  expect_err "nul.md:1:2: error: NUL byte in text file"
  expect_lines err.txt $'nul.md:1:2: error: NUL byte in text file\na\xef\xbf\xbdb\n ^\n'
}

case_missing_file() {
  run lint nowhere.md
  expect_status 2
  expect_err "nowhere.md:1:1: error: "
}

case_unknown_rule() {
  run lint --rule no-such-rule clean.md
  expect_status 2
  expect_err "unknown rule 'no-such-rule'"
  expect_err "known rules: "
  require_rule long-vowel
  expect_err "long-vowel"
}

case_bad_usage() {
  run lint --dry-run clean.md
  expect_status 2
  run lint --format yaml clean.md
  expect_status 2
  run lint --dictionary nowhere.yml clean.md
  expect_status 2
  expect_err "nowhere.yml:1:1: error: "
}

case_rule_filter() {
  require_rule long-vowel
  run lint --rule long-vowel sample.md
  expect_status 1
  expect_err "[long-vowel]"
  refute_err "[width]"
}

case_fix_twice() {
  require_rule long-vowel
  require_rule width
  bom_crlf sample.md >crlf.md
  chmod 640 crlf.md
  run lint --fix crlf.md
  cp crlf.md first.md
  grep -q 'サーバを再起動する' crlf.md || fail "long-vowel not fixed"
  grep -q '設定はABCで行う' crlf.md || fail "width not fixed"
  [[ $(head -c 3 crlf.md | od -An -tx1 | tr -d ' \n') == efbbbf ]] || fail "BOM lost"
  [[ $(grep -c $'\r$' crlf.md) -eq $(wc -l <crlf.md) ]] || fail "CRLF lost"
  [[ $(stat -c %a crlf.md) == 640 ]] || fail "permissions changed"
  [[ -z $(find . -name '.*tebiki-*') ]] || fail "temporary file left behind"
  expect_err "fixes applied in 1 file"
  run lint --fix crlf.md
  cmp -s crlf.md first.md || fail "a second --fix changed the file"
  expect_err "nothing to fix"
}

# A fix that grows its own text (サーバ → サーバー, then サーバー → サーバーー under
# /サーバ(ー*)/): a new fix each round. Nothing is applied, and the next run changes nothing.
case_fix_that_grows_its_own_text() {
  printf 'version: 1\nrules:\n  - expected: サーバー$1\n    pattern: /サーバ(ー*)/\n' >grow.yml
  printf 'サーバを使う。\n' >grow.md
  cp grow.md before.md
  run lint --fix --dictionary grow.yml grow.md
  cmp -s grow.md before.md || fail "the file was changed: $(cat grow.md)"
  run lint --fix --dictionary grow.yml grow.md
  cmp -s grow.md before.md || fail "a second --fix changed the file: $(cat grow.md)"
}

case_fix_reports_what_remains() {
  require_rule long-vowel
  require_rule variants
  # A tie between two spellings has no safe fix: the finding stays after --fix.
  { cat sample.md; printf 'Gumblarは古い。gumblarと書く例もある。\n'; } >both.md
  run lint --fix both.md
  expect_status 0
  grep -q 'サーバを再起動する' both.md || fail "long-vowel not fixed"
  refute_err "[long-vowel]"
  expect_err "both.md:6:"
  expect_err "warning: "
  expect_err "[variants]"
}

# A dictionary whose pattern also matches its expected spelling (サーバ in サーバー): its fix
# would grow the word on every run (サーバーーー…). It is not applied; the finding stays. The
# file's other fixes wait too (the file does not settle); another file is fixed as usual.
case_fix_that_its_result_triggers_again() {
  printf 'version: 1\nrules:\n  - expected: サーバー\n    pattern: サーバ\n' >naive.yml
  printf '# 見本\n\nサーバを使う。設定はＡＢＣで行う。\n' >naive.md
  printf '# 別の文書\n\n設定はＡＢＣで行う。\n' >other.md
  run lint --fix --dictionary naive.yml naive.md other.md
  expect_status 1
  grep -q 'サーバを使う' naive.md || fail "the unsettled fix was applied: $(cat naive.md)"
  require_rule width
  grep -q '設定はＡＢＣで行う' naive.md || fail "a fix of the unsettled file was applied"
  grep -q '設定はABCで行う' other.md || fail "the other file was not fixed"
  expect_err "naive.md:3:1: error: "
  expect_err "自動修正なし"
  cp naive.md first.md
  run lint --fix --dictionary naive.yml naive.md
  cmp -s naive.md first.md || fail "a second --fix changed the file"
  run lint --fix --dictionary naive.yml --format json naive.md
  expect_out '"replacement": null'
}

# Two rules that undo each other's fixes (the cabinet-notice long vowel writes サーバー, the
# dictionary サーバ): neither fix is applied, and --fix does not flip the words on each run.
case_fixes_that_undo_each_other() {
  require_rule long-vowel
  printf 'version: 1\nrules:\n  - expected: サーバ\n    pattern: /サーバー/\n' >jis.yml
  printf 'サーバーとサーバ。\n' >flip.md
  cp flip.md before.md
  run lint --fix --config kokuji.yml --dictionary jis.yml flip.md
  expect_status 1
  cmp -s flip.md before.md || fail "the file was changed: $(cat flip.md)"
  expect_err "[terms]"
  expect_err "[long-vowel]"
  expect_err "nothing to fix"
  # With one spelling only, one direction would be fixed and the other pending: it flipped
  # サーバ → サーバー → サーバ on each run.
  printf 'サーバを使う。\n' >one.md
  cp one.md one-before.md
  run lint --fix --config kokuji.yml --dictionary jis.yml one.md
  cmp -s one.md one-before.md || fail "the file was changed: $(cat one.md)"
}

case_dry_run() {
  require_rule long-vowel
  cp sample.md before.md
  run lint --fix --dry-run --rule long-vowel sample.md
  cmp -s sample.md before.md || fail "--dry-run wrote the file"
  expect_lines out.txt $'--- a/sample.md\n+++ b/sample.md\n@@ -1,5 +1,5 @@\n # 見本\n \n-サーバーを再起動する。\n+サーバを再起動する。\n'
  expect_err "1 fix would be applied in 1 file"
  expect_err "after the fixes: no problems found"
  expect_status 1  # nothing was written: the file still has the error
  run lint --fix --dry-run --rule long-vowel clean.md
  expect_err "nothing to fix"
  expect_status 0
}

case_json() {
  require_rule long-vowel
  run lint --format json --rule long-vowel sample.md
  expect_status 1
  python3 - <<'PY' || fail "bad JSON"
import json
d = json.load(open("out.txt"))["diagnostics"][0]
assert list(d) == ["file", "line", "column", "end_line", "end_column", "rule", "severity",
                   "message", "replacement"], list(d)
assert (d["file"], d["line"], d["column"], d["end_line"], d["end_column"]) == ("sample.md", 3, 1, 3, 5), d
assert (d["rule"], d["severity"], d["replacement"]) == ("long-vowel", "error", "サーバ"), d
PY
}

case_sarif() {
  require_rule long-vowel
  run lint --format sarif --rule long-vowel --output report.sarif sample.md
  expect_status 1
  [[ ! -s out.txt ]] || fail "--output still wrote to stdout"
  python3 - <<'PY' || fail "bad SARIF"
import json
s = json.load(open("report.sarif"))
assert s["version"] == "2.1.0"
run = s["runs"][0]
assert run["tool"]["driver"]["name"] == "tebiki"
assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["long-vowel"]
r = run["results"][0]
region = r["locations"][0]["physicalLocation"]["region"]
assert region == {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 5}, region
assert r["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "サーバ"
PY
}

case_github() {
  require_rule long-vowel
  run lint --format github --rule long-vowel sample.md
  expect_status 1
  grep -qE '^::error file=sample\.md,line=3,col=1,endLine=3,endColumn=5,title=long-vowel::.+$' out.txt ||
    fail "no workflow command"
}

case_checkstyle() {
  require_rule long-vowel
  run lint --format checkstyle --rule long-vowel sample.md
  expect_status 1
  python3 - <<'PY' || fail "bad checkstyle XML"
import xml.etree.ElementTree as ET
root = ET.parse("out.txt").getroot()
assert root.tag == "checkstyle"
error = root.find("file").find("error")
assert root.find("file").get("name") == "sample.md"
assert (error.get("line"), error.get("column"), error.get("source")) == ("3", "1", "tebiki.long-vowel")
PY
}

case_quiet() {
  require_rule variants
  run lint --quiet variants.md
  expect_status 0
  [[ ! -s err.txt ]] || fail "--quiet printed something"
}

case_strict() {
  require_rule variants
  run lint --rule variants variants.md
  expect_status 0
  expect_err "warning: "
  run lint --strict --rule variants variants.md
  expect_status 1
}

case_dictionary() {
  require_rule terms
  printf 'ウィルスに感染する。\n' >virus.md
  run lint virus.md
  expect_status 0
  run lint --dictionary dictionary.yml virus.md
  expect_status 1
  expect_err "virus.md:1:1: error: "
  expect_err "[terms]"
  printf 'version: 1\nrules:\n  - expected: [\n' >broken.yml
  run lint --dictionary broken.yml virus.md
  expect_status 2
  grep -qE '^broken\.yml:[0-9]+:[0-9]+: error: ' err.txt || fail "no located dictionary error"
}

case_folder() {
  require_rule long-vowel
  run lint folder
  expect_status 1
  expect_err "folder/sub/nested.md:3:1: error: "
  refute_err "notes.txt"
  expect_err "(2 files checked in "
}

case_config_next_to_files() {
  require_rule long-vowel
  require_rule width
  run lint book/chapter.md
  expect_status 1
  refute_err "[long-vowel]"
  expect_err "book/chapter.md:3:9: error: "
}

case_config_option() {
  require_rule long-vowel
  printf 'サーバーを使う。\n' >kokuji.md
  run lint --rule long-vowel kokuji.md
  expect_status 1
  run lint --config kokuji.yml --rule long-vowel kokuji.md
  expect_status 0
}

case_invalid_config() {
  run lint broken-config/page.md
  expect_status 2
  grep -qE '^broken-config/tebiki\.yml:3:[0-9]+: error: ' err.txt || fail "no located config error"
}

# A typo in the settings is an error at its place, not a setting ignored; columns count code points.
case_config_typos() {
  mkdir typo
  printf '# 題\n\n本文。\n' >typo/page.md
  printf 'title: 例\nchapters: [page.md]\nlint:\n  long_vowels: kokuji\n  rules: {幅: off, widht: off}\n' >typo/tebiki.yml
  run lint typo
  expect_status 2
  expect_err "typo/tebiki.yml:4:3: error: unknown key 'long_vowels' in 'lint'; did you mean 'long_vowel'?"
  expect_err "typo/tebiki.yml:5:11: error: unknown rule '幅' in 'lint.rules'; known rules: "
  expect_err "typo/tebiki.yml:5:19: error: unknown rule 'widht' in 'lint.rules'; did you mean 'width'?"
  printf 'title: 例\nchapters: [page.md]\nglossary: glossary.yml\n' >typo/tebiki.yml
  printf -- '- {term: サーバ, reading: さーば, alias: [サーバー]}\n' >typo/glossary.yml
  run lint typo
  expect_status 2
  expect_err "typo/glossary.yml:1:29: error: unknown key 'alias' in a glossary entry; did you mean 'aliases'?"
}

# Columns count code points: yaml-cpp's are bytes (えお.md starts at byte 26 of its line).
case_config_column_in_code_points() {
  mkdir wide
  printf '# 題\n\n本文。\n' >wide/あいう.md
  printf 'title: 例\nchapters: [あいう.md, えお.md]\n' >wide/tebiki.yml
  run lint wide
  expect_status 2
  expect_err "wide/tebiki.yml:2:20: error: page 'えお.md' not found in wide"
  printf 'title: "例の本" x\n' >wide/tebiki.yml
  run lint wide
  expect_status 2
  # Shown like a finding: the source line and a caret under the column.
  local shown=$'wide/tebiki.yml:1:14: error: invalid YAML: end of map not found\ntitle: "例の本" x\n                ^\n'
  [[ $(cat err.txt; echo .) == *"$shown"* ]] || fail "no source line and caret under the error"
}

case_default_book() {
  run lint
  expect_status 2
  expect_err "content:1:1: error: no such folder; name the files or folders to lint"
  run lint --config nowhere/tebiki.yml
  expect_status 2
  expect_err "nowhere:1:1: error: no such folder; name the files or folders to lint"
  mkdir content && cp clean.md content/
  run lint
  expect_status 0
  expect_err "(1 file checked in "
}

case_glossary_and_references() {
  require_rule glossary
  require_rule references
  run lint glossary-book
  expect_status 1
  expect_err "glossary-book/chapter1.md:3:5: error: 「一次対処」は用語集の「一次対応」と書く [glossary]"
  expect_err "glossary-book/chapter2.md:3:7: error: 「@nope」は参考文献にない引用 [references]"
  # Entries nobody uses are reported where they are defined, with their line shown.
  expect_err "glossary-book/glossary.yml:6:9: warning: 用語集の「未使用語」はどのページでも使われていない [glossary]"
  expect_lines err.txt $'[glossary]\n- term: 未使用語\n        ^~~~~~~~\n'
  expect_err "glossary-book/references.yml:5:7: warning: 参考文献「never-cited」はどのページからも引用されていない [references]"
  # Only one page linted: the other may use the entries, so they are not reported.
  run lint glossary-book/chapter1.md
  expect_status 1
  refute_err "未使用語"
  refute_err "never-cited"
  run lint --fix --rule glossary glossary-book
  grep -qF "SOCが一次対応を行う" glossary-book/chapter1.md || fail "alias not fixed"
}

if ! declare -F "case_$CASE" >/dev/null; then
  echo "unknown case: $CASE" >&2
  exit 1
fi
"case_$CASE"
echo "PASS [$CASE]"
