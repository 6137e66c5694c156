#!/usr/bin/env bash
# Checks bin/cognito-lint's class archive handling (run by hand; not in mvn verify or CI; it
# touches the jar and deletes target/cds/). Every run must print exactly what a run without an
# archive prints, on stdout and stderr, with the same exit code:
#   first run (writes the archive), later runs (map it), a rebuilt jar (stale archive ignored,
#   new one written, old one removed), standard input as the first run, SARIF, four concurrent
#   first runs (one archive, no corruption), a broken archive under a temporary name, target/cds
#   not writable, and Java 25 (AOT cache) when JAVA25_HOME or /usr/lib/jvm/temurin-25-jdk-amd64
#   is there. Prints one line a check and "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/cognito-lint-check.XXXXXX")"
trap 'chmod -R u+w "$root/target/cds" 2>/dev/null; rm -rf "$tmp"' EXIT
"$launcher" --version >/dev/null 2>&1 || { echo "bench: launcher does not run" >&2; exit 2; }
cds="$root/target/cds"

# expect NAME ARGS...: runs the launcher in samples' parent and compares with COGNITO_LINT_CDS=0.
expect() {
  local name="$1"; shift
  (cd "$root" && COGNITO_LINT_CDS=0 "$launcher" "$@" >"$tmp/want.out" 2>"$tmp/want.err" </dev/null); local want=$?
  (cd "$root" && "$launcher" "$@" >"$tmp/got.out" 2>"$tmp/got.err" </dev/null); local got=$?
  if [ "$want" = "$got" ] && cmp -s "$tmp/want.out" "$tmp/got.out" && cmp -s "$tmp/want.err" "$tmp/got.err"; then
    ok "$name (exit $got)"
  else
    bad "$name: exit $got, wanted $want"; diff "$tmp/want.out" "$tmp/got.out" | head -5; diff "$tmp/want.err" "$tmp/got.err" | head -5
  fi
}
archives() { find "$cds" -maxdepth 1 -name "cognito-lint-*.${1:-jsa}" 2>/dev/null | wc -l; }

rm -rf "$cds"
expect "first run, no archive yet" samples
[ "$(archives)" = 1 ] && ok "the first run wrote one archive" || bad "archives after the first run: $(archives)"
[ -z "$(find "$cds" -name '.lock-*' 2>/dev/null)" ] && ok "no lock left behind" || bad "a lock was left behind"
expect "second run, maps the archive" samples
expect "one file" samples/cloudformation/web-client.yaml
expect "SARIF" -f sarif samples
expect "usage error" --no-such-option
expect "missing path" no/such/file.yaml

old="$(find "$cds" -name 'cognito-lint-*.jsa')"
touch "$jar"
expect "jar rebuilt (touched): the old archive is not used" samples
new="$(find "$cds" -name 'cognito-lint-*.jsa')"
if [ "$(archives)" = 1 ] && [ "$old" != "$new" ]; then ok "a new archive replaced the stale one"; else bad "archives after the rebuild: $(archives)"; fi

# A stale archive under the current name (another jar's classes): the JVM must reject it quietly.
cp "$jar" "$tmp/other.jar"
(cd "$root" && java -XX:ArchiveClassesAtExit="$tmp/other.jsa" '-Xlog:cds*=off' -jar "$tmp/other.jar" --version) >/dev/null 2>&1
touch "$tmp/other.jar"
if [ -s "$tmp/other.jsa" ]; then
  cp "$new" "$tmp/good.jsa"; chmod u+w "$new"; cp "$tmp/other.jsa" "$new"
  expect "an archive of another jar under the current name is ignored without a word" samples
  chmod u+w "$new"; cp "$tmp/good.jsa" "$new"
fi

rm -rf "$cds"
(cd "$root" && cat samples/api/create-request.json | COGNITO_LINT_CDS=0 "$launcher" - >"$tmp/want.out" 2>&1); want=$?
(cd "$root" && cat samples/api/create-request.json | "$launcher" - >"$tmp/got.out" 2>&1); got=$?
if [ "$want" = "$got" ] && cmp -s "$tmp/want.out" "$tmp/got.out" && [ "$(archives)" = 1 ]; then
  ok "standard input as the first run: same output, archive written from samples/"
else
  bad "standard input as the first run (exit $got, wanted $want; archives $(archives))"
fi

rm -rf "$cds"
(cd "$root" && COGNITO_LINT_CDS=0 "$launcher" samples >"$tmp/want.out" 2>&1)
for i in 1 2 3 4; do (cd "$root" && "$launcher" samples >"$tmp/par$i.out" 2>&1; echo $? >"$tmp/par$i.rc") & done
wait
same=1
for i in 1 2 3 4; do cmp -s "$tmp/want.out" "$tmp/par$i.out" || same=0; done
if [ "$same" = 1 ] && [ "$(archives)" = 1 ]; then ok "four concurrent first runs: same output, one archive"; else bad "concurrent first runs (same=$same, archives $(archives))"; fi
arch="$(find "$cds" -name 'cognito-lint-*.jsa')"
if java -Xshare:on -XX:SharedArchiveFile="$arch" '-Xlog:cds*=off' -cp "$jar" -version >/dev/null 2>&1; then ok "the archive maps with -Xshare:on"; else bad "the archive does not map"; fi
expect "after the concurrent runs" samples

# A crashed or killed training run leaves a broken file under its temporary name: never used.
rm -rf "$cds"; mkdir -p "$cds/.lock-x"; head -c 100000 "$tmp/other.jsa" >"$cds/.lock-x/archive.cds" 2>/dev/null
expect "a broken temporary archive is ignored" samples

rm -rf "$cds"; mkdir -p "$cds"; chmod a-w "$cds"
if [ "$(id -u)" != 0 ]; then
  expect "target/cds not writable" samples
  [ "$(archives)" = 0 ] && ok "no archive written" || bad "an archive appeared"
else
  echo "skip target/cds not writable (root can write anyway)"
fi
chmod u+w "$cds"

java25="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -x "$java25/bin/java" ]; then
  export PATH="$java25/bin:$PATH"
  expect "Java 25, first run (writes the AOT cache)" samples
  [ "$(archives aot)" = 1 ] && ok "Java 25 wrote one AOT cache" || bad "AOT caches: $(archives aot)"
  expect "Java 25, maps the AOT cache" samples
  expect "Java 25, SARIF" -f sarif samples
  touch "$jar"
  expect "Java 25, jar rebuilt" samples
  [ "$(archives aot)" = 1 ] && ok "Java 25: the stale AOT cache was replaced" || bad "AOT caches: $(archives aot)"
else
  echo "skip Java 25 (not found)"
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
