#!/usr/bin/env bash
# One file against the JVM floor, as a block ready to paste into RESULTS.md (by hand; not in mvn
# verify or CI):
#
#   bench/floor.sh [--runs R] [FILE]
#
# Runs bin/cognito-lint on FILE (default samples/cloudformation/web-client.yaml) and the floor (a
# hello-world jar with the launcher's JVM options) in turn, R rounds (default 15), and prints date,
# machine, JDK, load average at start and end, and the median wall and CPU of each with their
# ratio (ours / floor, median of the pairs' ratios). On a shared machine read the CPU columns.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs=15
file="$root/samples/cloudformation/web-client.yaml"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) file="$1" ;;
  esac
  shift
done
need_gnu_time
prepare_launcher
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cognito-lint-floor.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
floor_jar="$(make_floor_jar "$tmp/floor")"

echo "## One file against the floor"
echo
machine_info
echo "- file: ${file#"$root"/}; $runs rounds, ours and the floor in turn"
echo "- floor: a hello-world jar, java ${launcher_jvm[*]} -jar hello.jar"
echo
: >"$tmp/rows"
for ((i = 1; i <= runs; i++)); do
  ours="$(measure "$tmp/out" "$launcher" "$file")"
  floor="$(measure "$tmp/out" java "${launcher_jvm[@]}" -jar "$floor_jar")"
  echo "$ours $floor" >>"$tmp/rows"
done
col() { awk -v c="$1" '{ print $c }' "$tmp/rows" | median; }
ratio() { awk -v a="$1" -v b="$2" '{ printf "%.3f\n", $a / $b }' "$tmp/rows" | median; }
echo "| | wall (s) | CPU (s) | peak RSS (MB) |"
echo "|---|---:|---:|---:|"
echo "| floor | $(col 5) | $(col 6) | $(awk '{ print $7 }' "$tmp/rows" | median | awk '{ printf "%.0f", $1 / 1024 }') |"
echo "| bin/cognito-lint | $(col 1) | $(col 2) | $(awk '{ print $3 }' "$tmp/rows" | median | awk '{ printf "%.0f", $1 / 1024 }') |"
echo "| ratio (median of the pairs) | $(ratio 1 5) | $(ratio 2 6) | |"
echo
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
