#!/usr/bin/env bash
# Where a cold run's time goes (by hand; not in mvn verify or CI):
#
#   bench/trace.sh [--runs R] [--files N] [FILE]
#
# 1. Compiles trace/StartupTrace.java and trace/ParallelProbe.java against target/cognito-lint.jar.
# 2. Runs StartupTrace on FILE (default samples/cloudformation/web-client.yaml) R times (default 5)
#    with the launcher's JVM options, without and with an AppCDS archive, and prints the median
#    of each step: JVM start, command line, rules, config lookup, parse, schema check, ...
# 3. Counts the classes a one-file run loads, by origin, and those the AppCDS archive cannot hold.
# 4. Runs ParallelProbe on N files (default 10000, as bench/run.sh makes them) with 1 and 2
#    threads and prints the wall times and whether the findings are identical.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs=5
files=10000
file="$root/samples/cloudformation/web-client.yaml"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --files) files="$2"; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) file="$1" ;;
  esac
  shift
done
prepare_launcher
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cognito-lint-trace.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/classes"
javac -d "$tmp/classes" -cp "$jar" "$bench_dir/trace/StartupTrace.java" "$bench_dir/trace/ParallelProbe.java"
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData)
(cd "$root" && java "${jvm[@]}" -XX:ArchiveClassesAtExit="$tmp/app.jsa" '-Xlog:cds*=off' -jar "$jar" samples) >/dev/null 2>&1 || true
cds=(-XX:SharedArchiveFile="$tmp/app.jsa" '-Xlog:cds*=off' -Xlog:class+path=off)

echo "## Where a one-file run's time goes"
echo
machine_info
echo "- file: ${file#"$root"/}; median of $runs fresh JVMs; JVM options: ${jvm[*]}"
echo
for variant in plain cds; do
  for ((i = 1; i <= runs; i++)); do
    if [ "$variant" = cds ]; then extra=("${cds[@]}"); else extra=(); fi
    java "${jvm[@]}" "${extra[@]}" -cp "$jar:$tmp/classes" StartupTrace "$file" >"$tmp/$variant.$i"
  done
done
echo "| step (cold, first time in the JVM) | no archive (ms CPU) | AppCDS (ms CPU) |"
echo "|---|---:|---:|"
steps="$(sed -n '/^cold/,/^warm/p' "$tmp/plain.1" | sed '1d;$d' | sed -E 's/ +[0-9.]+ ms$//; s/^ +//')"
{ echo "JVM start to main()"; printf '%s\n' "$steps"; } | while IFS= read -r step; do
  row="| $step |"
  for variant in plain cds; do
    vals=""
    for ((i = 1; i <= runs; i++)); do
      if [ "$step" = "JVM start to main()" ]; then
        v="$(sed -n 's/^JVM start to main(): \([0-9]*\) ms$/\1/p' "$tmp/$variant.$i")"
      else
        v="$(sed -n '/^cold/,/^warm/p' "$tmp/$variant.$i" | grep -F "  $step " | sed -E 's/.* ([0-9.]+) ms$/\1/' | head -n 1)"
      fi
      vals+="$v"$'\n'
    done
    row+=" $(printf '%s' "$vals" | median) |"
  done
  echo "$row"
done
echo
echo "### Classes loaded by one run (AppCDS archive in use)"
echo
java "${jvm[@]}" "${cds[@]}" -Xlog:class+load:file="$tmp/classes.log" -jar "$jar" "$file" >/dev/null 2>&1 || true
total="$(grep -c 'source:' "$tmp/classes.log")"
shared_count="$(grep -c 'source: shared objects file' "$tmp/classes.log" || true)"
echo "- $total classes, $shared_count from the archive; loaded from the jar (not archivable):"
grep 'source: file:' "$tmp/classes.log" | awk '{print $2}' | sed -E 's/\$.*//' | awk -F. '{print $1"."$2}' | sort | uniq -c | sort -rn | head -n 5 |
  while read -r n pkg; do echo "  - $n classes of $pkg"; done || true
echo "- why (-Xlog:cds at dump time):"
(cd "$root" && java "${jvm[@]}" -XX:ArchiveClassesAtExit="$tmp/why.jsa" -Xlog:cds=warning -jar "$jar" samples 2>&1) |
  sed -n 's/.*\[cds *\] //p' | sed -E 's/(Skipping|Pre JDK 6 class not supported by CDS: [0-9.]+) .*/\1/' | sort | uniq -c | sort -rn | head -n 5 |
  while read -r n why; do echo "  - $n: $why"; done || true
echo

echo "### Two threads on $files files (trace/ParallelProbe.java, the pipeline of the command line in a pool of 1 or 2 threads)"
echo
note "making $files files"
make_corpus "$files" "$tmp/in"
echo "| threads | JIT | wall (s) | findings | digest |"
echo "|---:|---|---:|---:|---|"
for jit in "-XX:TieredStopAtLevel=1" "-XX:TieredStopAtLevel=4"; do
  for threads in 1 2; do
    line="$(cd "$tmp/in" && java "${cds[@]}" -XX:+UseSerialGC -XX:-UsePerfData "$jit" -cp "$jar:$tmp/classes" ParallelProbe "$threads" .)"
    w="$(sed -n 's/.*wall=\([0-9.]*\) s.*/\1/p' <<<"$line")"
    n="$(sed -n 's/.*findings=\([0-9]*\).*/\1/p' <<<"$line")"
    d="$(sed -n 's/.*digest=\([0-9a-f]*\).*/\1/p' <<<"$line")"
    echo "| $threads | ${jit#-XX:} | $w | $n | $d |"
  done
done
echo
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
