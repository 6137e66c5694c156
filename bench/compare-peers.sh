#!/usr/bin/env bash
# cognito-lint, Spectral and (when given) cfn-lint on the same files, interleaved round by round,
# with the JVM floor from the same run (by hand only: it installs Spectral from npm; never in
# mvn verify or CI):
#
#   bench/compare-peers.sh [--files "1 100 1000"] [--runs R] [--spectral-dir DIR]
#
# CFN_LINT    the command that runs cfn-lint (for example "cfn-lint" or "/opt/cfn/bin/cfn-lint");
#             unset, cfn-lint is left out. It is set up by hand, outside the repository.
# Installs @stoplight/spectral-cli (SPECTRAL_VERSION, default 6.16.3) from npm into a temporary
# folder (or DIR, kept for the next time) and runs it with bench/spectral/ruleset.js (comparable
# checks). Each workload of --files (default 1, 100, 1000) is made of the YAML and JSON files of
# samples/ and ../shared/corpus ("1": samples/cloudformation/insecure-web-client.yaml); each
# round runs every tool once on it, and the floor (a hello-world jar with the launcher's JVM
# options) on the one-file workload. Prints medians of R rounds (default 5) and each peer's
# time as a multiple of ours (its median over ours).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

workloads="1 100 1000"
runs=5
spectral_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --files) workloads="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --spectral-dir) spectral_dir="$2"; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
  shift
done
command -v npm >/dev/null || die "needs node and npm"
need_gnu_time
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cognito-lint-peers.XXXXXX")"
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
read -r -a cfn_lint <<<"${CFN_LINT:-}"
if [ "${#cfn_lint[@]}" -gt 0 ]; then
  cfn_version="$("${cfn_lint[@]}" --version 2>&1 | head -n 1)" || die "CFN_LINT=$CFN_LINT does not run"
fi

prepare_launcher
floor_jar="$(make_floor_jar "$tmp/floor")"

# run_tool TOOL DIR OUT: one run of TOOL on the files of DIR; prints "wall_s cpu_s rss_kb rc"
run_tool() {
  local tool="$1" dir="$2" out="$3"
  case "$tool" in
    ours) (cd "$dir" && measure "$out" "$launcher" .) ;;
    spectral) (cd "$dir" && measure "$out" "$spectral" lint -r "$spectral_dir/cognito-ruleset.js" \
      --fail-severity=error -f json -o "$out.json" "**/*.{yaml,yml,json,template}") ;;
    cfn-lint) local -a files
      mapfile -t files < <(cd "$dir" && find . -type f | LC_ALL=C sort)
      (cd "$dir" && measure "$out" "${cfn_lint[@]}" -- "${files[@]}") ;;
    floor) measure "$out" java "${launcher_jvm[@]}" -jar "$floor_jar" ;;
  esac
}

tools=(ours spectral)
[ "${#cfn_lint[@]}" -gt 0 ] && tools+=(cfn-lint)

echo "## cognito-lint and its peers on the same files, interleaved"
echo
machine_info
echo "- Spectral $version (node $(node --version)), bench/spectral/ruleset.js; cfn-lint: ${cfn_version:-not run (CFN_LINT unset)}"
echo "- floor: a hello-world jar with the launcher's JVM options (${launcher_jvm[*]})"
echo "- median of $runs rounds; each round runs every tool once, in turn"
echo
echo "| workload | tool | wall (s) | CPU (s) | peak RSS (MB) | × ours (wall) |"
echo "|---|---|---:|---:|---:|---:|"
for n in $workloads; do
  dir="$tmp/in-$n"
  if [ "$n" = 1 ]; then
    mkdir -p "$dir"
    cp "$root/samples/cloudformation/insecure-web-client.yaml" "$dir/"
    round=("${tools[@]}" floor)
  else
    note "making $n files (YAML and JSON)"
    make_corpus "$n" "$dir"
    find "$dir" -name '*.tf' -delete
    round=("${tools[@]}")
  fi
  declare -A wall=() cpu=() rss=()
  for ((i = 1; i <= runs; i++)); do
    for tool in "${round[@]}"; do
      read -r w c r _ < <(run_tool "$tool" "$dir" "$tmp/$tool.out")
      wall[$tool]+="$w"$'\n'; cpu[$tool]+="$c"$'\n'; rss[$tool]+="$r"$'\n'
    done
  done
  ours_wall="$(printf '%s' "${wall[ours]}" | median)"
  for tool in "${round[@]}"; do
    w="$(printf '%s' "${wall[$tool]}" | median)"
    printf '| %s | %s | %.2f | %.2f | %.0f | %.1f |\n' "$(find "$dir" -type f | wc -l) files" "$tool" "$w" \
      "$(printf '%s' "${cpu[$tool]}" | median)" "$(echo "$(printf '%s' "${rss[$tool]}" | median) / 1024" | bc -l)" \
      "$(echo "$w / $ours_wall" | bc -l)"
  done
  unset wall cpu rss
done
echo
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- Spectral reports every CloudFormation short-form tag (!Ref, !Sub, ...) as an 'Unknown tag' parser error and then checks the bare scalar; cfn-lint checks whole templates, not only app clients, and reports the API documents as templates it cannot read: the times are what is compared."
