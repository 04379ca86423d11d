#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, TEBIKI_FUZZ=ON, in build-fuzz/) and runs one of them,
# or each in turn, for SECONDS each.
#   tests/fuzz/run.sh markdown_page 600
#   tests/fuzz/run.sh all 600
# Targets: markdown_page, book_config, prh_dictionary, lint. The committed seeds in
# tests/fuzz/corpus/TARGET/ stay as they are; what the fuzzer finds goes to
# build-fuzz/corpus/TARGET/, crashes to build-fuzz/artifacts/TARGET/ (a crash-*, leak-* or
# timeout-* file, replayed with `build-fuzz/fuzz/fuzz_TARGET FILE`).
set -euo pipefail
cd "$(dirname "$0")/../.."
targets=(markdown_page book_config prh_dictionary lint)

usage() {
  echo "usage: tests/fuzz/run.sh TARGET|all SECONDS   (targets: ${targets[*]})" >&2
  exit 2
}
[[ $# -eq 2 && $2 =~ ^[0-9]+$ ]] || usage
if [[ $1 == all ]]; then
  selected=("${targets[@]}")
elif [[ " ${targets[*]} " == *" $1 "* ]]; then
  selected=("$1")
else
  usage
fi

# Inputs larger than this rarely find more and slow every run down.
max_len() {
  case $1 in
    markdown_page | lint) echo 16384 ;;
    *) echo 4096 ;;
  esac
}

build() {
  cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DTEBIKI_FUZZ=ON >/dev/null
  local names=()
  for target in "${selected[@]}"; do names+=(--target "fuzz_$target"); done
  cmake --build build-fuzz -j2 "${names[@]}"
}

run_one() {
  local target=$1 seconds=$2
  local work=build-fuzz/corpus/$target artifacts=build-fuzz/artifacts/$target
  mkdir -p "$work" "$artifacts"
  local dictionary=markdown
  [[ $target == book_config || $target == prh_dictionary ]] && dictionary=yaml
  echo "== fuzz_$target for ${seconds}s" >&2
  # -timeout: an input running longer counts as a hang (a crash). detect_leaks: leaks fail.
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "build-fuzz/fuzz/fuzz_$target" "$work" "tests/fuzz/corpus/$target" \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 -dict="tests/fuzz/$dictionary.dict"
}

build
for target in "${selected[@]}"; do run_one "$target" "$2"; done
