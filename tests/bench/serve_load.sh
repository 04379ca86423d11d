#!/usr/bin/env bash
# `tebiki serve` under load (issue 7), a benchmark run by hand, not a CTest test:
# SECONDS (default 60) of CONNECTIONS (default 100) concurrent connections with wrk on
# loopback, over the pages, the search index and an asset, while a chapter is edited every
# second (each edit rebuilds the site in memory). The serve process's resident memory is
# sampled every few seconds. Fails (exit 1) on a failed request, a crash or memory that grows.
#   apt-get install wrk
#   tests/bench/serve_load.sh build/tebiki
#   SECONDS_LOAD=300 CONNECTIONS=200 tests/bench/serve_load.sh build/tebiki
set -euo pipefail
TEBIKI=$(realpath "${1:?usage: serve_load.sh TEBIKI [BOOK]}")
BOOK=${2:-$(dirname "$0")/../../content}
DURATION=${SECONDS_LOAD:-60}
CONNECTIONS=${CONNECTIONS:-100}
SAMPLE=${SAMPLE:-5}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
WORK=$(mktemp -d)
cleanup() {
  [[ -n ${EDITOR_PID:-} ]] && kill "$EDITOR_PID" 2>/dev/null || true
  [[ -n ${SERVE_PID:-} ]] && kill "$SERVE_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
cp -r "$BOOK" "$WORK/book"

"$TEBIKI" serve "$WORK/book" --port 0 2>"$WORK/serve.log" &
SERVE_PID=$!
for _ in $(seq 1 300); do
  URL=$(grep -oE 'on http://127\.0\.0\.1:[0-9]+/' "$WORK/serve.log" | head -1 | cut -c4- || true)
  [[ -n $URL ]] && break
  kill -0 "$SERVE_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.1
done
[[ -n $URL ]] || { echo "tebiki serve did not start" >&2; exit 1; }
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$SERVE_PID/status"; }

# The pages requested in turn: every page of the site, the search index and an asset.
PATHS=$(cd "$WORK/book" && ls ./*.md | sed 's|^\./||; s|\.md$|.html|; s|^index\.html$||')
cat >"$WORK/paths.lua" <<EOF
local paths = {}
for path in ([[$(printf '%s\n' $PATHS '' print.html search-index.js assets/tebiki.css)]]):gmatch("[^\n]*") do
  table.insert(paths, "/" .. path)
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
EOF

# A chapter edited every second: one sentence added, then taken out again.
CHAPTER=$(cd "$WORK/book" && ls chapter*.md | head -1)
cp "$WORK/book/$CHAPTER" "$WORK/original.md"
(
  edit=0
  while true; do
    edit=$((edit + 1))
    if ((edit % 2)); then
      { cat "$WORK/original.md"; printf '\n負荷試験の編集 %d。\n' "$edit"; } >"$WORK/book/$CHAPTER.tmp"
    else
      cp "$WORK/original.md" "$WORK/book/$CHAPTER.tmp"
    fi
    mv "$WORK/book/$CHAPTER.tmp" "$WORK/book/$CHAPTER"
    sleep 1
  done
) &
EDITOR_PID=$!

sleep 2  # a first rebuild
start_rss=$(rss_kb)
samples=("$start_rss")
(
  while sleep "$SAMPLE"; do awk '/^VmRSS:/ { print $2 }' "/proc/$SERVE_PID/status" 2>/dev/null || exit 0; done
) >"$WORK/rss.txt" &
SAMPLER=$!
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$WORK/paths.lua" "$URL" | tee "$WORK/wrk.txt"
kill "$SAMPLER" "$EDITOR_PID" 2>/dev/null || true
EDITOR_PID=
mapfile -t -O 1 samples <"$WORK/rss.txt"

alive=yes
kill -0 "$SERVE_PID" 2>/dev/null || alive=no
end_rss=$(rss_kb 2>/dev/null || echo 0)
rebuilds=$(grep -cE '^(rebuilt|built|changed)' "$WORK/serve.log" || true)
requests=$(awk '/requests in/ { print $1 }' "$WORK/wrk.txt")
rate=$(awk '/^Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
socket_errors=$(awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }' "$WORK/wrk.txt")
non_2xx=$(awk '/Non-2xx/ { print $NF }' "$WORK/wrk.txt")
max_rss=$(printf '%s\n' "${samples[@]}" | sort -n | tail -1)

echo
echo "serve under load: ${DURATION} s, ${CONNECTIONS} connections, a chapter edited every second"
echo "  requests:      ${requests:-0} (${rate:-0}/s)"
echo "  errors:        socket ${socket_errors:-0}, non-2xx/3xx ${non_2xx:-0}"
echo "  rebuilds seen: ${rebuilds} (serve log lines)"
echo "  RSS (KB):      start ${start_rss}, end ${end_rss}, max ${max_rss}; samples: ${samples[*]}"
echo "  alive:         ${alive}"
status=0
[[ $alive == yes ]] || { echo "FAIL: tebiki serve died" >&2; tail -20 "$WORK/serve.log" >&2; status=1; }
[[ ${socket_errors:-0} -eq 0 && ${non_2xx:-0} -eq 0 ]] || { echo "FAIL: failed requests" >&2; status=1; }
# Flat: the first seconds of load take memory (connections, buffers, the first rebuilds);
# after that the end may not exceed the sample at about 10 s by more than a quarter + 16 MB.
warm_rss=${samples[$((10 / SAMPLE))]:-$start_rss}
echo "  RSS after ~10 s of load: ${warm_rss} KB"
if ((end_rss > warm_rss * 5 / 4 + 16384)); then
  echo "FAIL: memory grew from ${warm_rss} KB to ${end_rss} KB under load" >&2
  status=1
fi
kill -TERM "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null || true
SERVE_PID=
exit $status
