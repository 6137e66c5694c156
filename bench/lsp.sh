#!/usr/bin/env bash
# The language server's latency and memory (bench/lsp/LspBench.java), in its own JVM as an editor
# starts it: start to the first publishDiagnostics (5 fresh servers), didChange to
# publishDiagnostics (with and without the 150 ms debounce), p50/p95 over 200 edits after 20
# warm-up edits, for a typical template and a 1 MB one, then the server's RSS with 200 documents
# open. Prints a block ready to paste into bench/RESULTS.md. Needs target/cognito-lint.jar
# (mvn -B -DskipTests package), or the jar given as $1. ~3 min quiet; a loaded machine can take
# 20 minutes and more (the 1 MB template is linted 221 times).
# `bench/lsp.sh --start A.jar B.jar ...` times only the start of each jar's server (wall and
# server CPU), 5 rounds interleaved, to compare builds.
set -euo pipefail
load_start=$(cut -d" " -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M')
cd "$(dirname "${BASH_SOURCE[0]}")/.."
start_only=false
if [[ ${1:-} == --start ]]; then start_only=true; shift; fi
jars=("${@:-target/cognito-lint.jar}")
for jar in "${jars[@]}"; do
  [[ -f $jar ]] || { echo "bench/lsp.sh: build $jar first (mvn -B -DskipTests package)" >&2; exit 1; }
done
jar=${jars[0]}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The client's class path: lsp4j and gson at the pom's versions, from the local Maven repository
# (the jar holds them relocated; the dependency plugin may not be there offline).
version() { sed -n "/<artifactId>$1<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}" pom.xml; }
repo=${MAVEN_REPO:-$HOME/.m2/repository}
lsp4j=$(version org.eclipse.lsp4j)
cp="$repo/org/eclipse/lsp4j/org.eclipse.lsp4j/$lsp4j/org.eclipse.lsp4j-$lsp4j.jar"
cp+=":$repo/org/eclipse/lsp4j/org.eclipse.lsp4j.jsonrpc/$lsp4j/org.eclipse.lsp4j.jsonrpc-$lsp4j.jar"
cp+=":$repo/com/google/code/gson/gson/$(version gson)/gson-$(version gson).jar"
typical=samples/cloudformation/insecure-web-client.yaml
# A 1 MB template: the typical one's client repeated under new logical ids.
header=$(sed -n '1,/^Resources:/p' "$typical")
block=$(sed -n '/^  LegacyClient:/,$p' "$typical")
count=$(( 1000000 / ${#block} + 1 ))
{
  printf '%s\n' "$header"
  for ((i = 0; i < count; i++)); do printf '%s\n' "${block/LegacyClient:/Client$i:}"; done
} > "$tmp/big-1mb.yaml"
options="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
server="java $options -jar $jar lsp"
if $start_only; then
  servers=()
  for j in "${jars[@]}"; do servers+=("java $options -jar $j lsp"); done
  java -cp "$cp" bench/lsp/LspBench.java --start "$typical" "${servers[@]}" > "$tmp/out.txt"
else
  java -cp "$cp" bench/lsp/LspBench.java "$server" "$typical" "$tmp/big-1mb.yaml" > "$tmp/out.txt"
fi
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | sort -u | head -1)
echo "### bench/lsp.sh, $started to $(date -u '+%H:%M') UTC, checkout $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo '+changes'), ${jars[*]}"
echo
echo "- machine: $(nproc) CPUs (\`nproc\`), ${cpu:-unknown CPU}, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "- load average at start and end: $load_start / $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- JVM: $(java -version 2>&1 | sed -n 2p); server: \`$server\`"
echo
sed 's/^/    /' "$tmp/out.txt"
