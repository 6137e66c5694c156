#!/usr/bin/env bash
# Builds editors/vscode/cognito-lint-<version>.vsix holding target/cognito-lint.jar: type-checks and
# compiles the client, packages it with @vscode/vsce and checks that `vsce ls` lists the jar.
# Needs Node 20+ and the jar (mvn -B package); offline once `npm ci` has run here.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
jar=../../target/cognito-lint.jar
[[ -f $jar ]] || { echo "build.sh: $jar is missing: run mvn -B package first" >&2; exit 1; }
[[ -d node_modules ]] || npm ci --no-audit --no-fund
mkdir -p server
cp "$jar" server/cognito-lint.jar
npx tsc -p .
npx vsce ls | grep -qx 'server/cognito-lint.jar' || { echo "build.sh: vsce ls does not list server/cognito-lint.jar" >&2; exit 1; }
npx vsce package --allow-missing-repository --skip-license 2>&1 | tail -1
