#!/usr/bin/env bash
# Tests the CDK validation plugin in integrations/cdk/: installs its npm packages when missing
# (aws-cdk-lib, constructs, typescript, at the versions of its package-lock.json: the only network
# use), compiles it, and synthesizes the small CDK apps of integrations/cdk/test/ with node (no AWS
# account or credentials), which run this checkout's bin/cognito-lint (it builds the jar with Maven
# when the jar is missing or stale).
#
# Needs: node 18+ and npm, Java 17+ (and Maven when the jar must be built).
# Usage: scripts/test-cdk.sh      exit 0 when every test passes
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/integrations/cdk"
start=$SECONDS
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npx --no-install tsc
node --test test/
echo "test-cdk: $((SECONDS - start)) s"
