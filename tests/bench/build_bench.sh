#!/usr/bin/env bash
# Site build benchmark: tebiki against Hugo on the same generated Japanese books, in the same run.
#
# Usage: tests/bench/build_bench.sh [TEBIKI]         (TEBIKI defaults to build/tebiki)
# Environment:
#   SIZES="1000 10000"   book sizes in pages
#   RUNS=3               measured runs per tool and size (median)
#   WARMUP=1             unmeasured runs before them
#   WORK=/tmp/tebiki-build-bench   where the books go (never the source tree)
#   SITES=/dev/shm/tebiki-build-bench  where the sites are written: a tmpfs (RAM) when there is
#                        one, so that neither tool is timed against the disk. On this project's
#                        machines the disk is ext4 without a journal, whose inode allocator skips
#                        the inodes freed in the last seconds: creating 10,000 files right after
#                        the previous run deleted as many took 0.4 s to 9 s of system time, for
#                        either tool, from one run to the next.
#   TIMEOUT=1800         seconds before a run is given up
#   MEMORY_LIMIT_MB=12000  address-space cap of each run (prlimit), so that a runaway build
#                        fails alone instead of starving the machine; 0 for none
#   HUGO_SIDEBAR=0       1: Hugo pages also list every page, as tebiki's sidebar does
#   GLOSSARY=1           0: skip the glossary + references variant at the largest size
#   GLOSSARY_RUNS=5      runs of each book in that comparison (taken in turn)
#   FLOOR=<dir of TEBIKI>/tests/library_floor   the floor timer (library_floor.cpp);
#                        skipped when missing
#
# For each size: median wall time, median CPU time (user + sys), pages per second (wall and
# CPU), peak resident memory, and the ratios tebiki/Hugo; then the floor: reading the pages,
# cmark-gfm and ICU alone on them, and writing the files of the site tebiki built, and the
# shortest wall time that leaves on this machine's cores, beside the time 3x Hugo's pages per
# second allows. Then, at the largest size, tebiki's
# build with 500 glossary terms and 200 references against the same book without them, the
# two built in turn.
# Goals (issue 2 point 12, issue 4 point 8): at 10,000 pages at least 3x Hugo's pages per
# second with less memory; the glossary and references add less than 25 %.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source "$here/measure.sh"
tebiki=$(realpath "${1:-$here/../../build/tebiki}")
sizes=${SIZES:-"1000 10000"}
runs=${RUNS:-3}
warmup=${WARMUP:-1}
work=${WORK:-/tmp/tebiki-build-bench}
default_sites=/tmp/tebiki-build-bench-sites
[[ -d /dev/shm && -w /dev/shm ]] && default_sites=/dev/shm/tebiki-build-bench
sites=${SITES:-$default_sites}
timeout_s=${TIMEOUT:-1800}
memory_mb=${MEMORY_LIMIT_MB:-12000}
sidebar=${HUGO_SIDEBAR:-0}

floor=${FLOOR:-$(dirname "$tebiki")/tests/library_floor}

for tool in "$tebiki" hugo python3 /usr/bin/time prlimit; do
  command -v "$tool" >/dev/null || { echo "build_bench: $tool not found" >&2; exit 2; }
done
mkdir -p "$work" "$sites"
trap 'rm -rf "$sites"' EXIT

# book SIZE [--glossary]: makes the book once (WORK/book-SIZE[-glossary][-sidebar]) and prints its folder.
book() {
  local dir=$work/book-$1${2:+-glossary} flags=(${2:-})
  [[ $sidebar == 1 ]] && dir+=-sidebar flags+=(--hugo-sidebar)
  [[ -f $dir/tebiki/tebiki.yml ]] || python3 "$here/make_book.py" --pages "$1" --out "$dir" "${flags[@]}" >&2
  echo "$dir"
}

# library_floor BOOK SITE HUGO_WALL HUGO_CPU: what cmark-gfm and ICU alone take on the book, and
# the kernel to write the site's files (the least of $runs runs of library_floor, one thread each:
# a floor is the best case, and writing 11,000 files varies from one run to the next by 10x on a
# shared machine, with the file system's own work on earlier runs' files),
# beside what 3x Hugo's pages per second allows: in CPU time, and in wall time with the work
# spread perfectly over the cores. No build that parses, renders and segments the pages with
# them and writes the site can take less; in brackets, the floor of a build that would segment
# each distinct run of Japanese characters only once.
library_floor() {
  [[ -x $floor ]] || { echo "  (floor: $floor not built, skipped)"; return 0; }
  local reading=() cmark=() icu=() distinct=() writing=() i site=()
  [[ -d $2 ]] && site=("$2")  # no site when tebiki's build failed: the libraries are still timed
  for ((i = 0; i < runs; i++)); do
    "$floor" "$1" "${site[@]}" >"$work/floor.txt" 2>"$work/floor.err" || { echo "  floor: $floor failed:" \
      "$(tail -n 1 "$work/floor.err")"; return 0; }
    reading+=("$(awk '$1 == "read_cpu_s" { print $2 }' "$work/floor.txt")")
    cmark+=("$(awk '$1 == "cmark_cpu_s" { print $2 }' "$work/floor.txt")")
    icu+=("$(awk '$1 == "icu_cpu_s" { print $2 }' "$work/floor.txt")")
    distinct+=("$(awk '$1 == "icu_distinct_cpu_s" { print $2 }' "$work/floor.txt")")
    writing+=("$(awk '$1 == "write_cpu_s" { w = $2 } END { print w + 0 }' "$work/floor.txt")")
  done
  awk -v r="$(printf '%s\n' "${reading[@]}" | minimum)" \
      -v c="$(printf '%s\n' "${cmark[@]}" | minimum)" -v u="$(printf '%s\n' "${icu[@]}" | minimum)" \
      -v d="$(printf '%s\n' "${distinct[@]}" | minimum)" -v w="$(printf '%s\n' "${writing[@]}" | minimum)" \
      -v f="$(awk '$1 == "write_files" { print $2 }' "$work/floor.txt")" -v n="$(nproc)" -v h="$3" -v hc="$4" 'BEGIN {
    printf "  floor: reading the pages %.2f cpu-s, cmark-gfm parse + render %.2f, ICU word segmentation %.2f" \
      " (%.2f for each distinct Japanese run once); ", r, c, u, d
    if (f == "") printf "no site to write (the build failed)\n"
    else printf "writing the site'"'"'s %d files %.2f\n", f, w
    printf "    cpu: %.2f (%.2f) cpu-s; 3x Hugo allows %.2f\n", r + c + u + w, r + c + d + w, hc / 3
    printf "    wall on %d cores, at best: %.2f (%.2f) s; 3x Hugo allows %.2f\n", n, (r + c + u + w) / n, (r + c + d + w) / n, h / 3 }'
}

row() {  # row TOOL PAGES: one line of the table from the globals of measure
  if [[ $wall == failed ]]; then printf '%-9s %7s  %s\n' "$1" "$2" "did not finish (see above)"; return; fi
  awk -v t="$1" -v p="$2" -v w="$wall" -v c="$cpu" -v m="$rss" 'BEGIN {
    printf "%-9s %7d %9.2f %9.2f %10.0f %11.0f %9.0f\n", t, p, w, c, p / w, p / c, m / 1024 }'
}

echo "tebiki build benchmark — $(machine_line)"
echo "tebiki: $tebiki ($("$tebiki" --version 2>/dev/null || echo '?')); $(hugo version | cut -d' ' -f1-2)" \
  "$([[ $sidebar == 1 ]] && echo '(Hugo pages list every page, like tebiki'"'"'s sidebar)' || echo '(minimal Hugo layout)')"
echo "figures: median of $runs runs after $warmup warm-up run(s); RSS = largest peak resident memory;" \
  "sites written to $sites ($(df --output=fstype "$sites" | tail -n 1))"
echo
printf '%-9s %7s %9s %9s %10s %11s %9s\n' tool pages "wall s" "cpu s" "pages/s" "pages/cpu-s" "RSS MB"
for size in $sizes; do
  dir=$(book "$size")
  measure "tebiki $size" "$sites/tebiki" "$tebiki" build "$dir/tebiki" -o "$sites/tebiki"
  tebiki_wall=$wall tebiki_cpu=$cpu tebiki_rss=$rss
  row tebiki "$size"
  measure "hugo $size" "$sites/hugo" hugo --quiet -s "$dir/hugo" -d "$sites/hugo"
  row hugo "$size"
  echo "  tebiki/hugo at $size pages: pages/s $(ratio "$wall" "$tebiki_wall")x (wall)," \
    "$(ratio "$cpu" "$tebiki_cpu")x (cpu); memory $(ratio "$tebiki_rss" "$rss")x" \
    "(goal at 10000: pages/s >= 3x, memory < 1x)"
  library_floor "$dir/tebiki" "$sites/tebiki" "$wall" "$cpu"
done

# The growth is measured on its own: the book with and without the glossary built in turn,
# GLOSSARY_RUNS times each, so that both see the machine in the same state.
if [[ ${GLOSSARY:-1} == 1 ]]; then
  largest=${sizes##* }
  plain=$(book "$largest")
  dir=$(book "$largest" --glossary)
  echo
  echo "tebiki with a glossary of 500 terms and 200 references, $largest pages (same prose, plus citations)," \
    "built in turn with the book without them, median of ${GLOSSARY_RUNS:-5} runs each:"
  cmd_a=("$tebiki" build "$plain/tebiki" -o "$sites/tebiki")
  cmd_b=("$tebiki" build "$dir/tebiki" -o "$sites/tebiki")
  runs=${GLOSSARY_RUNS:-5} measure_alternating "$sites/tebiki"
  if [[ $wall_a != failed ]]; then
    wall=$wall_a cpu=$cpu_a rss=$rss_a row "tebiki" "$largest"
    wall=$wall_b cpu=$cpu_b rss=$rss_b row "+glossary" "$largest"
    awk -v g="$wall_b" -v p="$wall_a" -v gc="$cpu_b" -v pc="$cpu_a" 'BEGIN {
      printf "  growth over the book without them: %+.0f %% (wall), %+.0f %% (cpu) (goal: < 25 %%)\n",
        (g / p - 1) * 100, (gc / pc - 1) * 100 }'
  else
    echo "  did not finish (see above)"
  fi
fi
