#!/usr/bin/env bash
# cognito-lint and Spectral side by side, on the same files, each in one run (by hand only: it
# installs from npm; never in mvn verify or CI):
#
#   bench/compare-spectral.sh [--files N] [--runs R] [--spectral-dir DIR]
#
# Installs @stoplight/spectral-cli (SPECTRAL_VERSION, default 6.16.3) from npm into a temporary
# folder (or DIR, kept for the next time), makes N files (default 100) of the YAML and JSON
# files of samples/ and ../shared/corpus (Spectral reads no Terraform), and times
#   bin/cognito-lint DIR            and
#   spectral lint -r bench/spectral/ruleset.js 'DIR/**/*.{yaml,yml,json,template}'
# (a ruleset doing comparable checks: the same JSON Schemas, https and fragment-free callbacks,
# logout URLs, client_credentials alone, implicit grant, auth flows), plus both on one template.
# Prints the median wall time of R runs (default 3) of each and the ratio.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

files=100
runs=3
spectral_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --spectral-dir) spectral_dir="$2"; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
  shift
done
command -v npm >/dev/null || die "needs node and npm"
need_gnu_time
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cognito-lint-spectral.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
[ -n "$spectral_dir" ] || spectral_dir="$tmp/spectral"
mkdir -p "$spectral_dir"
spectral="$spectral_dir/node_modules/.bin/spectral"
version="${SPECTRAL_VERSION:-6.16.3}"
if [ ! -x "$spectral" ] || [ "$("$spectral" --version 2>/dev/null)" != "$version" ]; then
  note "installing @stoplight/spectral-cli@$version into $spectral_dir"
  (cd "$spectral_dir" && npm install --no-audit --no-fund --loglevel=error --no-save "@stoplight/spectral-cli@$version" >&2)
fi
# The ruleset requires @stoplight/spectral-functions: it must sit beside that node_modules.
cp "$bench_dir/spectral/ruleset.js" "$spectral_dir/cognito-ruleset.js"
export COGNITO_LINT_SCHEMAS="$root/schemas"

prepare_launcher
note "making $files files (YAML and JSON)"
make_corpus "$files" "$tmp/in"
find "$tmp/in" -name '*.tf' -delete
count="$(find "$tmp/in" -type f | wc -l)"
mkdir -p "$tmp/one"
cp "$root/samples/cloudformation/insecure-web-client.yaml" "$tmp/one/"

# time_both LABEL DIR PATTERN: medians of both tools on the files of DIR
time_both() {
  local label="$1" dir="$2" glob="$3" i c="" s="" line cl_line
  for ((i = 1; i <= runs; i++)); do
    line="$(cd "$dir" && measure "$tmp/cl.out" "$launcher" .)"; c+="${line%% *}"$'\n'
    line="$(cd "$dir" && measure "$tmp/sp.out" "$spectral" lint -r "$spectral_dir/cognito-ruleset.js" \
      --fail-severity=error -f json -o "$tmp/sp.json" "$glob")"; s+="${line%% *}"$'\n'
  done
  local cm sm
  cm="$(printf '%s' "$c" | median)"; sm="$(printf '%s' "$s" | median)"
  cl_line="$(tail -n 1 "$tmp/cl.out")"
  local sp_total sp_parser
  sp_total="$(grep -o '"code":' "$tmp/sp.json" 2>/dev/null | wc -l)"
  sp_parser="$(grep -o '"code": *"parser"' "$tmp/sp.json" 2>/dev/null | wc -l)"
  printf '| %s | %.2f | %.2f | %.1fx | %s | %d results (%d of them parser errors) |\n' "$label" "$cm" "$sm" \
    "$(echo "$sm / $cm" | bc -l)" "$cl_line" "$sp_total" "$sp_parser"
}

echo "## cognito-lint and Spectral $version on the same files"
echo
machine_info
echo "- node: $(node --version); files: YAML and JSON of samples/ and ../shared/corpus (no Terraform)"
echo
echo "| input | cognito-lint (s) | Spectral (s) | Spectral / cognito-lint | cognito-lint found | Spectral found |"
echo "|---|---:|---:|---:|---|---|"
time_both "one template" "$tmp/one" "*.yaml"
time_both "$count files" "$tmp/in" "**/*.{yaml,yml,json,template}"
echo
echo "- median of $runs runs each; load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- Spectral reports every CloudFormation short-form tag (!Ref, !Sub, ...) as an 'Unknown tag' parser error and then checks the bare scalar, so its results include false ones; its time is what matters here."
