#!/usr/bin/env bash
# Every dictionary of the prh npm package's prh-rules/ loads in tebiki and passes its specs.
# Usage: prh_rules_test.sh TEBIKI_BINARY
# Exit 77 (skipped) when the npm packages are not installed (npm install in this folder).
set -u
tebiki=$1
here=$(cd "$(dirname "$0")" && pwd)
rules="$here/node_modules/prh/prh-rules"
if [ ! -d "$rules" ]; then
  echo "SKIP: $rules not found (run npm install in tests/conformance)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
empty="$work/empty.md" config="$work/tebiki.yml"
: > "$empty"
echo "title: prh-rules" > "$config"  # so that no tebiki.yml around adds dictionaries
passed=0 failed=0
while IFS= read -r dictionary; do
  if "$tebiki" lint --quiet --config "$config" --dictionary "$dictionary" --rule terms "$empty"; then
    passed=$((passed + 1))
  else
    echo "FAIL: ${dictionary#"$here"/} does not load"
    failed=$((failed + 1))
  fi
done < <(find "$rules" -name '*.yml' -not -path "$rules/node_modules/*" | sort)
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
