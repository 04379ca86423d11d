#!/usr/bin/env bash
# Lint benchmark: `tebiki lint --rule terms` against textlint + textlint-rule-prh, with the same
# prh dictionary (prh's prh-rules/media/WEB+DB_PRESS.yml) on the same Japanese Markdown corpus
# (Debian's manpages-ja converted by make_corpus.py), in the same run. Then tebiki alone on 2x
# and 4x the corpus, to show that its cost grows linearly.
#
# Usage: tests/bench/lint_bench.sh [TEBIKI]          (TEBIKI defaults to build/tebiki)
# Needs: apt-get install manpages-ja; npm install in tests/bench (done here when missing).
# Environment:
#   SIZE_MB=10           corpus size (the man pages are repeated to reach it)
#   RUNS=3               measured tebiki runs per size (median); textlint runs TEXTLINT_RUNS=1
#   WORK=/tmp/tebiki-lint-bench
#   TEXTLINT_SLICE_MB=0  0: textlint lints the whole corpus. N: textlint lints only the first
#                        N MB and its time is extrapolated linearly (the output says so)
#   TIMEOUT=1800         seconds before a run is given up
# Goal (issue 3 point 10): tebiki >= 100x faster than textlint, under 200 MB.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source "$here/measure.sh"
tebiki=$(realpath "${1:-$here/../../build/tebiki}")
size_mb=${SIZE_MB:-10}
runs=${RUNS:-3}
warmup=${WARMUP:-1}
work=${WORK:-/tmp/tebiki-lint-bench}
slice_mb=${TEXTLINT_SLICE_MB:-0}
timeout_s=${TIMEOUT:-1800}
memory_mb=0
ok_codes="0 1"  # 1: findings

[[ -d /usr/share/man/ja ]] || { echo "lint_bench: apt-get install manpages-ja" >&2; exit 2; }
if [[ ! -x $here/node_modules/.bin/textlint ]]; then
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error) >&2
fi
dictionary=$here/node_modules/prh/prh-rules/media/WEB+DB_PRESS.yml
textlint=$here/node_modules/.bin/textlint
mkdir -p "$work"
printf '{ "rules": { "prh": { "rulePaths": ["%s"] } } }\n' "$dictionary" >"$work/textlintrc.json"

corpus() {  # corpus MB: makes WORK/corpus-MB once and prints its folder
  local dir=$work/corpus-$1
  [[ -d $dir ]] || python3 "$here/make_corpus.py" --out "$dir" --size-mb "$1" >&2
  echo "$dir"
}
megabytes() { du -sb --apparent-size "$1" | awk '{ printf "%.1f", $1 / 1e6 }'; }
tebiki_findings() { python3 -c 'import json,sys; print(len(json.load(sys.stdin)["diagnostics"]))' <"$work/run.out"; }
textlint_findings() { python3 -c 'import json,sys; print(sum(len(f["messages"]) for f in json.load(sys.stdin)))' <"$work/run.out"; }
lint_with_tebiki() { measure "$1" "" "$tebiki" lint --format json --dictionary "$dictionary" --rule terms "$2"; }

row() {  # row TOOL MB NOTE: one line of the table from the globals of measure
  if [[ $wall == failed ]]; then printf '%-9s %6s  %s\n' "$1" "$2" "did not finish (see above)"; return; fi
  awk -v t="$1" -v s="$2" -v w="$wall" -v c="$cpu" -v m="$rss" -v n="$3" 'BEGIN {
    printf "%-9s %6.1f %9.2f %9.2f %8.2f %9.0f  %s\n", t, s, w, c, s / c, m / 1024, n }'
}

echo "tebiki lint benchmark — $(machine_line)"
echo "dictionary: WEB+DB_PRESS.yml from prh $(node -p "require('$here/node_modules/prh/package.json').version")" \
  "($(node -p "require('$here/node_modules/js-yaml').load(require('fs').readFileSync('$dictionary', 'utf8')).rules.length") rules); textlint $("$textlint" --version)," \
  "textlint-rule-prh $(node -p "require('$here/node_modules/textlint-rule-prh/package.json').version")"
base=$(corpus "$size_mb")
echo "corpus: $(megabytes "$base") MB, $(find "$base" -name '*.md' | wc -l) files from manpages-ja ($(dpkg-query -W -f='${Version}' manpages-ja))"
echo
printf '%-9s %6s %9s %9s %8s %9s\n' tool MB "wall s" "cpu s" "MB/cpu-s" "RSS MB"
lint_with_tebiki "tebiki ${size_mb} MB" "$base"
tebiki_wall=$wall tebiki_cpu=$cpu tebiki_rss=$rss
row tebiki "$(megabytes "$base")" "$([[ $wall != failed ]] && tebiki_findings) findings"

target=$base note=""
if [[ $slice_mb != 0 ]]; then target=$(corpus "$slice_mb"); fi
runs=${TEXTLINT_RUNS:-1} warmup=0 measure "textlint" "" "$textlint" --no-color -c "$work/textlintrc.json" \
  --format json "$target/**/*.md"
row textlint "$(megabytes "$target")" "$([[ $wall != failed ]] && textlint_findings) findings"
if [[ $slice_mb != 0 && $wall != failed ]]; then
  factor=$(awk -v a="$(megabytes "$base")" -v b="$(megabytes "$target")" 'BEGIN { print a / b }')
  wall=$(awk -v w="$wall" -v f="$factor" 'BEGIN { print w * f }')
  cpu=$(awk -v c="$cpu" -v f="$factor" 'BEGIN { print c * f }')
  echo "  EXTRAPOLATED: textlint ran on a $(megabytes "$target") MB slice only; its times are scaled" \
    "linearly by ${factor}x to the whole corpus (memory is the slice's)"
fi
echo "  textlint/tebiki: $(ratio "$wall" "$tebiki_wall")x (wall), $(ratio "$cpu" "$tebiki_cpu")x (cpu) faster;" \
  "memory tebiki/textlint $(ratio "$tebiki_rss" "$rss")x (goal: >= 100x faster, tebiki < 200 MB)"

echo
echo "tebiki on 1x, 2x, 4x the corpus (linear cost: the same MB per cpu-second):"
for factor in 2 4; do
  dir=$(corpus $((size_mb * factor)))
  lint_with_tebiki "tebiki $((size_mb * factor)) MB" "$dir"
  row tebiki "$(megabytes "$dir")" "$(ratio "$cpu" "$tebiki_cpu")x the cpu time of 1x"
done
