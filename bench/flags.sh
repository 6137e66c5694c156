#!/usr/bin/env bash
# Measures JVM options one against another (run by hand; not in mvn verify or CI):
#
#   bench/flags.sh [--files N] [--runs R] [--set startup|throughput|small|jdk25|all]
#
# Runs `java OPTIONS -jar target/cognito-lint.jar` on one typical template (--files 1, the
# default) or on a corpus of N files (as bench/run.sh makes it), each option set in turn, round
# after round (interleaved, so that a burst of load from elsewhere hits every set alike), and
# prints the median and minimum wall time, median CPU and peak RSS of each. The class archives
# are made here, in a temporary folder, the way bin/cognito-lint makes its own.
# Sets: startup (one file: C1, GCs, -XX:-UsePerfData, -Xshare, AppCDS), throughput (many files:
# tiered or C1, GCs, heap), small (SerialGC and -UsePerfData alone on AppCDS + C1), jdk25
# (Java 25's AOT cache, when /usr/lib/jvm/temurin-25-jdk-amd64 or JAVA25_HOME is there).
# Default: startup for one file, throughput for more.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

files=1
runs=15
set_name=""
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --set) set_name="$2"; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
  shift
done
[ -n "$set_name" ] || { [ "$files" = 1 ] && set_name=startup || set_name=throughput; }

need_gnu_time
prepare_launcher
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cognito-lint-flags.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

if [ "$files" = 1 ]; then
  mkdir -p "$tmp/in"
  cp "$root/samples/cloudformation/web-client.yaml" "$tmp/in/"
  target=web-client.yaml
else
  note "making $files files"
  make_corpus "$files" "$tmp/in"
  target=.
fi

java17="$(command -v java)"
java25="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$java25" ] || java25=""

# Class archives, trained as the launcher trains them (samples/, C1, serial GC).
train=(-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1)
(cd "$root" && "$java17" "${train[@]}" -XX:ArchiveClassesAtExit="$tmp/app.jsa" '-Xlog:cds*=off' -jar "$jar" samples) >/dev/null 2>&1 || true
[ -s "$tmp/app.jsa" ] || die "could not write an AppCDS archive"
cds=(-XX:SharedArchiveFile="$tmp/app.jsa" '-Xlog:cds*=off' -Xlog:class+path=off)
if [ -n "$java25" ] && { [ "$set_name" = jdk25 ] || [ "$set_name" = all ]; }; then
  note "writing a Java 25 AOT cache (takes several seconds)"
  (cd "$root" && "$java25" "${train[@]}" -XX:AOTCacheOutput="$tmp/app.aot" '-Xlog:aot*=off' '-Xlog:cds*=off' -jar "$jar" samples) >/dev/null 2>&1 || true
  (cd "$root" && "$java25" "${train[@]}" -XX:ArchiveClassesAtExit="$tmp/app25.jsa" '-Xlog:aot*=off' '-Xlog:cds*=off' -jar "$jar" samples) >/dev/null 2>&1 || true
fi
aot=(-XX:AOTCache="$tmp/app.aot" '-Xlog:aot*=off' '-Xlog:cds*=off')
cds25=(-XX:SharedArchiveFile="$tmp/app25.jsa" '-Xlog:aot*=off' '-Xlog:cds*=off')

labels=()
commands=()
add() { labels+=("$1"); shift; commands+=("$(printf '%q ' "$@")"); }
short=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData)
case "$set_name" in
  startup|all)
    add "java -jar (defaults: G1, tiered, base CDS)" "$java17" -jar "$jar" "$target"
    add "-Xshare:off (no CDS at all)" "$java17" -Xshare:off -jar "$jar" "$target"
    add "-XX:TieredStopAtLevel=1" "$java17" -XX:TieredStopAtLevel=1 -jar "$jar" "$target"
    add "-XX:+UseSerialGC" "$java17" -XX:+UseSerialGC -jar "$jar" "$target"
    add "-XX:-UsePerfData" "$java17" -XX:-UsePerfData -jar "$jar" "$target"
    add "C1 + SerialGC + -UsePerfData" "$java17" "${short[@]}" -jar "$jar" "$target"
    add "AppCDS" "$java17" "${cds[@]}" -jar "$jar" "$target"
    add "AppCDS + C1" "$java17" "${cds[@]}" -XX:TieredStopAtLevel=1 -jar "$jar" "$target"
    add "AppCDS + SerialGC" "$java17" "${cds[@]}" -XX:+UseSerialGC -jar "$jar" "$target"
    add "AppCDS + C1 + SerialGC + -UsePerfData" "$java17" "${cds[@]}" "${short[@]}" -jar "$jar" "$target"
    add "... + -Xss256k -XX:CICompilerCount=2" "$java17" "${cds[@]}" "${short[@]}" -Xss256k -XX:CICompilerCount=2 -jar "$jar" "$target"
    add "bin/cognito-lint" "$launcher" "$target"
    ;;&
  throughput|all)
    add "tiered, G1 (defaults)" "$java17" "${cds[@]}" -jar "$jar" "$target"
    add "tiered, SerialGC" "$java17" "${cds[@]}" -XX:+UseSerialGC -jar "$jar" "$target"
    add "tiered, ParallelGC" "$java17" "${cds[@]}" -XX:+UseParallelGC -jar "$jar" "$target"
    add "tiered, G1 -Xmx256m" "$java17" "${cds[@]}" -Xmx256m -jar "$jar" "$target"
    add "C1, SerialGC" "$java17" "${cds[@]}" "${short[@]}" -jar "$jar" "$target"
    add "tiered, SerialGC, -Xmn64m" "$java17" "${cds[@]}" -XX:+UseSerialGC -Xmn64m -jar "$jar" "$target"
    add "bin/cognito-lint" "$launcher" "$target"
    ;;&
  small)
    # The launcher's small options one at a time, on top of AppCDS + C1.
    add "AppCDS + C1" "$java17" "${cds[@]}" -XX:TieredStopAtLevel=1 -jar "$jar" "$target"
    add "AppCDS + C1 + SerialGC" "$java17" "${cds[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" "$target"
    add "AppCDS + C1 + -UsePerfData" "$java17" "${cds[@]}" -XX:TieredStopAtLevel=1 -XX:-UsePerfData -jar "$jar" "$target"
    add "AppCDS + C1 + SerialGC + -UsePerfData" "$java17" "${cds[@]}" "${short[@]}" -jar "$jar" "$target"
    ;;
  jdk25|all)
    if [ -n "$java25" ]; then
      add "Java 25: java -jar" "$java25" -jar "$jar" "$target"
      add "Java 25: C1 + SerialGC" "$java25" "${short[@]}" -jar "$jar" "$target"
      [ -s "$tmp/app25.jsa" ] && add "Java 25: AppCDS + C1 + SerialGC" "$java25" "${cds25[@]}" "${short[@]}" -jar "$jar" "$target"
      [ -s "$tmp/app.aot" ] && add "Java 25: AOT cache" "$java25" "${aot[@]}" -jar "$jar" "$target"
      [ -s "$tmp/app.aot" ] && add "Java 25: AOT cache + C1 + SerialGC" "$java25" "${aot[@]}" "${short[@]}" -jar "$jar" "$target"
      [ -s "$tmp/app.aot" ] && add "Java 25: AOT cache + SerialGC (tiered)" "$java25" "${aot[@]}" -XX:+UseSerialGC -XX:-UsePerfData -jar "$jar" "$target"
    else
      note "no Java 25 found: set JAVA25_HOME"
    fi
    ;;
  startup|throughput) ;;
  *) die "unknown set $set_name" ;;
esac

echo "## JVM options: $files file(s), $runs interleaved rounds"
echo
machine_info
echo
for ((r = 1; r <= runs; r++)); do
  for i in "${!labels[@]}"; do
    eval "line=\$(cd \"\$tmp/in\" && measure \"\$tmp/out\" ${commands[$i]})"
    echo "$line" >>"$tmp/result.$i"
  done
done
echo "| options | median wall (s) | min wall (s) | CPU user+sys (s) | peak RSS (MB) | exit |"
echo "|---|---:|---:|---:|---:|---:|"
for i in "${!labels[@]}"; do
  med="$(cut -d' ' -f1 "$tmp/result.$i" | median)"
  min="$(cut -d' ' -f1 "$tmp/result.$i" | minimum)"
  cpu="$(cut -d' ' -f2 "$tmp/result.$i" | median)"
  rss="$(cut -d' ' -f3 "$tmp/result.$i" | sort -n | tail -n 1)"
  rc="$(cut -d' ' -f4 "$tmp/result.$i" | sort -u | tr '\n' ' ')"
  printf '| %s | %.3f | %.3f | %.3f | %.0f | %s|\n' "${labels[$i]}" "$med" "$min" "$cpu" "$((rss / 1024))" "$rc"
done
echo
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
