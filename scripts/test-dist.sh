#!/usr/bin/env bash
# Tests the self-contained archive as a user without a JDK would use it: checks its SHA-256 sum,
# unpacks it in a temporary folder, and runs its bin/cognito-lint (directly and through a
# symbolic link, as from /usr/local/bin) with a PATH that holds no `java` and no JAVA_HOME; the
# output and exit code on samples/ must equal those of `java -jar target/cognito-lint.jar`, in the
# text and the SARIF format.
#
# Usage: scripts/test-dist.sh [ARCHIVE]   (default: the target/cognito-lint-*.tar.gz that
#                                          `mvn -B -Pdist package` built; it builds nothing)
# Exit 0 when every check passes. Leaves nothing behind.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/target/cognito-lint.jar"
archive="${1:-}"
if [ -z "$archive" ]; then
  shopt -s nullglob
  found=("$root"/target/cognito-lint-*.tar.gz)
  [ "${#found[@]}" -eq 1 ] || { echo "test-dist: expected one target/cognito-lint-*.tar.gz, found ${#found[@]}; run mvn -B -Pdist package" >&2; exit 2; }
  archive="${found[0]}"
fi
[ -f "$jar" ] || { echo "test-dist: $jar is missing; run mvn -B -Pdist package" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
check() { # check DESCRIPTION CONDITION...
  local what="$1"; shift
  if "$@"; then echo "ok:   $what"; else echo "FAIL: $what"; failures=$((failures + 1)); fi
}

check "SHA-256 sum matches" bash -c 'cd "$(dirname "$1")" && sha256sum --quiet -c "$(basename "$1").sha256"' _ "$archive"
mkdir "$tmp/install" "$tmp/path"
tar -xzf "$archive" -C "$tmp/install"
launcher="$(echo "$tmp"/install/*/bin/cognito-lint)"
check "the archive has bin/cognito-lint" test -x "$launcher"
# The launcher needs only sh and ls; nothing else is on this PATH.
ln -s "$(command -v sh)" "$tmp/path/sh"
ln -s "$(command -v ls)" "$tmp/path/ls"
ln -s "$launcher" "$tmp/path/cognito-lint"
check "PATH holds no java" env -i PATH="$tmp/path" sh -c '! command -v java'

same() { # same NAME LAUNCHER ARGS...: the launcher's output and exit code equal the jar's
  local name="$1" launcher="$2"; shift 2
  local want=0 got=0
  (cd "$root" && java -jar "$jar" "$@") >"$tmp/$name.want" 2>&1 || want=$?
  (cd "$root" && env -i PATH="$tmp/path" HOME="$tmp" "$launcher" "$@") >"$tmp/$name.got" 2>&1 || got=$?
  if [ "$want" = "$got" ] && cmp -s "$tmp/$name.want" "$tmp/$name.got"; then return 0; fi
  echo "  $name: exit $got, the jar's $want; diff:"; diff "$tmp/$name.want" "$tmp/$name.got" | head -20 | sed 's/^/  /'
  return 1
}
check "samples/, text: same output and exit code as java -jar" same text "$launcher" samples/
check "samples/, sarif: same output and exit code" same sarif "$launcher" --format sarif samples/
check "through a symbolic link on PATH: same output" same link cognito-lint samples/
check "--version: same" same version "$launcher" --version
check "the run found the samples' problems (exit 1)" grep -Eq '^[0-9]+ problems' "$tmp/text.got"

echo "test-dist: $(basename "$archive"): $(du -k "$archive" | cut -f1) KiB packed, $(du -sk "$tmp/install" | cut -f1) KiB unpacked"
if [ "$failures" -ne 0 ]; then
  echo "test-dist: $failures check(s) failed"
  exit 1
fi
echo "test-dist: all checks passed"
