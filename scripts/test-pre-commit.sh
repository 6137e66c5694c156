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
