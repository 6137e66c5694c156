#!/usr/bin/env bash
# The language server's latency and memory (bench/lsp/LspBench.java): didChange and didSave to
# publishDiagnostics, p50/p95 over 200 edits, for a typical template and a 1 MB one, then the
# server's RSS with 200 documents open. Needs target/cognito-lint.jar (mvn -B package). ~2 min.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar=target/cognito-lint.jar
[[ -f $jar ]] || { echo "bench/lsp.sh: build $jar first (mvn -B -DskipTests package)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" >/dev/null
typical=samples/cloudformation/insecure-web-client.yaml
# A 1 MB template: the typical one's client repeated under new logical ids.
header=$(sed -n '1,/^Resources:/p' "$typical")
block=$(sed -n '/^  LegacyClient:/,$p' "$typical")
count=$(( 1000000 / ${#block} + 1 ))
{
  printf '%s\n' "$header"
  for ((i = 0; i < count; i++)); do printf '%s\n' "${block/LegacyClient:/Client$i:}"; done
} > "$tmp/big-1mb.yaml"
server="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar lsp"
java -cp "$(cat "$tmp/cp.txt")" bench/lsp/LspBench.java "$server" "$typical" "$tmp/big-1mb.yaml"
