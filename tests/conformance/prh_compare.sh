#!/usr/bin/env bash
# Conformance with textlint-rule-prh: both tools check the same Markdown (tests/conformance/
# corpus and the book in content/) with the same prh-rules dictionaries, and compare.js lists
# every difference with its reason. Fails on a difference that no known reason explains.
# Usage: prh_compare.sh TEBIKI_BINARY
# Exit 77 (skipped) without node or the npm packages (npm install in this folder).
set -u
tebiki=$1
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null || [ ! -x "$here/node_modules/.bin/textlint" ] ||
   [ ! -d "$here/node_modules/prh/prh-rules" ] || [ ! -d "$here/node_modules/textlint-rule-prh" ]; then
  echo "SKIP: node, textlint, textlint-rule-prh or prh not installed (run npm install in tests/conformance)"
  exit 77
fi
corpus=("$here"/corpus/*.md "$here"/../../content/*.md)
rules="$here/node_modules/prh/prh-rules"
status=0
for dictionary in "$rules/media/WEB+DB_PRESS.yml" "$rules/media/techbooster.yml" "$here/edge-cases.yml" \
                  "$here/../../content/terms.yml"; do
  echo "== ${dictionary#"$here"/}"
  node "$here/compare.js" "$tebiki" "$dictionary" "${corpus[@]}" || status=1
done
exit $status
