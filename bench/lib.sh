# shellcheck shell=bash disable=SC2034
# Shared by the bench/ scripts (sourced, not run). Bash 4+, GNU coreutils.
# None of this runs in mvn verify or CI: the scripts are run by hand.

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench_dir/.." && pwd)"
shared="${COGNITO_LINT_SHARED:-$root/../shared}"
launcher="$root/bin/cognito-lint"
jar="$root/target/cognito-lint.jar"

die() { echo "bench: $*" >&2; exit 2; }
note() { echo "bench: $*" >&2; }

# GNU time reports the peak RSS; the package is 'time' on Debian.
need_gnu_time() {
  if [ ! -x /usr/bin/time ] || ! /usr/bin/time -f %M true >/dev/null 2>&1; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
      note "installing GNU time (apt-get install -y time)"
      apt-get install -y -qq time >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq time) >/dev/null 2>&1 || true
    fi
  fi
  [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1 || die "needs GNU time in /usr/bin/time (apt-get install time)"
}

# Builds the jar if needed and lets the launcher write its class archive, so that measurements
# start from the state a user is in after the first run.
prepare_launcher() {
  "$launcher" --version >/dev/null 2>&1 || die "bin/cognito-lint --version failed"
  "$launcher" "$root/samples/cloudformation/web-client.yaml" >/dev/null 2>&1 || true
}

# Seconds since the epoch with microseconds (bash 5's EPOCHREALTIME, else date).
now() { if [ -n "${EPOCHREALTIME:-}" ]; then echo "${EPOCHREALTIME/,/.}"; else date +%s.%N; fi; }

# measure OUT CMD...: runs CMD once (stdout to OUT, stderr to OUT.err) and prints
# "wall_s cpu_s peak_rss_kb exit_code"; wall from the shell clock, CPU and RSS from GNU time.
measure() {
  local out="$1"; shift
  local t0 t1 stats rc=0
  t0="$(now)"
  /usr/bin/time -o "$out.time" -f '%U %S %M' "$@" >"$out" 2>"$out.err" </dev/null || rc=$?
  t1="$(now)"
  # GNU time prints "Command exited with non-zero status N" first when the exit code is not 0.
  stats="$(tail -n 1 "$out.time")"
  awk -v a="$t0" -v b="$t1" -v s="$stats" -v rc="$rc" 'BEGIN { split(s, x, " ");
    printf "%.4f %.3f %d %d\n", b - a, x[1] + x[2], x[3], rc }'
}

# median of numbers on standard input
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit }
  if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { sort -g | head -n 1; }

machine_info() {
  local cpu mem java_version load
  cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)"
  mem="$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)"
  java_version="$(java -version 2>&1 | sed -n '2p')"
  load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(nproc) CPUs, ${cpu:-unknown CPU}, ${mem:-unknown memory}; $(uname -sr)"
  echo "- JDK: ${java_version:-unknown}"
  echo "- load average (1, 5, 15 min) at start: ${load:-unknown}"
}

# The lintable files that corpora are made of: samples/ (not the plugin example) and, when
# ../shared is there, the real templates of ../shared/corpus. Prints one path a line.
# A kind of "samples" gives the samples only.
source_files() {
  local kind="${1:-mixed}"
  find "$root/samples" -path "$root/samples/plugin" -prune -o -type f \
    \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' -o -name '*.tf' \) -print | LC_ALL=C sort
  if [ "$kind" = mixed ] && [ -d "$shared/corpus" ]; then
    find "$shared/corpus" -type f ! -name MANIFEST.tsv | LC_ALL=C sort
  fi
}

# make_corpus N DIR [KIND]: N files in DIR (100 a folder), copies of source_files taken in turn.
# A file without a lintable extension (one SAM template of the corpus) gets .yaml appended.
make_corpus() {
  local n="$1" dir="$2" kind="${3:-mixed}" i=0 src base sub
  local -a files
  mapfile -t files < <(source_files "$kind")
  [ "${#files[@]}" -gt 0 ] || die "no source files for the corpus"
  mkdir -p "$dir"
  while [ "$i" -lt "$n" ]; do
    src="${files[$((i % ${#files[@]}))]}"
    base="$(basename "$src")"
    case "$base" in *.yaml|*.yml|*.json|*.tf|*.template) ;; *) base="$base.yaml" ;; esac
    sub="$dir/$(printf 'd%04d' $((i / 100)))"
    [ $((i % 100)) -eq 0 ] && mkdir -p "$sub"
    cp "$src" "$sub/$(printf '%05d' "$i")-$base"
    i=$((i + 1))
  done
}

# make_big_template FILE BYTES: a CloudFormation template of many app clients (each a copy of
# the web client of samples/, with its own name), about BYTES long.
make_big_template() {
  local file="$1" bytes="$2"
  awk -v target="$bytes" 'BEGIN {
    print "AWSTemplateFormatVersion: \"2010-09-09\""
    print "Parameters:\n  Domain:\n    Type: String\n    Default: app.example.com"
    print "Resources:\n  UserPool:\n    Type: AWS::Cognito::UserPool"
    size = 150
    for (i = 0; size < target; i++) {
      c = sprintf("  WebClient%d:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n", i)
      c = c "      UserPoolId: !Ref UserPool\n"
      c = c sprintf("      ClientName: web-%d\n", i)
      c = c "      GenerateSecret: false\n      AllowedOAuthFlowsUserPoolClient: true\n"
      c = c "      AllowedOAuthFlows: [code]\n      AllowedOAuthScopes: [openid, email, profile]\n"
      c = c "      SupportedIdentityProviders: [COGNITO]\n      CallbackURLs:\n"
      c = c sprintf("        - !Sub \"https://${Domain}/auth/callback/%d\"\n", i)
      c = c (i % 10 == 0 ? "        - http://app.example.com/legacy\n" : "")
      c = c "      LogoutURLs:\n        - !Sub \"https://${Domain}/\"\n"
      c = c sprintf("      DefaultRedirectURI: !Sub \"https://${Domain}/auth/callback/%d\"\n", i)
      c = c "      ExplicitAuthFlows: [ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH]\n"
      c = c "      PreventUserExistenceErrors: ENABLED\n      EnableTokenRevocation: true\n"
      c = c "      ReadAttributes: [email, email_verified, name]\n      WriteAttributes: [name]\n"
      c = c "      AccessTokenValidity: 60\n      IdTokenValidity: 60\n      RefreshTokenValidity: 30\n"
      c = c "      TokenValidityUnits:\n        AccessToken: minutes\n        IdToken: minutes\n        RefreshToken: days\n"
      printf "%s", c
      size += length(c)
    }
  }' >"$file"
}

# The JVM options bin/cognito-lint runs a small run with, for the floor.
launcher_jvm=(-XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:+UseSerialGC)

# make_floor_jar DIR: a hello-world jar, the JVM floor (start, load one class, print, exit); prints its path.
make_floor_jar() {
  mkdir -p "$1"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$1/Hello.java"
  javac -d "$1" "$1/Hello.java" && printf 'Main-Class: Hello\n' >"$1/manifest" \
    && jar cfm "$1/hello.jar" "$1/manifest" -C "$1" Hello.class || die "cannot build the hello-world jar"
  echo "$1/hello.jar"
}
