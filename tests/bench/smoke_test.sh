#!/usr/bin/env bash
# CTest smoke test of the build benchmark's generator (not a benchmark): a 20-page book with and
# without the glossary builds with tebiki, every generated cross-reference resolves, the prose
# raises no lint finding, and the Hugo twin has the same pages; library_floor, when given,
# reads every page of the plain book, times both libraries, and writes every file of its site.
# Usage: smoke_test.sh TEBIKI SCRATCH_DIR [LIBRARY_FLOOR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tebiki=$1 out=$2 floor=${3:-}
rm -rf "$out"
for variant in plain glossary; do
  flag=$([[ $variant == glossary ]] && echo --glossary || true)
  python3 "$here/make_book.py" --pages 20 --out "$out/$variant" $flag >/dev/null
  "$tebiki" build "$out/$variant/tebiki" -o "$out/$variant/site" 2>"$out/$variant.log" || {
    cat "$out/$variant.log"; exit 1; }
  # A 20-page book cannot use all 500 terms and 200 references; anything else is a bug.
  if grep -v -e 'どのページでも使われていない' -e 'どのページからも引用されていない' "$out/$variant.log" |
      grep -E 'warning|error'; then
    exit 1
  fi
  pages=$(ls "$out/$variant/hugo/content"/p*.md | wc -l)
  [[ $pages == 20 ]] || { echo "the Hugo site has $pages pages, not 20"; exit 1; }
done
if [[ -n $floor ]]; then
  "$floor" "$out/plain/tebiki" "$out/plain/site" >"$out/floor.txt"
  markdown=$(find "$out/plain/tebiki" -name '*.md' | wc -l)
  grep -qx "pages $markdown" "$out/floor.txt" || { cat "$out/floor.txt"; echo "library_floor did not read the $markdown pages"; exit 1; }
  files=$(find "$out/plain/site" -type f | wc -l)
  grep -qx "write_files $files" "$out/floor.txt" || { cat "$out/floor.txt"; echo "library_floor did not write the $files files"; exit 1; }
  [[ ! -e $out/plain/site.floor-copy ]] || { echo "library_floor left its copy of the site"; exit 1; }
  for figure in read_cpu_s cmark_cpu_s icu_cpu_s icu_distinct_cpu_s write_cpu_s; do
    grep -qE "^$figure [0-9]+\.[0-9]{3}$" "$out/floor.txt" || { cat "$out/floor.txt"; echo "library_floor printed no $figure"; exit 1; }
  done
fi
echo "smoke test: both books built clean"
