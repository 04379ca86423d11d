#!/usr/bin/env bash
# Hostile input (issue 7): every case feeds `tebiki build` or `tebiki lint` something broken,
# huge, deep or malicious, and expects a located message with exit 2 (bad input) or 1
# (findings), or a correct result (BOM, CRLF, lone CR), never a crash, a hang or a half-written
# site. Inputs are generated in a temporary folder; nothing large is committed. CTest runs one
# test per case_* function with a time limit. Usage: hostile_test.sh TEBIKI CASE
set -u
TEBIKI=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
CASE=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
export NO_COLOR=

fail() {
  echo "FAIL [$CASE]: $*" >&2
  echo "--- stdout" >&2; head -c 4000 out.txt >&2
  echo "--- stderr" >&2; head -c 4000 err.txt >&2
  exit 1
}
# Runs tebiki with ARGS; keeps stdout in out.txt, stderr in err.txt, the exit status in $status.
run() {
  "$TEBIKI" "$@" >out.txt 2>err.txt
  status=$?
  [[ $status -lt 128 ]] || fail "killed by signal $((status - 128))"
}
expect_status() { [[ $status -eq $1 ]] || fail "exit status $status, expected $1"; }
expect_err() { grep -qxF -- "$1" err.txt || fail "stderr lacks the line: $1"; }
expect_err_part() { grep -qF -- "$1" err.txt || fail "stderr lacks: $1"; }
refute_err() { ! grep -qF -- "$1" err.txt || fail "stderr has: $1"; }
expect_no_site() { [[ ! -e ${1:-site} ]] || fail "a site was written"; }
checksums() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
# The JSON findings as "line:column-end_line:end_column rule replacement", one a line.
findings() {
  node -e '
    const d = JSON.parse(require("fs").readFileSync(0, "utf8")).diagnostics;
    for (const f of d) console.log(`${f.line}:${f.column}-${f.end_line}:${f.end_column} ${f.rule} ${f.replacement}`);
  ' <out.txt
}
expect_finding() { findings | grep -qxF -- "$1" || fail "no finding '$1' in: $(findings | tr '\n' '|')"; }

# A file name longer than the system allows (NAME_MAX is 255 bytes on Linux).
long_name() { printf "${1:-n}%.0s" $(seq 300); }

# A book of one chapter; the chapter's text is given (printf format).
make_book() {
  mkdir -p book
  printf 'title: 例の本\nchapters:\n  - a.md\n' >book/tebiki.yml
  printf "${1:-# はじめに\n\n本文。\n}" >book/a.md
}
# A book with its data files named in tebiki.yml (each file is written by the case).
make_data_book() {
  make_book
  printf 'title: 例の本\nchapters: [a.md]\nappendices: [glossary.md, references.md]\n' >book/tebiki.yml
  printf 'glossary: glossary.yml\nreferences: references.yml\nchecklist: checklist.yml\n' >>book/tebiki.yml
  printf '# 用語集\n' >book/glossary.md
  printf '# 参考文献\n' >book/references.md
  printf -- '- term: サーバ\n  reading: さーば\n' >book/glossary.yml
  printf -- '- id: iso\n  body: ISO\n  title: 規格\n' >book/references.yml
  printf 'phases:\n  - id: plan\n    title: 計画\nitems: []\n' >book/checklist.yml
}

# YAML whose alias `*i` stands for 9^9 strings ("billion laughs"), then `KEY: *i`.
laughs() {
  printf 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
  local previous=a
  for name in b c d e f g h i; do
    printf '%s: &%s [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n' "$name" "$name" \
      $previous $previous $previous $previous $previous $previous $previous $previous $previous
    previous=$name
  done
}
# A flow sequence nested 10,000 deep. yaml-cpp stops at 500 levels; its scanner has read
# the whole line by then, so the error points to the line's end.
deep_yaml() { printf '[%.0s' $(seq 10000); printf ']%.0s' $(seq 10000); echo; }

# --- bytes ------------------------------------------------------------------------------

case_invalid_utf8_build() {
  make_book '# はじめに\n\nサーバ\xe3\x81\n'
  run build book -o site
  expect_status 2
  expect_err "book/a.md:3:4: error: invalid UTF-8 byte sequence"
  expect_no_site
}

case_invalid_utf8_lint() {
  printf 'ok\n\xc0\xaf overlong\n' >a.md
  run lint a.md
  expect_status 2
  expect_err "a.md:2:1: error: invalid UTF-8 byte sequence"
}

case_nul_byte_lint() {
  printf '# 見出し\n\n本文\0です\n' >a.md
  run lint a.md
  expect_status 2
  expect_err "a.md:3:3: error: NUL byte in text file"
}

case_nul_byte_in_yaml() {
  make_book
  printf 'title: 例\0\nchapters: [a.md]\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:1:9: error: NUL byte in text file"
}

# BOM, CRLF and lone CR are accepted: findings sit where an editor shows them.
case_bom_lint() {
  printf '\xef\xbb\xbfサーバーを使う。\n' >a.md
  run lint --rule long-vowel --format json a.md
  expect_status 1
  expect_finding "1:1-1:5 long-vowel サーバ"
  run lint --rule long-vowel --fix a.md
  expect_status 0
  [[ $(od -An -tx1 -N3 a.md | tr -d ' ') == efbbbf ]] || fail "--fix dropped the BOM"
  [[ $(tail -c +4 a.md) == 'サーバを使う。' ]] || fail "--fix wrote: $(cat a.md)"
}

case_crlf_lint() {
  printf '# 見出し\r\n\r\n本文の\r\nサーバーと ＡＢＣ。\r\n' >a.md
  run lint --rule long-vowel --rule width --format json a.md
  expect_status 1
  expect_finding "4:1-4:5 long-vowel サーバ"
  expect_finding "4:7-4:10 width ABC"
  run lint --rule long-vowel --rule width --fix a.md
  expect_status 0
  [[ $(cat a.md) == $'# 見出し\r\n\r\n本文の\r\nサーバと ABC。\r' ]] || fail "--fix wrote: $(od -c a.md)"
}

case_lone_cr_lint() {
  printf '# 見出し\r\r本文の\rサーバーと ＡＢＣ。\rおわり\r' >a.md
  run lint --rule long-vowel --rule width --format json a.md
  expect_status 1
  expect_finding "4:1-4:5 long-vowel サーバ"
  expect_finding "4:7-4:10 width ABC"
  run lint --rule long-vowel --rule width --fix a.md
  expect_status 0
  [[ $(cat a.md) == $'# 見出し\r\r本文の\rサーバと ABC。\rおわり\r' ]] || fail "--fix wrote: $(od -c a.md)"
}

case_bom_crlf_cr_build() {
  make_book '\xef\xbb\xbf# はじめに\r\n\r\n本文は\rサー\r\nバを選ぶ。\r\n'
  run build book -o site
  expect_status 0
  grep -qF '<p>本文はサーバを選ぶ。</p>' site/a.html || fail "soft breaks: $(grep '<p>' site/a.html)"
  ! grep -q $'\r' site/a.html || fail "a carriage return in the output"
}

# --- size and depth ---------------------------------------------------------------------

# One line of 10 MB with a finding at its end: found, at the right column, quickly.
case_ten_megabyte_line() {
  make_book '# 長い行\n\n'
  head -c 3495250 /dev/zero | tr '\0' 'a' | sed 's/a/あ/g' | tr -d '\n' >>book/a.md
  printf 'サーバー。\n' >>book/a.md
  run lint book/a.md --rule long-vowel --format json
  expect_status 1
  expect_finding "3:3495251-3:3495255 long-vowel サーバ"
  run build book -o site
  expect_status 0
  [[ $(stat -c %s site/a.html) -gt 10000000 ]] || fail "the page is not all there"
}

case_nested_block_quotes() {
  make_book '# 引用\n\n'
  printf '> %.0s' $(seq 10000) >>book/a.md
  printf 'サーバー\n' >>book/a.md
  run build book -o site
  expect_status 0
  [[ $(grep -o '<blockquote>' site/a.html | wc -l) -eq 10000 ]] || fail "not 10000 quotes"
  run lint book/a.md --rule long-vowel --format json
  expect_status 1
  expect_finding "3:20001-3:20005 long-vowel サーバ"
}

case_nested_lists() {
  make_book '# 箇条書き\n\n'
  printf -- '- 1. %.0s' $(seq 5000) >>book/a.md
  printf 'サーバー\n' >>book/a.md
  run build book -o site
  expect_status 0
  [[ $(grep -o '<ul>' site/a.html | wc -l) -eq 5000 ]] || fail "not 5000 lists of each kind"
  run lint book/a.md --rule long-vowel --format json
  expect_status 1
  expect_finding "3:25001-3:25005 long-vowel サーバ"
}

case_nested_inlines() {
  make_book '# 入れ子\n\n'
  { printf '[%.0s' $(seq 10000); printf 'サーバー'; printf '](a.md)%.0s' $(seq 10000)
    printf '*_%.0s' $(seq 10000); printf 'x'; printf '_*%.0s' $(seq 10000); echo; } >>book/a.md
  run build book -o site
  expect_status 0
  run lint book/a.md --rule long-vowel --format json
  expect_status 1
  expect_finding "3:10001-3:10005 long-vowel サーバ"
}

# The tree passes recurse: nesting past kMaxNesting (100,000 levels) is refused where it
# starts. Before, a million levels (2 MB of "- ") overflowed the thread's stack (SIGSEGV);
# 200,000 lists (400,000 levels) keep the case fast.
# A dictionary pattern of 3,000,000 nested groups: the reader of JavaScript patterns recursed
# once per group and overflowed the stack (SIGSEGV, found by fuzzing the dictionary loader).
case_regex_nested_too_deep() {
  make_book
  { printf 'version: 1\nrules:\n  - expected: x\n    pattern: /'; head -c 3000000 /dev/zero | tr '\0' '('
    printf '/\n'; } >deep.yml
  run lint --dictionary deep.yml book/a.md
  expect_status 2
  expect_err_part "deep.yml:3:5: error: rule 「x」: invalid pattern /((("
  expect_err_part "/gmu: groups nested more than 500 deep at character 500"
}

case_nesting_too_deep() {
  make_book '# 箇条書き\n\n'
  yes -- '- ' | head -n 200000 | tr -d '\n' >>book/a.md
  printf 'サーバー\n' >>book/a.md
  run build book -o site
  expect_status 2
  expect_err "book/a.md:3:100001: error: Markdown nested more than 100,000 levels deep (lists, quotes, emphasis or links)"
  expect_no_site
  run lint book/a.md
  expect_status 2
  expect_err "book/a.md:3:100001: error: Markdown nested more than 100,000 levels deep (lists, quotes, emphasis or links)"
  run lint book
  expect_status 2
  expect_err "book/a.md:3:100001: error: Markdown nested more than 100,000 levels deep (lists, quotes, emphasis or links)"
}

# The same limit for a glossary description, which the glossary page walks: refused at it.
case_glossary_description_nested_too_deep() {
  make_data_book
  { printf -- '- term: サーバ\n  reading: さーば\n  description: "'; printf '>%.0s' $(seq 100000); printf 'x"\n'; } >book/glossary.yml
  run build book -o site
  expect_status 2
  expect_err "book/glossary.yml:3:16: error: Markdown nested more than 100,000 levels deep (lists, quotes, emphasis or links)"
  expect_no_site
}

# 50 MB is over the size limit of a source file: refused before it is read.
case_fifty_megabyte_file() {
  make_book
  yes 'サーバの設定を確認する。ネットワークの構成を見直す。' | head -c 52428800 >book/a.md
  run build book -o site
  expect_status 2
  expect_err "book/a.md:1:1: error: file too large: the limit is 16 MiB"
  expect_no_site
  run lint book/a.md
  expect_status 2
  expect_err "book/a.md:1:1: error: file too large: the limit is 16 MiB"
}

# A FIFO would block a reader for ever.
case_fifo_chapter() {
  make_book
  mkfifo pipe.md
  run lint pipe.md
  expect_status 2
  expect_err "pipe.md:1:1: error: not a regular file"
}

# --- YAML -------------------------------------------------------------------------------

case_broken_yaml_data_files() {
  make_data_book
  printf -- '- term: サーバ\n  reading: [さーば\n' >book/glossary.yml
  run build book -o site
  expect_status 2
  expect_err "book/glossary.yml:3:1: error: invalid YAML: end of sequence flow not found"
  make_data_book
  printf -- '- id: [iso\n  body: ISO\n' >book/references.yml
  run build book -o site
  expect_status 2
  expect_err "book/references.yml:2:7: error: invalid YAML: end of sequence flow not found"
  make_data_book
  printf 'phases: {\n' >book/checklist.yml
  run build book -o site
  expect_status 2
  expect_err "book/checklist.yml:2:1: error: invalid YAML: end of map flow not found"
}

# Found by fuzzing: yaml-cpp throws when a key is looked up in a scalar (tebiki crashed).
case_checklist_entries_not_mappings() {
  make_data_book
  printf 'phases: [plan]\nitems: [x]\n' >book/checklist.yml
  run build book -o site
  expect_status 2
  expect_err "book/checklist.yml:1:10: error: a phase needs 'id' and 'title'"
  expect_err "book/checklist.yml:2:9: error: a check item needs 'id' and 'question'"
}

case_broken_yaml_dictionary() {
  printf 'version: 1\nrules:\n  - expected: x\n    pattern: [a\n' >dict.yml
  printf 'テスト\n' >a.md
  run lint --dictionary dict.yml a.md
  expect_status 2
  expect_err "dict.yml:5:1: error: invalid YAML: end of sequence flow not found"
}

case_billion_laughs_config() {
  make_book
  { laughs; printf 'title: *i\nchapters: [a.md]\nlint: {long_vowel_keep: *i}\n'; } >book/tebiki.yml
  run build book -o site
  expect_status 2
  # An alias is located where its anchor is defined.
  expect_err "book/tebiki.yml:9:4: error: 'title' must be a string"
  expect_err "book/tebiki.yml:8:4: error: items of 'long_vowel_keep' must be strings"
}

case_billion_laughs_front_matter() {
  make_book
  { printf -- '---\n'; laughs; printf 'title: *i\n---\n# 見出し\n'; } >book/a.md
  run build book -o site
  expect_status 0
  grep -qF '<title>第1章 見出し — 例の本</title>' site/a.html || fail "title"
}

case_billion_laughs_data_files() {
  make_data_book
  { printf 'x:\n'; laughs | sed 's/^/  /'; printf -- 'list:\n- term: サーバ\n  reading: さーば\n  aliases: *i\n  see: *i\n'; } >book/glossary.yml
  sed -i 's/^list:$//; s/^x:$/- x:/' book/glossary.yml
  run build book -o site
  expect_status 2
  expect_err_part "error: items of 'aliases' must be text"
  make_data_book
  { laughs | sed 's/^/  /; 1s/^  /- /'; printf -- '- id: *i\n  body: *i\n  title: *i\n'; } >book/references.yml
  run build book -o site
  expect_status 2
  expect_err "book/references.yml:1:3: error: reference without 'id'"
  make_data_book
  { laughs; printf 'phases: *i\nitems: *i\n'; } >book/checklist.yml
  run build book -o site
  expect_status 2
  expect_err_part "error: a phase needs 'id' and 'title'"
}

case_billion_laughs_dictionary() {
  { printf 'version: 1\n'; laughs; printf 'rules:\n  - expected: x\n    patterns: *i\n'; } >dict.yml
  printf 'テスト\n' >a.md
  run lint --dictionary dict.yml a.md
  expect_status 2
  expect_err "dict.yml:10:4: error: rule 「x」: more than 10000 patterns once aliases are expanded; the dictionary is refused"
}

# Each file imports the next four times: 4^12 loads unless the loader counts them.
case_import_explosion() {
  for i in $(seq 1 12); do
    printf 'version: 1\nimports: [d%d.yml, d%d.yml, d%d.yml, d%d.yml]\nrules: [r%d]\n' $((i + 1)) $((i + 1)) $((i + 1)) $((i + 1)) "$i" >"d$i.yml"
  done
  printf 'version: 1\nrules: [end]\n' >d13.yml
  printf 'テスト\n' >a.md
  run lint --dictionary d1.yml a.md
  expect_status 2
  expect_err_part "error: more than 1000 dictionary files imported in all; the dictionary is refused"
}

case_deep_yaml() {
  make_data_book
  { printf 'title: '; deep_yaml; } >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:1:20008: error: invalid YAML: nested too deeply"
  for file in glossary references checklist; do
    make_data_book
    deep_yaml >"book/$file.yml"
    run build book -o site
    expect_status 2
    expect_err "book/$file.yml:2:1: error: invalid YAML: nested too deeply"
  done
  make_book
  { printf -- '---\ntitle: '; deep_yaml; printf -- '---\n# 見出し\n'; } >book/a.md
  run build book -o site
  expect_status 2
  expect_err "book/a.md:2:20008: error: invalid YAML: nested too deeply"
  { printf 'version: 1\nrules: '; deep_yaml; } >dict.yml
  run lint --dictionary dict.yml book/a.md
  expect_status 2
  expect_err "dict.yml:2:20008: error: invalid YAML: nested too deeply"
}

# --- dictionaries -----------------------------------------------------------------------

# /(a+)+$/ against aaaa…b backtracks exponentially: ICU's time limit stops it.
case_backtracking_regex() {
  printf 'version: 1\nrules:\n  - expected: x\n    pattern: /(a+)+$/\n' >dict.yml
  { printf '# 見出し\n\n'; head -c 40 /dev/zero | tr '\0' a; printf 'b です。\n'; } >a.md
  run lint --dictionary dict.yml a.md
  expect_status 2  # bad input (DESIGN.md), not an ordinary finding
  expect_err "a.md:3:1: error: 辞書の規則「x」（dict.yml:3）の正規表現が時間制限を超えたため、このファイルではこの規則を照合しない [terms]"
}

case_backtracking_regex_in_specs() {
  printf 'version: 1\nrules:\n  - expected: x\n    pattern: /(a+)+$/\n    specs:\n      - from: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n        to: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n' >dict.yml
  printf 'テスト\n' >a.md
  run lint --dictionary dict.yml a.md
  expect_status 2
  expect_err_part "dict.yml:6:9: error: "
}

case_import_cycle() {
  printf 'version: 1\nimports: [b.yml]\nrules: [x]\n' >a.yml
  printf 'version: 1\nimports:\n  - a.yml\nrules: [y]\n' >b.yml
  printf 'テスト\n' >t.md
  run lint --dictionary a.yml t.md
  expect_status 2
  expect_err "b.yml:3:5: error: import cycle: a.yml → b.yml → a.yml"
}

# --- the file system --------------------------------------------------------------------

case_link_outside_the_book() {
  make_book '# はじめに\n\n[秘密](../../etc/passwd)と![画像](../../../../etc/passwd)と[x](%%2e%%2e/%%2e%%2e/etc/passwd)\n'
  run build book -o site --links warn
  expect_status 0
  expect_err "book/a.md:3:1: warning: link '../../etc/passwd' points outside the book [links]"
  expect_err_part "warning: link '../../../../etc/passwd' points outside the book [links]"
  expect_err_part "warning: link '%2e%2e/%2e%2e/etc/passwd' points outside the book [links]"
  ! grep -rq 'root:' site || fail "/etc/passwd was copied into the site"
  [[ -z $(find site -name passwd) ]] || fail "a passwd file in the site"
  run build book -o site2
  expect_status 1
  expect_no_site site2
}

# Names the system refuses (ENAMETOOLONG) are missing files, reported where they are named;
# before, the file system's exception ended tebiki with SIGABRT.
case_link_to_a_name_too_long() {
  local name
  name=$(long_name b).png
  make_book "# はじめに\n\n![画像]($name)\n"
  run build book -o site
  expect_status 1
  expect_err "book/a.md:3:1: error: link to file '$name' that cannot be read: File name too long [links]"
  expect_no_site
}

case_chapter_name_too_long() {
  local name
  name=$(long_name c).md
  make_book
  printf 'title: 例の本\nchapters: [%s]\n' "$name" >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:2:12: error: page '$name' cannot be read: File name too long"
  expect_no_site
  run lint book
  expect_status 2
  expect_err "book/tebiki.yml:2:12: error: page '$name' cannot be read: File name too long"
}

case_paths_too_long_on_the_command_line() {
  local name
  name=$(long_name d)
  make_book
  run build "$name" -o site
  expect_status 2
  expect_err "$name:1:1: error: cannot open folder: File name too long"
  run build book -o "$name"
  expect_status 1  # a site that cannot be written: exit 1, as for a full disk
  expect_err_part ".tebiki-new-"
  expect_err_part ": File name too long"
  [[ -z $(find . -maxdepth 1 -name '.*tebiki*') ]] || fail "a staging folder was left"
  run lint "$name.md"
  expect_status 2
  expect_err "$name.md:1:1: error: cannot read file: File name too long"
  run lint --dictionary "$name.yml" book
  expect_status 2
  expect_err "$name.yml:1:1: error: cannot read file: File name too long"
}

# A symbolic link that leads to itself (ELOOP) is named with the system's reason wherever it
# is used: a folder, a page, a linked file, a dictionary, a path to lint.
case_symbolic_link_loops() {
  make_book "# はじめに\n\n![図](loop.png)\n"
  ln -s loop.png book/loop.png
  ln -s loop-book loop-book
  run build loop-book -o site
  expect_status 2
  expect_err "loop-book:1:1: error: cannot open folder: Too many levels of symbolic links"
  run serve loop-book --port 0
  expect_status 2
  expect_err "loop-book:1:1: error: cannot open folder: Too many levels of symbolic links"
  run build book -o site
  expect_status 1
  expect_err "book/a.md:3:1: error: link to file 'loop.png' that cannot be read: Too many levels of symbolic links [links]"
  expect_no_site
  ln -s loop.md book/loop.md
  printf 'title: 例の本\nchapters: [a.md, loop.md]\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:2:18: error: page 'loop.md' cannot be read: Too many levels of symbolic links"
  run lint book/loop.md
  expect_status 2
  expect_err "book/loop.md:1:1: error: cannot read file: Too many levels of symbolic links"
  ln -s loop.yml loop.yml
  run lint --dictionary loop.yml book/a.md
  expect_status 2
  expect_err "loop.yml:1:1: error: cannot read file: Too many levels of symbolic links"
  # In a folder without tebiki.yml, the loop is a page that cannot be read, not one left out.
  mkdir loose && printf '# はじめに\n' >loose/a.md && ln -s loop.md loose/loop.md
  run build loose -o site
  expect_status 2
  expect_err "loose/loop.md:1:1: error: cannot read file: Too many levels of symbolic links"
  run lint loose
  expect_status 2
  expect_err "loose/loop.md:1:1: error: cannot read file: Too many levels of symbolic links"
  # A tebiki.yml that loops is not a missing one: the folder is not built without it.
  mkdir looped && printf '# はじめに\n' >looped/a.md && ln -s tebiki.yml looped/tebiki.yml
  run build looped -o site
  expect_status 2
  expect_err "looped/tebiki.yml:1:1: error: cannot read file: Too many levels of symbolic links"
  run lint looped/a.md
  expect_status 2
  expect_err "looped/tebiki.yml:1:1: error: cannot read file: Too many levels of symbolic links"
  expect_no_site
}

# A page whose output is a file the build writes itself, or another page's: before, one
# silently replaced the other (404.md's page was lost under the generated 404.html).
case_page_named_like_a_generated_file() {
  make_data_book
  printf '# 章\n' >book/404.md
  printf '# 章\n' >book/print.md
  printf '# 章\n' >book/checksheet.md
  printf 'title: 例の本\nchapters: [a.md, 404.md, print.md, checksheet.md]\nchecklist: checklist.yml\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:2:18: error: page '404.md' would be written to 404.html, where the build writes the page for a missing address; rename the page"
  expect_err "book/tebiki.yml:2:26: error: page 'print.md' would be written to print.html, where the build writes the whole book on one page; rename the page"
  expect_err "book/tebiki.yml:2:36: error: page 'checksheet.md' would be written to checksheet.html, where the build writes the check sheet; rename the page"
  expect_no_site
  rm book/tebiki.yml book/checksheet.md
  run build book -o site
  expect_status 2
  expect_err "book/404.md:1:1: error: page would be written to 404.html, where the build writes the page for a missing address; rename the page"
  expect_err "book/print.md:1:1: error: page would be written to print.html, where the build writes the whole book on one page; rename the page"
  expect_no_site
  # Two pages with one output: a chapter index.md is written to index-page.html.
  rm book/404.md book/print.md
  printf '# 章\n' >book/index.md
  printf '# 章\n' >book/index-page.md
  printf 'title: 例の本\nchapters: [index.md, index-page.md]\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:2:22: error: page 'index-page.md' would be written to index-page.html, where page 'index.md' is written; rename the page"
  expect_no_site
}

# A symbolic link to an asset outside the book is not copied either.
case_symlinked_asset_outside_the_book() {
  make_book '# はじめに\n\n![画像](image.png)\n'
  ln -s /etc/passwd book/image.png
  run build book -o site --links warn
  expect_status 0
  expect_err_part "warning: link 'image.png' leads outside the book through a symbolic link [links]"
  [[ ! -e site/image.png ]] || fail "the link's target was copied"
}

# Decision: a page must resolve inside the book; a symbolic link leading out is refused.
case_symlinked_chapter_outside_the_book() {
  make_book
  printf '# 外\n' >outside.md
  printf 'title: 例の本\nchapters: [a.md, b.md]\n' >book/tebiki.yml
  ln -s "$WORK/outside.md" book/b.md
  run build book -o site
  expect_status 2
  expect_err "book/b.md:1:1: error: page leads outside the book (to $WORK/outside.md); a page must be a file inside book"
  expect_no_site
}

# A chapter deleted and written again in a loop while the book builds over and over: each
# build either succeeds or stops with exit 2 naming the chapter, and site/ is always one
# complete build.
case_chapter_disappears_during_build() {
  make_book
  run build book -o site
  expect_status 0
  local before
  before=$(checksums site)
  ( while [[ -e book/tebiki.yml ]]; do rm -f book/a.md; printf '# はじめに\n\n本文。\n' >book/a.md.new && mv book/a.md.new book/a.md; done ) 2>/dev/null &
  local writer=$! vanished=0 i
  for i in $(seq 1 60); do
    run build book -o site
    if [[ $status -eq 2 ]]; then
      grep -qE '^book/(a\.md:1:1|tebiki\.yml:3:5): error: ' err.txt || fail "exit 2 without the page's path"
      vanished=$((vanished + 1))
    else
      expect_status 0
    fi
    [[ $(checksums site) == "$before" ]] || fail "site/ changed"
    [[ -z $(find . -maxdepth 1 -name '.site.tebiki-new*') ]] || fail "staging folder left"
    [[ $vanished -ge 3 && $i -ge 10 ]] && break
  done
  rm book/tebiki.yml
  wait $writer
  [[ $vanished -gt 0 ]] || fail "the chapter never vanished during a build (60 builds)"
}

"case_$CASE"
