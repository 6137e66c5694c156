#!/usr/bin/env bash
# Reader linearity on hostile shapes (not a test; run by hand, never in mvn verify or CI):
#
#   bench/long-inputs.sh [--sizes "1 4 16 32"] [--hcl-mb 3] [--jar FILE] [--timeout S] [--out FILE]
#
# Generates, in a temporary folder, one file per shape and size and lints each once with
# `java -jar` and the launcher's JVM options (C1, SerialGC), printing wall time, CPU, peak RSS and
# exit code as Markdown:
#   - a YAML request whose ClientName is one plain scalar of N MiB (default sizes 1, 4, 16, 32);
#   - the same as JSON (one double-quoted string of N MiB);
#   - a Terraform file whose callback_urls list is one line of about --hcl-mb MB (default 3), once
#     all ASCII and once with one non-Latin-1 character ('ł') in the client's name.
# --jar: another build to measure (say, the jar of an older commit); default target/cognito-lint.jar.
# --timeout: a run taking longer is stopped and shown as "> S s" (default 900).
# A file of 32 MiB is exactly the default --max-file-size, so it is read, not refused.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

sizes="1 4 16 32"
hcl_mb=3
timeout_s=900
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift ;;
    --hcl-mb) hcl_mb="$2"; shift ;;
    --jar) jar="$2"; shift ;;
    --timeout) timeout_s="$2"; shift ;;
    --out) out="$2"; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
  shift
done

need_gnu_time
[ -f "$jar" ] || (cd "$root" && mvn -B -q -o package -DskipTests) || die "cannot build $jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# repeat N CHAR: N copies of CHAR, without a trailing new line
repeat() { head -c "$1" /dev/zero | tr '\0' "$2"; }

# A 32 MiB file must stay within the 32 MiB limit: the scalar is the size less the rest of the file.
make_yaml() { local body=$(( $1 * 1048576 - 50 )); { printf 'UserPoolId: us-east-1_EXAMPLE1\nClientName: '; repeat "$body" a; printf '\n'; } >"$2"; }
make_json() { local body=$(( $1 * 1048576 - 60 )); { printf '{"UserPoolId": "us-east-1_EXAMPLE1", "ClientName": "'; repeat "$body" a; printf '"}\n'; } >"$2"; }
make_hcl() {
  local name="$2" file="$3"
  awk -v target=$(( $1 * 1000000 )) -v name="$name" 'BEGIN {
    printf "resource \"aws_cognito_user_pool_client\" \"c\" {\n  name = \"%s\"\n  user_pool_id = \"p\"\n  callback_urls = [", name
    for (i = 0; size < target; i++) { item = sprintf("%s\"https://app.example.com/cb/%d\"", i ? ", " : "", i); printf "%s", item; size += length(item) }
    printf "]\n}\n"
  }' >"$file"
}

run_one() {
  local label="$1" file="$2" stats wall cpu rss rc
  stats="$(measure "$work/out" timeout "$timeout_s" java -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:+UseSerialGC \
    -jar "$jar" --max-file-size 33554432 "$file")"
  read -r wall cpu rss rc <<<"$stats"
  [ "$rc" = 124 ] && wall="> $timeout_s"
  printf '| %s | %s | %s | %s | %d | %s |\n' "$label" "$(stat -c %s "$file")" "$wall" "$cpu" $((rss / 1024)) "$rc"
}

{
  echo "## Long inputs: $(basename "$jar")"
  echo
  machine_info
  echo
  echo "| input | bytes | wall (s) | CPU (s) | peak RSS (MB) | exit |"
  echo "|---|---:|---:|---:|---:|---:|"
  for mb in $sizes; do
    make_yaml "$mb" "$work/scalar-$mb.yaml"; run_one "YAML, one plain scalar of $mb MiB" "$work/scalar-$mb.yaml"; rm -f "$work/scalar-$mb.yaml"
    make_json "$mb" "$work/scalar-$mb.json"; run_one "JSON, one string of $mb MiB" "$work/scalar-$mb.json"; rm -f "$work/scalar-$mb.json"
  done
  make_hcl "$hcl_mb" web "$work/list-ascii.tf"; run_one "HCL, one-line list of $hcl_mb MB, ASCII" "$work/list-ascii.tf"
  make_hcl "$hcl_mb" "web-ł" "$work/list-l.tf"; run_one "HCL, one-line list of $hcl_mb MB, one 'ł'" "$work/list-l.tf"
  echo
  echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | if [ -n "$out" ]; then tee "$out"; else cat; fi
