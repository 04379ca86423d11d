#!/usr/bin/env bash
# CLI tests of `tebiki build`: bad input (exit 2, located messages), broken links (exit 1, all
# reported in one run) and the safety of the output folder. Each case builds a small book in a
# temporary folder. Usage: build_cli_test.sh TEBIKI CASE    exit 0 passed, 1 failed
set -u
TEBIKI=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
CASE=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
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
expect_err() { grep -qxF -- "$1" err.txt || fail "stderr lacks the line: $1"; }
expect_out() { grep -qF -- "$1" out.txt || fail "stdout lacks: $1"; }
refute_err() { ! grep -qF -- "$1" err.txt || fail "stderr has: $1"; }
expect_file() { [[ -f $1 ]] || fail "missing file $1"; }
# Every file below a folder with its checksum, for byte-for-byte comparisons.
checksums() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
# No temporary folder of an interrupted or failed build next to the output.
expect_no_staging() {
  local left
  left=$(find . -maxdepth 1 -name '.*tebiki-new*')
  [[ -z $left ]] || fail "temporary folder left: $left"
}

# A valid book of two chapters.
make_book() {
  mkdir -p book
  printf 'title: 例の本\nchapters:\n  - a.md\n  - b.md\n' >book/tebiki.yml
  printf '# はじめに\n\n## 背景\n\n[](b.md#導入企画)を読む。\n' >book/a.md
  printf '# 導入\n\n## 導入企画\n\n[背景](a.md#背景)に戻る。\n' >book/b.md
}
# The same book with an unknown page in a.md and an unknown anchor in b.md.
break_links() {
  printf '# はじめに\n\n本文。[x](c.md)\n' >book/a.md
  printf '# 導入\n\nテキスト\n\n[y](a.md#nope) と [z](#導入)\n' >book/b.md
}

case_help() {
  run build --help
  expect_status 0
  expect_out "Examples:"
  expect_out "--links"
  [[ ! -s err.txt ]] || fail "help wrote to stderr"
}

case_top_level_help() {
  run --help
  expect_status 0
  expect_out "Examples:"
  expect_out "build"
}

case_version() {
  run --version
  expect_status 0
  [[ $(cat out.txt) == "tebiki $TEBIKI_VERSION" ]] || fail "version is not 'tebiki $TEBIKI_VERSION'"
}

case_success() {
  make_book
  run build book -o site
  expect_status 0
  grep -qE '^built 2 pages \([0-9]+ files\) into site in [0-9.]+ s$' err.txt || fail "no summary line"
  expect_file site/.tebiki-site
  for page in index a b print 404; do expect_file "site/$page.html"; done
  expect_file site/sitemap.xml
  grep -qF '<a href="b.html#%E5%B0%8E%E5%85%A5%E4%BC%81%E7%94%BB">2.1 導入企画</a>' site/a.html ||
    fail "cross-reference not rewritten"
  expect_no_staging
}

case_timings() {
  make_book
  run build book -o site --timings
  expect_status 0
  for pass in "read and parse pages" "lint" "cross-references" "citations and glossary terms" "lay out pages" "contents and search index" "check output links" "write site"; do
    grep -qE "^ *[0-9]+\.[0-9]{3} s +[0-9]+ % +[0-9]+\.[0-9]{3} s +[1-9][0-9]* MiB  $pass\$" err.txt ||
      fail "no timing line for: $pass"
  done
  run build book -o site2
  expect_status 0
  refute_err "write site"
}

# A page without sections lists none in the sidebar, and a book of one page has no pager: no
# empty list or navigation landmark is left in the page.
case_no_empty_lists() {
  mkdir -p book
  printf '# 一枚だけ\n\n本文。\n' >book/only.md
  run build book -o site
  expect_status 0
  grep -q 'aria-current="page"' site/only.html || fail "the page is not in its sidebar"
  ! grep -q 'tebiki-toc-sections' site/only.html || fail "an empty list of sections"
  ! grep -q 'tebiki-pager' site/only.html || fail "an empty pager"
  make_book
  run build book -o site2
  expect_status 0
  grep -q '<ol class="tebiki-toc-sections"><li><a href="a.html#背景">' site2/a.html || fail "the sections are not listed"
  grep -q '<nav class="tebiki-pager"' site2/a.html || fail "no pager in a book of two pages"
}

case_build_twice() {
  make_book
  run build book -o site
  expect_status 0
  checksums site >first.txt
  run build book -o site
  expect_status 0
  checksums site >second.txt
  cmp -s first.txt second.txt || fail "the second build differs from the first"
  expect_no_staging
}

case_default_folders() {
  make_book
  mv book content
  run build
  expect_status 0
  expect_file site/.tebiki-site
  expect_file site/a.html
}

case_missing_source_folder() {
  run build nope -o site
  expect_status 2
  expect_err "nope:1:1: error: no such folder"
  [[ ! -e site ]] || fail "a site was written"
  run serve nope --port 0
  expect_status 2
  expect_err "nope:1:1: error: no such folder"
  touch plain-file
  run build plain-file -o site
  expect_status 2
  expect_err "plain-file:1:1: error: not a folder"
}

# A chapter below a file (ENOTDIR) is a missing chapter, as for lint.
case_chapter_below_a_file() {
  make_book
  printf 'title: 本\nchapters: [a.md, a.md/b.md]\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:2:18: error: page 'a.md/b.md' not found in book"
  run lint book/a.md/b.md
  expect_status 2
  expect_err "book/a.md/b.md:1:1: error: no such file or folder"
}

case_empty_source_folder() {
  mkdir empty
  run build empty -o site
  expect_status 2
  expect_err "empty:1:1: error: no tebiki.yml and no Markdown (.md) files in this folder"
}

case_invalid_utf8() {
  make_book
  printf '# はじめに\n\nab\xff\n' >book/a.md
  run build book -o site
  expect_status 2
  expect_err "book/a.md:3:3: error: invalid UTF-8 byte sequence"
  [[ ! -e site ]] || fail "a site was written"
}

case_invalid_utf8_in_config() {
  make_book
  printf 'title: 例\xff\nchapters:\n  - a.md\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:1:9: error: invalid UTF-8 byte sequence"
  grep -qF $'title: 例\xef\xbf\xbd' err.txt || fail "the line with the bad byte is not shown"
}

case_nul_byte() {
  make_book
  printf '# はじめに\n\n本文\0です\n' >book/b.md
  run build book -o site
  expect_status 2
  expect_err "book/b.md:3:3: error: NUL byte in text file"
}

case_broken_yaml_config() {
  make_book
  printf 'title: 例\nchapters:\n  - a.md\n  - [b.md\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:5:1: error: invalid YAML: end of sequence flow not found"
}

# A dictionary regex that backtracks forever is bad input: exit 2, the site untouched.
case_regex_over_its_time_limit() {
  make_book
  printf 'title: 例の本\nchapters: [a.md, b.md]\nlint:\n  dictionaries: [slow.yml]\n' >book/tebiki.yml
  printf 'version: 1\nrules:\n  - expected: X\n    pattern: /(a+)+$/\n' >book/slow.yml
  printf '# 導入\n\n## 導入企画\n\n%s!\n' "$(printf 'a%.0s' {1..40})" >book/b.md
  run build book -o site
  expect_status 2
  grep -qF "book/b.md:5:1: error: " err.txt || fail "no located error"
  [[ ! -e site ]] || fail "a site was written"
}

case_config_not_a_mapping() {
  make_book
  printf -- '- a.md\n- b.md\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:1:1: error: tebiki.yml must be a mapping"
}

case_broken_front_matter() {
  make_book
  printf -- '---\ntitle: 導入\n  author: 山田\n---\n# 導入\n' >book/b.md
  run build book -o site
  expect_status 2
  expect_err "book/b.md:3:9: error: invalid YAML: illegal map value"
}

case_broken_front_matter_after_japanese() {
  make_book
  printf -- '---\ntitle: 導入\n  著者: 山田\n---\n# 導入\n' >book/b.md
  run build book -o site
  expect_status 2
  expect_err "book/b.md:3:5: error: invalid YAML: illegal map value"
}

case_front_matter_not_a_mapping() {
  make_book
  printf -- '---\n- 導入\n---\n# 導入\n' >book/b.md
  run build book -o site
  expect_status 2
  expect_err "book/b.md:2:1: error: front matter must be a YAML mapping"
}

case_missing_chapter() {
  make_book
  printf 'title: 例\nchapters:\n  - a.md\n  - missing.md\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:4:5: error: page 'missing.md' not found in book"
}

# Columns count code points: えお.md starts at byte 26 of its line but at character 20.
case_missing_chapter_after_japanese() {
  make_book
  printf 'title: 例\nchapters: [あいう.md, えお.md]\n' >book/tebiki.yml
  printf '# あいう\n' >book/あいう.md
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:2:20: error: page 'えお.md' not found in book"
  # Shown like a finding: the source line and a caret under the column, in terminal cells.
  expect_err "chapters: [あいう.md, えお.md]"
  expect_err "                      ^"
}

case_checklist_column_in_code_points() {
  make_book
  printf 'title: 例\nchapters: [a.md, b.md]\nchecklist: checklist.yml\n' >book/tebiki.yml
  printf 'phases:\n  - {id: plan, title: 計画}\nitems:\n  - {id: c1, phase: plan, question: 問い, weight: 5}\n' >book/checklist.yml
  run build book -o site
  expect_status 2
  expect_err "book/checklist.yml:4:49: error: weight of 'c1' must be 1, 2 or 3"
}

case_chapter_listed_twice() {
  make_book
  printf 'title: 例\nchapters:\n  - a.md\n  - b.md\n  - a.md\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:5:5: error: page 'a.md' is listed twice"
  [[ $(grep -c ": error: " err.txt) -eq 1 ]] || fail "more than one message"
}

# A symbolic link to a chapter is that chapter: listed twice, not built as a second chapter.
case_chapter_listed_twice_through_a_link() {
  make_book
  ln -s a.md book/alias.md
  printf 'title: 例\nchapters:\n  - a.md\n  - b.md\n  - alias.md\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:5:5: error: page 'alias.md' is listed twice: it is the same file as 'a.md'"
}

# `tebiki init DIR; cd DIR; tebiki build`: content/ is not there, the book is; the message says
# so (build, lint and serve alike).
case_inside_a_new_book() {
  "$TEBIKI" init newbook >/dev/null 2>&1 || fail "init failed"
  cd newbook || fail "no newbook"
  for command in build lint "serve --port 0"; do
    run $command
    expect_status 2
    grep -qF "content:1:1: error: no such folder; the current folder holds a tebiki.yml: give '.' as the book's folder" err.txt ||
      fail "$command: no hint"
  done
  run build . -o site
  expect_status 0
}

# 404.html is served at any missing path: with a base URL, its links resolve from the book's
# folder on a server (a base element its script adds), as they are from file://.
case_not_found_page_base() {
  make_book
  run build book -o site
  expect_status 0
  ! grep -q "createElement('base')" site/404.html || fail "a base without base_url"
  printf 'base_url: https://example.jp/guide\n' >>book/tebiki.yml
  run build book -o site
  expect_status 0
  grep -qF "base.href = \"/guide/\"; document.head.appendChild(base)" site/404.html || fail "no base in 404.html"
  ! grep -q "createElement('base')" site/a.html site/index.html || fail "a base outside 404.html"
}

# A checklist.yml without its two lists: a located error, not "the build stopped: invalid node"
# (yaml-cpp throws when a missing key of a const node is asked its type).
case_checklist_without_its_lists() {
  make_book
  printf 'checklist: checklist.yml\n' >>book/tebiki.yml
  for text in 'z:\n' 'phases: []\n' '- a\n'; do
    printf "$text" >book/checklist.yml
    run build book -o site
    expect_status 2
    expect_err "book/checklist.yml:1:1: error: checklist must be a mapping with 'phases' and 'items' lists"
  done
}

case_unknown_key() {
  make_book
  printf 'title: 例\nchapter:\n  - a.md\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:2:1: error: unknown key 'chapter' in tebiki.yml; did you mean 'chapters'?"
}

case_unknown_lint_settings() {
  make_book
  printf 'title: 例\nchapters: [a.md, b.md]\nlint:\n  long_vowels: kokuji\n  rules:\n    widht: off\n    spelling: on\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:4:3: error: unknown key 'long_vowels' in 'lint'; did you mean 'long_vowel'?"
  expect_err "book/tebiki.yml:6:5: error: unknown rule 'widht' in 'lint.rules'; did you mean 'width'?"
  expect_err "book/tebiki.yml:7:5: error: unknown rule 'spelling' in 'lint.rules'; known rules: terms, kana-kanji, long-vowel, width, punctuation, variants, glossary, references"
  [[ ! -e site ]] || fail "a site was written"
}

case_unknown_keys_in_data_files() {
  make_book
  printf 'title: 例\nchapters: [a.md, b.md]\nglossary: glossary.yml\nreferences: references.yml\nchecklist: checklist.yml\n' >book/tebiki.yml
  printf -- '- term: 導入\n  reading: どうにゅう\n  alias: [導入作業]\n  related: [背景]\n' >book/glossary.yml
  printf -- '- {id: rfc2350, body: IETF, title: 期待, yaer: 1998}\n' >book/references.yml
  printf 'phases:\n  - {id: plan, title: 計画, sectoin: a.md}\nitems:\n  - {id: c1, phase: plan, question: 問い, weight: 2, wieght: 3}\nnotes: x\n' >book/checklist.yml
  run build book -o site
  expect_status 2
  expect_err "book/glossary.yml:3:3: error: unknown key 'alias' in a glossary entry; did you mean 'aliases'?"
  expect_err "book/glossary.yml:4:3: error: unknown key 'related' in a glossary entry; known keys: term, reading, en, aliases, description, see"
  expect_err "book/references.yml:1:40: error: unknown key 'yaer' in a reference; did you mean 'year'?"
  expect_err "book/checklist.yml:2:27: error: unknown key 'sectoin' in a phase; did you mean 'section'?"
  expect_err "book/checklist.yml:4:52: error: unknown key 'wieght' in a check item; did you mean 'weight'?"
  expect_err "book/checklist.yml:5:1: error: unknown key 'notes' in the checklist; known keys: phases, items"
}

case_config_problems_together() {
  make_book
  printf 'title: 例\ncolour: red\nchapters:\n  - a.md\n  - gone.md\nlinks: maybe\n' >book/tebiki.yml
  run build book -o site
  expect_status 2
  expect_err "book/tebiki.yml:2:1: error: unknown key 'colour' in tebiki.yml; known keys: title, base_url, language, front, chapters, appendices, glossary, references, checklist, reference_bodies, glossary_nolink, links, allow_html, numbered, lint"
  expect_err "book/tebiki.yml:6:8: error: 'links' must be error or warn"
}

case_bom_and_crlf() {
  mkdir book
  printf '\xef\xbb\xbftitle: 例\r\nchapters:\r\n  - a.md\r\n' >book/tebiki.yml
  printf '\xef\xbb\xbf# はじめに\r\n\r\n本書はサー\r\nバを選ぶ。\r\n\r\n## 背景と目的 {#bg}\r\n\r\n[](#bg)を読む。\r\n' >book/a.md
  run build book -o site
  expect_status 0
  grep -qF '<h1 id="はじめに"><span class="secno">第1章</span> はじめに</h1>' site/a.html || fail "h1"
  grep -qF '<h2 id="bg"><span class="secno">1.1</span> 背景と目的</h2>' site/a.html || fail "h2"
  grep -qF '<p>本書はサーバを選ぶ。</p>' site/a.html || fail "soft break"
  grep -qF '<a href="#bg">1.1 背景と目的</a>' site/a.html || fail "cross-reference"
  grep -qF '<title>第1章 はじめに — 例</title>' site/a.html || fail "title"
  ! grep -q $'\r' site/*.html || fail "a carriage return in the output"
  ! grep -q $'\xef\xbb\xbf' site/*.html || fail "a BOM in the output"
}

case_broken_links_in_one_run() {
  make_book
  break_links
  run build book -o site
  expect_status 1
  expect_err "book/a.md:3:4: error: link to unknown page 'c.md' [links]"
  expect_err "book/b.md:5:1: error: link to unknown anchor '#nope' in a.md [links]"
  expect_err "build failed: site was left as it was"
  refute_err "[post-check]"
  [[ ! -e site ]] || fail "a site was written"
  expect_no_staging
}

# Each broken link is reported at its own '[' (columns in code points): reference links,
# <…> destinations, a link twice in a line, a continuation line cmark strips, an image.
case_broken_link_columns() {
  make_book
  printf '# はじめに\n\nあ [参照][r] と [同じ][r]\nい [山括弧](<c.md>) [山括弧](<c.md>)\n    続き ![図](d.png)\n\n> 引用 [x](e.md)\n\n[r]: f.md\n\n前の行\n   [[囲み](g.md)\n' >book/a.md
  run build book -o site
  expect_status 1
  expect_err "book/a.md:3:3: error: link to unknown page 'f.md' [links]"
  expect_err "book/a.md:3:13: error: link to unknown page 'f.md' [links]"
  expect_err "book/a.md:4:3: error: link to unknown page 'c.md' [links]"
  expect_err "book/a.md:4:17: error: link to unknown page 'c.md' [links]"
  expect_err "book/a.md:5:8: error: link to missing file 'd.png' [links]"
  expect_err "book/a.md:7:6: error: link to unknown page 'e.md' [links]"
  expect_err "book/a.md:12:5: error: link to unknown page 'g.md' [links]"  # not the literal [ before it
}

case_broken_links_warn() {
  make_book
  break_links
  run build book -o site --links warn
  expect_status 0
  expect_err "book/a.md:3:4: warning: link to unknown page 'c.md' [links]"
  expect_err "book/b.md:5:1: warning: link to unknown anchor '#nope' in a.md [links]"
  refute_err "error:"
  expect_file site/a.html
  ! grep -qF 'href="c.md"' site/a.html site/print.html || fail "a dead link was written"
}

case_broken_links_warn_from_config() {
  make_book
  break_links
  printf 'links: warn\n' >>book/tebiki.yml
  run build book -o site
  expect_status 0
  expect_err "book/a.md:3:4: warning: link to unknown page 'c.md' [links]"
  run build book -o site --links error
  expect_status 1
  expect_err "book/a.md:3:4: error: link to unknown page 'c.md' [links]"
}

case_failed_build_keeps_previous_site() {
  make_book
  run build book -o site
  expect_status 0
  checksums site >before.txt
  break_links
  run build book -o site
  expect_status 1
  checksums site >after.txt
  cmp -s before.txt after.txt || fail "the previous site changed"
  expect_no_staging
}

case_refuses_foreign_folder() {
  make_book
  mkdir site
  echo "keep me" >site/notes.txt
  run build book -o site
  expect_status 2
  expect_err "site:1:1: error: site is not empty and was not written by tebiki (no .tebiki-site inside); refusing to replace it"
  [[ $(ls -A site) == "notes.txt" && $(cat site/notes.txt) == "keep me" ]] || fail "the folder was touched"
  expect_no_staging
}

case_refuses_a_file() {
  make_book
  echo "keep me" >site
  run build book -o site
  expect_status 2
  expect_err "site:1:1: error: site exists and is not a folder"
  [[ $(cat site) == "keep me" ]] || fail "the file was touched"
}

case_empty_folder_is_fine() {
  make_book
  mkdir site
  run build book -o site
  expect_status 0
  expect_file site/.tebiki-site
  expect_file site/a.html
  expect_no_staging
}

case_replaces_own_site() {
  make_book
  run build book -o site
  expect_status 0
  printf 'title: 例の本\nchapters:\n  - a.md\n' >book/tebiki.yml
  printf '# はじめに\n' >book/a.md
  run build book -o site
  expect_status 0
  [[ ! -e site/b.html ]] || fail "a page of the previous build was left"
  expect_file site/a.html
  expect_no_staging
}

"case_$CASE"
