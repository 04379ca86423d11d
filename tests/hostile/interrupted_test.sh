#!/usr/bin/env bash
# Nothing lost (issue 7): `tebiki lint --fix` and `tebiki build` are killed with SIGKILL at
# random moments, many times. Afterwards every file is exactly its old or its new content,
# site/ is exactly one complete build, and the next complete run leaves no temporary file
# or folder behind (it removes those of the killed runs). Usage: interrupted_test.sh TEBIKI CASE
set -u
TEBIKI=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
CASE=$2
KILLS=${TEBIKI_KILLS:-30}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
export NO_COLOR=

fail() {
  echo "FAIL [$CASE]: $*" >&2
  exit 1
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }
# Sleeps a random time in [0, $1] milliseconds.
random_sleep() {
  local ms=$((RANDOM % ($1 + 1)))
  sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
}
# Starts tebiki with ARGS, kills it with SIGKILL after a random time in [0, $1] ms.
run_and_kill() {
  local limit=$1
  shift
  "$TEBIKI" "$@" >/dev/null 2>&1 &
  local pid=$!
  random_sleep "$limit"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}
checksums() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum); }

# 1,000 chapters, each with findings that --fix changes (long vowel, full-width letters).
make_pages() {
  mkdir -p "$1"
  for i in $(seq -w 1 1000); do
    printf '# 第%s章\n\nサーバーの設定を確認する。ＡＢＣ%s を使う。\n\n- ユーザーとコンピューター\n' "$i" "$i" >"$1/p$i.md"
  done
}

# How many files of book/ hold their new content; fails naming a file that is neither.
old_or_new() {
  (cd old && sha256sum p*.md) >old.sums
  (cd new && sha256sum p*.md) >new.sums
  (cd book && sha256sum p*.md) | awk '
    FILENAME == "old.sums" { old[$2] = $1; next }
    FILENAME == "new.sums" { new[$2] = $1; next }
    $1 == new[$2] && $1 != old[$2] { changed++; next }
    $1 != old[$2] { print "book/" $2 " is neither old nor new"; bad = 1; exit }
    END { if (!bad) print changed + 0; exit bad }' old.sums new.sums -
}

case_lint_fix() {
  make_pages old
  cp -r old new
  "$TEBIKI" lint --fix --rule long-vowel --rule width new >/dev/null 2>&1
  cmp -s old/p0001.md new/p0001.md && fail "--fix changed nothing"
  cp -r old book
  local start took
  start=$(now_ms)
  "$TEBIKI" lint --fix --rule long-vowel --rule width book >/dev/null 2>&1
  took=$(($(now_ms) - start))
  local kill temporaries=0 partly=0
  for kill in $(seq 1 "$KILLS"); do
    cp old/*.md book/  # every file old again; temporary files of earlier kills stay
    run_and_kill "$took" lint --fix --rule long-vowel --rule width book
    local changed
    changed=$(old_or_new) || fail "kill $kill: $changed"
    [[ $changed -gt 0 && $changed -lt 1000 ]] && partly=$((partly + 1))
    local strays
    strays=$(find book -type f ! -name 'p*.md' | grep -vE '^book/\.p[0-9]+\.md\.tebiki-[0-9]+-[A-Za-z0-9]{6}$')
    [[ -z $strays ]] || fail "kill $kill: unexpected files: $strays"
    temporaries=$((temporaries + $(find book -name '.*.tebiki-*' | wc -l)))
  done
  "$TEBIKI" lint --fix --rule long-vowel --rule width book >/dev/null 2>&1 || fail "the last --fix failed"
  [[ $(old_or_new) == 1000 ]] || fail "the book is not fixed whole after the last --fix"
  [[ -z $(find book -name '.*tebiki*') ]] || fail "temporary files left: $(find book -name '.*tebiki*' | head)"
  echo "$KILLS kills of a ${took} ms run: $partly left the book partly fixed, $temporaries temporary files were left and then removed"
}

# A book whose pages change between two versions; site/ must always be one whole build.
make_book() {
  mkdir -p book
  { printf 'title: 例の本\nchapters:\n'; for i in $(seq -w 1 200); do printf '  - p%s.md\n' "$i"; done; } >book/tebiki.yml
  for i in $(seq -w 1 200); do printf '# 第%s章\n\n## 節\n\n本文%s。[次](p001.md#節)\n' "$i" "$i" >"book/p$i.md"; done
}
set_version() { for i in $(seq -w 1 200); do printf '# 第%s章\n\n## 節\n\n版%s の本文%s。\n' "$i" "$1" "$i" >"book/p$i.md"; done; }

case_build() {
  make_book
  local sums=() start took version
  for version in A B; do
    set_version "$version"
    start=$(now_ms)
    "$TEBIKI" build book -o "site$version" >/dev/null 2>&1 || fail "reference build $version failed"
    took=$(($(now_ms) - start))
    sums+=("$(checksums "site$version")")
  done
  "$TEBIKI" build book -o again >/dev/null 2>&1
  [[ $(checksums again) == "${sums[1]}" ]] || fail "two builds of the same book differ"
  "$TEBIKI" build book -o site >/dev/null 2>&1 || fail "the first build failed"  # version B
  local kill staging=0
  for kill in $(seq 1 "$KILLS"); do
    version=$([[ $((kill % 2)) -eq 0 ]] && echo A || echo B)
    set_version "$version"
    run_and_kill "$took" build book -o site
    local sum
    sum=$(checksums site)
    [[ $sum == "${sums[0]}" || $sum == "${sums[1]}" ]] || fail "kill $kill: site/ is not one whole build"
    staging=$((staging + $(find . -maxdepth 1 -name '.site.tebiki-new-*' | wc -l)))
  done
  set_version A
  "$TEBIKI" build book -o site >/dev/null 2>&1 || fail "the last build failed"
  [[ $(checksums site) == "${sums[0]}" ]] || fail "the last build is not version A"
  [[ -z $(find . -maxdepth 1 -name '.*tebiki-new*') ]] || fail "staging folders left: $(ls -a)"
  echo "$KILLS kills of a ${took} ms build: site/ one whole build after each, $staging staging folders were left and then removed"
}

"case_$CASE"
