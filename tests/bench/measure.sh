# Timing helpers shared by build_bench.sh and lint_bench.sh (sourced, not run).
# Each run goes through /usr/bin/time: wall time, user + sys CPU time of all threads, and the
# peak resident memory. The caller sets: work (a scratch folder), runs, and optionally
# warmup (unmeasured runs first, default 1), timeout_s, memory_mb (address-space cap, 0 = none)
# and ok_codes (exit codes that count as success, default "0").

# run_limited OUT_DIR CMD...: one run under the caps, stdout in $work/run.out and stderr in
# $work/run.err; prints "wall cpu rss_kb", or "failed" (with the reason on stderr).
run_limited() {
  local out=$1; shift
  [[ -n $out ]] && rm -rf "$out"
  local cap=() code=0
  [[ ${memory_mb:-0} != 0 ]] && cap=(prlimit --as=$((memory_mb * 1024 * 1024)) --)
  /usr/bin/time -o "$work/time.txt" -f '%x %e %U %S %M' timeout "${timeout_s:-1800}" "${cap[@]}" "$@" \
    >"$work/run.out" 2>"$work/run.err" || true
  code=$(tail -n 1 "$work/time.txt" | awk '{ print $1 }')
  if [[ " ${ok_codes:-0} " == *" $code "* ]]; then
    tail -n 1 "$work/time.txt" | awk '{ printf "%s %.2f %s\n", $2, $3 + $4, $5 }'
  else
    echo "run failed with exit status $code: $*" >&2
    tail -n 3 "$work/run.err" >&2 || true
    echo failed
  fi
}

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
minimum() { sort -g | head -n 1; }

# measure NAME OUT_DIR CMD...: warmup runs, then $runs runs; sets the globals wall and cpu
# (medians) and rss (the largest peak, KB), or wall=failed.
measure() {
  local name=$1 out=$2; shift 2
  local walls=() cpus=() line w c m i
  wall=failed cpu=0 rss=0
  for ((i = 0; i < ${warmup:-1}; i++)); do
    line=$(run_limited "$out" "$@")
    [[ $line == failed ]] && return 0
  done
  for ((i = 0; i < runs; i++)); do
    line=$(run_limited "$out" "$@")
    [[ $line == failed ]] && { wall=failed; return 0; }
    read -r w c m <<<"$line"
    walls+=("$w"); cpus+=("$c")
    if ((m > rss)); then rss=$m; fi
  done
  wall=$(printf '%s\n' "${walls[@]}" | median)
  cpu=$(printf '%s\n' "${cpus[@]}" | median)
  echo "  $name: wall ${walls[*]} s; cpu ${cpus[*]} s" >&2
}

# measure_alternating OUT_DIR: compares the commands in the arrays cmd_a and cmd_b. After the
# warm-up runs of each, $runs runs of each are taken in turn (A B A B …), so that a change in
# the machine's load between them weighs on both alike. Sets wall_a cpu_a wall_b cpu_b (medians)
# and rss_a rss_b (the largest peaks, KB), or wall_a=failed.
measure_alternating() {
  local out=$1 line_a line_b w c m i
  local walls_a=() cpus_a=() walls_b=() cpus_b=()
  wall_a=failed wall_b=failed cpu_a=0 cpu_b=0 rss_a=0 rss_b=0
  for ((i = 0; i < ${warmup:-1}; i++)); do
    line_a=$(run_limited "$out" "${cmd_a[@]}")
    line_b=$(run_limited "$out" "${cmd_b[@]}")
    [[ $line_a == failed || $line_b == failed ]] && return 0
  done
  for ((i = 0; i < runs; i++)); do
    line_a=$(run_limited "$out" "${cmd_a[@]}")
    line_b=$(run_limited "$out" "${cmd_b[@]}")
    [[ $line_a == failed || $line_b == failed ]] && return 0
    read -r w c m <<<"$line_a"
    walls_a+=("$w"); cpus_a+=("$c")
    if ((m > rss_a)); then rss_a=$m; fi
    read -r w c m <<<"$line_b"
    walls_b+=("$w"); cpus_b+=("$c")
    if ((m > rss_b)); then rss_b=$m; fi
  done
  wall_a=$(printf '%s\n' "${walls_a[@]}" | median) cpu_a=$(printf '%s\n' "${cpus_a[@]}" | median)
  wall_b=$(printf '%s\n' "${walls_b[@]}" | median) cpu_b=$(printf '%s\n' "${cpus_b[@]}" | median)
  echo "  A: wall ${walls_a[*]} s; cpu ${cpus_a[*]} s" >&2
  echo "  B: wall ${walls_b[*]} s; cpu ${cpus_b[*]} s" >&2
}

ratio() {  # ratio A B: A/B with two decimals, or n/a
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "failed" || b == "failed" || b == 0) print "n/a"; else printf "%.2f", a / b }'
}

machine_line() {
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" \
    "(cpu s = user + sys of all threads: the fairer figure when other jobs load the machine)"
}
