#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml for real: a throwaway git repository whose .pre-commit-config.yaml
# points `repo:` at this checkout and `rev:` at its HEAD commit, then `pre-commit run` on a bad and
# a good template. pre-commit clones the checkout (so only committed changes are tested) and the
# hook builds the jar there with Maven, as it does for a user.
#
# Needs: pre-commit on PATH (Debian: apt-get install -y pre-commit), git, Java 17+, Maven. Works
# offline once the local Maven repository (~/.m2) holds the build's dependencies, i.e. after any
# `mvn package` of this project. Leaves nothing behind (PRE_COMMIT_HOME is a temporary folder).
#
# Usage: scripts/test-pre-commit.sh            exit 0 when every check passes
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

command -v pre-commit >/dev/null || { echo "test-pre-commit: pre-commit not found (Debian: apt-get install -y pre-commit)" >&2; exit 2; }
command -v git >/dev/null || { echo "test-pre-commit: git not found" >&2; exit 2; }
rev="$(git -C "$root" rev-parse HEAD)"
if ! git -C "$root" diff --quiet HEAD -- .pre-commit-hooks.yaml bin/ 2>/dev/null; then
  echo "test-pre-commit: note: .pre-commit-hooks.yaml or bin/ has uncommitted changes; pre-commit tests the commit $rev" >&2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
# Keep the user's git configuration (hooks paths, templates, signing) out of the throwaway repo.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export PRE_COMMIT_COLOR=never

repo="$tmp/repo"
mkdir -p "$repo/infra" "$repo/docs"
git -C "$repo" init -q
cat >"$repo/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: cognito-lint
EOF
cat >"$repo/infra/bad.yaml" <<'EOF'
Resources:
  UserPool:
    Type: AWS::Cognito::UserPool
  WebClient:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: !Ref UserPool
      AllowedOAuthFlowsUserPoolClient: true
      AllowedOAuthFlows: [code]
      AllowedOAuthScopes: [openid]
      SupportedIdentityProviders: [COGNITO]
      CallbackURLs:
        - http://app.example.com/callback
EOF
cat >"$repo/infra/good.yaml" <<'EOF'
Resources:
  UserPool:
    Type: AWS::Cognito::UserPool
  WebClient:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: !Ref UserPool
      AllowedOAuthFlowsUserPoolClient: true
      AllowedOAuthFlows: [code]
      AllowedOAuthScopes: [openid]
      SupportedIdentityProviders: [COGNITO]
      CallbackURLs:
        - https://app.example.com/callback
      ExplicitAuthFlows: [ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH]
      PreventUserExistenceErrors: ENABLED
      EnableTokenRevocation: true
      WriteAttributes: [name]
EOF
# The same bad client in a file the hook's `files` pattern does not match: never linted.
cp "$repo/infra/bad.yaml" "$repo/docs/bad-client.txt"
git -C "$repo" add -A

# An attacker's commit: files named like options (each holding the bad client), an @file of options
# and a configuration that turns everything off. Read as options, they would make the hook pass.
attack="$tmp/attack"
mkdir -p "$attack/infra"
git -C "$attack" init -q
cp "$repo/.pre-commit-config.yaml" "$attack/"
cp "$repo/infra/bad.yaml" "$attack/infra/"
attack_names=(--plugin=x.json --config=evil.yaml @args.yaml -bad.yaml --fail-level=none.yaml)
for name in "${attack_names[@]}"; do cp "$repo/infra/bad.yaml" "$attack/$name"; done
printf 'failLevel: none\nrules: {CL201: "off"}\n' >"$attack/evil.yaml"
printf -- '--fail-level\nnone\n' >"$attack/args.yaml"   # what an expanded @args.yaml would read
git -C "$attack" add -A
# The quiet form of the attack: one file named like --config, which alone would turn the hook green.
quiet="$tmp/quiet-attack"
mkdir -p "$quiet/infra"
git -C "$quiet" init -q
cp "$repo/.pre-commit-config.yaml" "$attack/evil.yaml" "$quiet/"
cp "$repo/infra/bad.yaml" "$quiet/infra/"
cp "$repo/infra/bad.yaml" "$quiet/--config=evil.yaml"
git -C "$quiet" add -A

# A hook configured with `args:`: they come after the entry's "--", so they are paths.
with_args="$tmp/with-args"
mkdir -p "$with_args/infra"
git -C "$with_args" init -q
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: cognito-lint\n        args: [--fail-level, none]\n' \
  "$root" "$rev" >"$with_args/.pre-commit-config.yaml"
cp "$repo/infra/bad.yaml" "$with_args/infra/"
git -C "$with_args" add -A

failures=0
check() { # check DESCRIPTION CONDITION...
  local what="$1"; shift
  if "$@"; then echo "ok:   $what"; else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
run() { # run NAME ARGS...: pre-commit run in the throwaway repo $in (default $repo); output in $tmp/NAME.out, exit code in $tmp/NAME.rc
  local name="$1"; shift
  local rc=0
  (cd "${in:-$repo}" && pre-commit run "$@") >"$tmp/$name.out" 2>&1 || rc=$?
  echo "$rc" >"$tmp/$name.rc"
  sed "s/^/  $name| /" "$tmp/$name.out"
}
finding='^infra/bad\.yaml:13:11: error: CallbackURLs\[0\]: .http://app\.example\.com/callback. uses http; .*\[CL201 callback-url-https\]$'

echo "test-pre-commit: hook repo $root at $rev"
run bad --files infra/bad.yaml
check "bad file: non-zero exit" test "$(cat "$tmp/bad.rc")" -ne 0
check "bad file: the CL201 finding line" grep -Eq "$finding" "$tmp/bad.out"
check "bad file: the hook failed (not a pre-commit error)" grep -Eq '^cognito-lint\.+Failed$' "$tmp/bad.out"

run good --files infra/good.yaml
check "good file: exit 0" test "$(cat "$tmp/good.rc")" -eq 0
check "good file: the hook passed" grep -Eq '^cognito-lint\.+Passed$' "$tmp/good.out"

run all --all-files
check "all files: non-zero exit" test "$(cat "$tmp/all.rc")" -ne 0
check "all files: the CL201 finding line" grep -Eq "$finding" "$tmp/all.out"
check "all files: nothing about good.yaml" bash -c '! grep -q "good\.yaml:" "$1"' _ "$tmp/all.out"
check "all files: docs/bad-client.txt not linted (files pattern)" bash -c '! grep -q "bad-client\.txt" "$1"' _ "$tmp/all.out"

in="$attack" run attack --all-files
check "files named like options: non-zero exit" test "$(cat "$tmp/attack.rc")" -ne 0
check "files named like options: the hook failed" grep -Eq '^cognito-lint\.+Failed$' "$tmp/attack.out"
for name in "${attack_names[@]}"; do
  check "file '$name' linted as a path" grep -Fq -- "$name:13:11: error: CallbackURLs[0]: 'http://app.example.com/callback' uses http" "$tmp/attack.out"
done
check "files named like options: infra/bad.yaml still fails" grep -Eq "$finding" "$tmp/attack.out"

in="$quiet" run quiet --all-files
check "a file named --config=evil.yaml: the hook failed" grep -Eq '^cognito-lint\.+Failed$' "$tmp/quiet.out"
check "a file named --config=evil.yaml: infra/bad.yaml's finding" grep -Eq "$finding" "$tmp/quiet.out"

in="$with_args" run with-args --all-files
check "args: in the hook: exit 2" grep -Eq '^- exit code: 2$' "$tmp/with-args.out"
check "args: in the hook: says where options go" grep -Fq -- "--fail-level: no such file or directory; everything after -- is a path, not an option (the pre-commit hook takes its options from .cognito-lint.yaml)" "$tmp/with-args.out"

# Suppression directives inside values are text, not comments: the hook still fails on them.
cat >"$repo/infra/value-directive.json" <<'EOF'
{"UserPoolId": "us-east-1_EXAMPLE1", "ClientName": "web", "AllowedOAuthFlowsUserPoolClient": true,
 "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid"], "SupportedIdentityProviders": ["COGNITO"],
 "CallbackURLs": ["http://evil.example.com/cb#cognito-lint:disable=CL201,CL202--ok"],
 "AnalyticsConfiguration": {"ExternalId": "# cognito-lint: disable-file=CL201,CL202"}}
EOF
git -C "$repo" add -A
run values --files infra/value-directive.json
check "directives in values: non-zero exit" test "$(cat "$tmp/values.rc")" -ne 0
check "directives in values: CL201 and CL202 reported" bash -c 'grep -q "^infra/value-directive\.json:3:19: error: .*\[CL201 " "$1" && grep -q "\[CL202 " "$1"' _ "$tmp/values.out"

# The `language: system` hook, as a user of the archive has it: the `cognito-lint` on PATH is the
# launcher of the unpacked archive in target/dist/ when `mvn -Pdist package` made one, else this
# checkout's bin/cognito-lint.
test_system_hook() {
  local sysrepo="$tmp/system-repo" installed
  installed="$(echo "$root"/target/dist/cognito-lint-*/bin/cognito-lint)"
  [ -x "$installed" ] || installed="$root/bin/cognito-lint"
  echo "test-pre-commit: cognito-lint-system hook, with $installed as the installed cognito-lint"
  mkdir -p "$tmp/installed" "$sysrepo/infra"
  ln -s "$installed" "$tmp/installed/cognito-lint"
  git -C "$sysrepo" init -q
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: cognito-lint-system\n' "$root" "$rev" >"$sysrepo/.pre-commit-config.yaml"
  cp "$repo/infra/bad.yaml" "$repo/infra/good.yaml" "$sysrepo/infra/"
  git -C "$sysrepo" add -A
  PATH="$tmp/installed:$PATH" in="$sysrepo" run system-bad --files infra/bad.yaml
  check "system hook, bad file: non-zero exit" test "$(cat "$tmp/system-bad.rc")" -ne 0
  check "system hook, bad file: the CL201 finding line" grep -Eq "$finding" "$tmp/system-bad.out"
  check "system hook, bad file: the hook failed" grep -Eq '^cognito-lint\.+Failed$' "$tmp/system-bad.out"
  PATH="$tmp/installed:$PATH" in="$sysrepo" run system-good --files infra/good.yaml
  check "system hook, good file: exit 0" test "$(cat "$tmp/system-good.rc")" -eq 0
  check "system hook, good file: the hook passed" grep -Eq '^cognito-lint\.+Passed$' "$tmp/system-good.out"
}
test_system_hook

if [ "$failures" -ne 0 ]; then
  echo "test-pre-commit: $failures check(s) failed"
  exit 1
fi
echo "test-pre-commit: all checks passed"
