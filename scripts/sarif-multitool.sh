#!/usr/bin/env bash
# Checks cognito-lint's SARIF the way GitHub code scanning would take it:
#   1. lints samples/ (or the PATHs given) with --format sarif;
#   2. validates that log against the SARIF 2.1.0 JSON schema (../shared/sarif's official schema
#      when present, else the copy inside the Multitool package);
#   3. runs the Microsoft SARIF Multitool (npm @microsoft/sarif-multitool, pinned below):
#      `validate --rule-kind "Sarif;Ghas"` with GH1001-GH1007 turned on by
#      scripts/sarif-multitool-github.config.xml, and counts the error-level results in its output
#      log, since its exit code is 0 even when it finds errors;
#   4. first validates a canary log that breaks each of GH1001-GH1007 and requires all seven to be
#      reported, so that a Multitool that silently checks nothing cannot pass;
#   5. prints, as advisories that do not fail the run, what code scanning documents and the
#      Multitool does not check (automationDetails.id, security-severity, ...).
# Exits 0 when the log has no schema error and no Multitool error, 1 otherwise, 2 on a setup
# failure (npm unreachable, no Node.js, the linter did not run).
#
# Usage: scripts/sarif-multitool.sh [--sarif FILE] [PATH...]
#   PATH...       what to lint (default: samples)
#   --sarif FILE  validate FILE instead of linting
# Environment: COGNITO_LINT_TOOLS (default ~/.cache/cognito-lint) caches the npm install;
# SARIF_STRICT=1 makes the advisories fail the run too.
# Needs: Java 17+, Maven (to build the jar when it is missing), Node.js and npm with the npm registry
# reachable the first time (then the cached install is reused).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

MULTITOOL_VERSION=5.7.0
tools="${COGNITO_LINT_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/cognito-lint}"
install_dir="$tools/sarif-multitool-$MULTITOOL_VERSION"
out="$root/target/sarif-multitool"
config="$root/scripts/sarif-multitool-github.config.xml"
checks="$root/scripts/sarif-checks.js"
jar="$root/target/cognito-lint.jar"
say() { echo "sarif-multitool: $*"; }
die() { echo "sarif-multitool: $*" >&2; exit 2; }

sarif=""
paths=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sarif) [ $# -ge 2 ] || die "--sarif needs a file"; sarif="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) paths+=("$1"); shift ;;
  esac
done
[ ${#paths[@]} -gt 0 ] || paths=(samples)

command -v node >/dev/null || die "Node.js not found (it runs the Multitool's launcher and the checks)"
command -v npm >/dev/null || die "npm not found"
rm -rf "$out"
mkdir -p "$out" "$tools"
start=$SECONDS

# --- the Multitool, installed once per version -------------------------------------------------
multitool_bin() { # prints the platform binary of an install, or fails
  node -e 'process.stdout.write(require(process.argv[1] + "/node_modules/@microsoft/sarif-multitool"))' "$1" 2>/dev/null
}
if ! bin="$(multitool_bin "$install_dir")" || [ ! -f "$bin" ]; then
  say "installing @microsoft/sarif-multitool@$MULTITOOL_VERSION into $install_dir"
  staging="$install_dir.tmp.$$"
  ok=""
  for attempt in 1 2; do
    rm -rf "$staging"
    mkdir -p "$staging"
    # The binary is in a platform package among optionalDependencies; never omit those. npm's own
    # retries back off for minutes when the registry is unreachable: keep them short, and the
    # whole attempt under 5 minutes (the download is about 40 MB).
    if timeout 300 npm install --prefix "$staging" --no-audit --no-fund --include=optional --prefer-offline \
        --fetch-retries=1 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=10000 --fetch-timeout=60000 \
        "@microsoft/sarif-multitool@$MULTITOOL_VERSION" >"$out/npm-install.log" 2>&1; then
      ok=1; break
    fi
    say "npm install failed (attempt $attempt of 2):"
    { grep -E 'npm error (code|errno|network|request)|ECONN|ETIMEDOUT|EAI_AGAIN|E40[0-9]' "$out/npm-install.log" || tail -n 5 "$out/npm-install.log"; } | head -n 5 | sed 's/^/  /'
    [ "$attempt" -eq 2 ] || sleep 5
  done
  [ -n "$ok" ] || { rm -rf "$staging"; die "could not install @microsoft/sarif-multitool@$MULTITOOL_VERSION from the npm registry (log: $out/npm-install.log)"; }
  rm -rf "$install_dir"
  mv "$staging" "$install_dir"
  bin="$(multitool_bin "$install_dir")" || die "the installed package has no binary for $(uname -s) $(uname -m)"
fi
# npm 11 does not run install scripts unless approved, and the package's postinstall is a chmod.
[ -x "$bin" ] || chmod u+x "$bin"
# The Multitool is a .NET program: without libicu it needs invariant globalization (harmless here).
if ! ldconfig -p 2>/dev/null | grep -q 'libicuuc\.so'; then export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1
version_line="$("$bin" --version 2>&1 | head -n 1)" || die "the Multitool does not start: $version_line"
say "$version_line"

validate() { # validate NAME FILE: Multitool output log in $out/NAME.validation.sarif, console in $out/NAME.validation.txt
  local name="$1" file="$2"
  rm -f "$out/$name.validation.sarif"
  # --max-file-size-in-kb: by default it skips logs over 10 MB (and says so only in passing).
  "$bin" validate --rule-kind "Sarif;Ghas" --config "$config" --max-file-size-in-kb 1048576 \
    --output "$out/$name.validation.sarif" "$file" \
    >"$out/$name.validation.txt" 2>&1 || true   # its exit code says nothing about what it found
  [ -s "$out/$name.validation.sarif" ] || { cat "$out/$name.validation.txt" >&2; die "the Multitool wrote no output log for $file"; }
  grep -q "Done. 1 files scanned." "$out/$name.validation.txt" || { cat "$out/$name.validation.txt" >&2; die "the Multitool did not scan $file"; }
}

# --- canary: the configuration must turn on all of GH1001-GH1007 ------------------------------
node "$checks" canary "$out/canary.sarif"
validate canary "$out/canary.sarif"
if ! node "$checks" errors "$out/canary.validation.sarif" GH1001,GH1002,GH1003,GH1004,GH1005,GH1006,GH1007 >"$out/canary.errors.txt"; then
  cat "$out/canary.errors.txt" >&2
  die "the canary log did not get all of GH1001-GH1007 from the Multitool: are the rules enabled by $config?"
fi
say "canary: GH1001-GH1007 all reported on a log that breaks them (the rules are on)"

# --- the log under test -------------------------------------------------------------------------
if [ -z "$sarif" ]; then
  if [ ! -f "$jar" ]; then
    say "building $jar"
    mvn -B -q -DskipTests package >"$out/mvn-package.log" 2>&1 || { cat "$out/mvn-package.log" >&2; die "mvn package failed"; }
  fi
  sarif="$out/cognito-lint.sarif"
  rc=0
  java -jar "$jar" --format sarif --output "$sarif" --fail-level none "${paths[@]}" || rc=$?
  [ "$rc" -eq 0 ] || die "cognito-lint exited $rc on ${paths[*]}"
  say "linted ${paths[*]} -> ${sarif#"$root"/}"
fi
[ -f "$sarif" ] || die "no such file: $sarif"

status=0
schema="$(cd "$root/.." && pwd)/shared/sarif/sarif-schema-2.1.0.json"
[ -f "$schema" ] || schema="$(dirname "$bin")/sarif-2.1.0.json"
if [ -f "$jar" ]; then
  if java -cp "$jar" "$root/scripts/SarifSchemaCheck.java" "$schema" "$sarif" >"$out/schema.txt" 2>&1; then
    say "JSON schema: $(tail -n 1 "$out/schema.txt" | sed 's/^.*: //')"
  else
    say "JSON schema: FAILED"; sed 's/^/  /' "$out/schema.txt"; status=1
  fi
else
  say "JSON schema: skipped (no $jar to run the validator from)"
fi

validate log "$sarif"
if node "$checks" errors "$out/log.validation.sarif" >"$out/log.errors.txt"; then
  say "Multitool (Sarif;Ghas, GH1001-GH1007 on): 0 errors"
else
  say "Multitool (Sarif;Ghas, GH1001-GH1007 on): $(tail -n 1 "$out/log.errors.txt")"
  sed '$d' "$out/log.errors.txt"
  status=1
fi
warnings="$(grep -cE '^.*: warning [A-Z]+[0-9]+: ' "$out/log.validation.txt" || true)"
[ "$warnings" -eq 0 ] || say "Multitool warnings (not failures): $warnings, see ${out#"$root"/}/log.validation.txt"

strict=""
[ "${SARIF_STRICT:-}" = 1 ] && strict=--strict
if ! node "$checks" github "$sarif" $strict >"$out/github.txt"; then status=1; fi
sed 's/^/  /' "$out/github.txt"

say "$([ "$status" -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s (outputs in ${out#"$root"/})"
exit "$status"
