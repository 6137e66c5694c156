#!/usr/bin/env bash
# The benchmark (not a test; run by hand, never in mvn verify or CI):
#
#   bench/run.sh [--quick] [--runs R] [--sizes "1 100 10000"] [--keep] [--out FILE]
#
# Builds the jar if needed, makes corpora of N files under a temporary folder (copies of samples/
# and, when ../shared is there, of the real templates in ../shared/corpus), runs bin/cognito-lint
# on each the way a user does, and prints wall time, files/s and peak RSS as Markdown:
#   - one typical template (samples/cloudformation/web-client.yaml): median of R runs (default 5),
#     through the launcher with its class archive, without it (COGNITO_LINT_CDS=0), as plain
#     `java -jar` (what the launcher did before), and the first run after a build (which also
#     writes the archive);
#   - N = 100 and 10,000 files of the mixed corpus, and 10,000 samples only: median of 3 runs;
#   - linearity: generated CloudFormation templates of 0.25 to 2 MB (many app clients).
# --quick: one run each, N = 1 and 100 only. Wall time comes from the shell clock; for the
# one-file runs hyperfine's median is shown beside it when hyperfine is installed (apt-get install
# hyperfine); peak RSS and CPU from GNU time (installed with apt-get when missing). On a shared
# machine, `nice -n -20 bench/run.sh` (as root) keeps other jobs from skewing the figures.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs=5
big_runs=3
sizes="1 100 10000"
keep=0
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) runs=1; big_runs=1; sizes="1 100" ;;
    --runs) runs="$2"; shift ;;
    --sizes) sizes="$2"; shift ;;
    --keep) keep=1 ;;
    --out) out="$2"; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
  shift
done

need_gnu_time
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cognito-lint-bench.XXXXXX")"
if [ "$keep" = 1 ]; then note "keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
[ -n "$out" ] && exec > >(tee "$out")

note "preparing the launcher (build if needed, class archive)"
prepare_launcher

echo "## cognito-lint benchmark"
echo
machine_info
if [ -d "$shared/corpus" ]; then
  echo "- corpus: samples/ and $(find "$shared/corpus" -type f ! -name MANIFEST.tsv | wc -l) files of ../shared/corpus, taken in turn"
else
  echo "- corpus: samples/ only (../shared is absent)"
fi
echo

# series LABEL RUNS CMD...: prints "median_wall min_wall median_cpu max_rss rc"
series() {
  local label="$1" n="$2"; shift 2
  local i walls="" cpus="" rss=0 rc=0 line
  label="${label//[^A-Za-z0-9_-]/_}"
  for ((i = 1; i <= n; i++)); do
    line="$(measure "$tmp/out.$label" "$@")"
    read -r w c r code <<<"$line"
    walls+="$w"$'\n'; cpus+="$c"$'\n'
    [ "$r" -gt "$rss" ] && rss="$r"
    rc="$code"
  done
  printf '%s %s %s %s %s\n' "$(printf '%s' "$walls" | median)" "$(printf '%s' "$walls" | minimum)" \
    "$(printf '%s' "$cpus" | median)" "$rss" "$rc"
}

hyperfine_median() {  # hyperfine_median RUNS CMD...: median wall in seconds, or nothing
  command -v hyperfine >/dev/null || return 0
  local n="$1"; shift
  local cmd="" a
  for a in "$@"; do cmd+="$(printf '%q ' "$a")"; done
  hyperfine -N --warmup 1 --runs "$n" -i --export-json "$tmp/hf.json" "$cmd" >/dev/null 2>&1 || \
    hyperfine --warmup 1 --runs "$n" -i --export-json "$tmp/hf.json" "$cmd" >/dev/null 2>&1 || return 0
  sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' "$tmp/hf.json" | head -n 1
}

# --- one file --------------------------------------------------------------------------------------
mkdir -p "$tmp/one"
cp "$root/samples/cloudformation/web-client.yaml" "$tmp/one/web-client.yaml"
echo "### One typical template, end to end (target: <= 0.25 s wall, median of $runs)"
echo
echo "| how | median wall (s) | min wall (s) | hyperfine median (s) | CPU user+sys (s) | peak RSS (MB) |"
echo "|---|---:|---:|---:|---:|---:|"
row_one() {
  local label="$1"; shift
  local hf
  read -r med min cpu rss rc < <(series "$label" "$runs" "$@")
  hf="$(hyperfine_median "$runs" "$@")"
  [ -n "$hf" ] && hf="$(printf '%.3f' "$hf")" || hf="-"
  printf '| %s | %.3f | %.3f | %s | %.3f | %.0f |\n' "$label" "$med" "$min" "$hf" "$cpu" "$((rss / 1024))"
}
(cd "$tmp/one" && row_one "bin/cognito-lint (with its class archive)" "$launcher" web-client.yaml)
(cd "$tmp/one" && row_one "bin/cognito-lint, COGNITO_LINT_CDS=0" env COGNITO_LINT_CDS=0 "$launcher" web-client.yaml)
(cd "$tmp/one" && row_one "java -jar (the launcher before)" java -jar "$jar" web-client.yaml)
# The first run after a build: the user's run plus the training run that writes the archive.
cds_backup="$tmp/cds-backup"
if [ -d "$root/target/cds" ]; then mv "$root/target/cds" "$cds_backup"; fi
read -r w c r code < <(cd "$tmp/one" && measure "$tmp/out.first" "$launcher" web-client.yaml)
printf '| first run after a build (writes the archive; one run) | %.3f | | | %.3f | %.0f |\n' "$w" "$c" "$((r / 1024))"
if [ -d "$cds_backup" ]; then rm -rf "$root/target/cds"; mv "$cds_backup" "$root/target/cds"; fi
echo

# --- many files ------------------------------------------------------------------------------------
[ "$(echo "$sizes" | tr ' ' '\n' | grep -cvx 1)" -gt 0 ] && {
echo "### Many files in one run (targets: >= 2,000 files/s; peak RSS <= 512 MB at 10,000)"
echo
echo "| corpus | files | median wall (s) | files/s | CPU user+sys (s) | peak RSS (MB) | findings |"
echo "|---|---:|---:|---:|---:|---:|---|"
for n in $sizes; do
  [ "$n" = 1 ] && continue
  for kind in mixed samples; do
    [ "$kind" = samples ] && [ "$n" != 10000 ] && continue
    [ "$kind" = mixed ] && [ ! -d "$shared/corpus" ] && [ "$n" = 10000 ] && continue
    dir="$tmp/corpus-$kind-$n"
    note "making $n files ($kind)"
    make_corpus "$n" "$dir" "$kind"
    files="$(find "$dir" -type f | wc -l)"
    bytes="$(du -sb "$dir" | cut -f1)"
    read -r med min cpu rss rc < <(cd "$dir" && series "$kind-$n" "$big_runs" "$launcher" .)
    summary="$(tail -n 1 "$tmp/out.$kind-$n")"
    printf '| %s (%.1f MB) | %d | %.2f | %.0f | %.2f | %.0f | %s |\n' "$kind" "$(echo "$bytes / 1048576" | bc -l)" \
      "$files" "$med" "$(echo "$files / $med" | bc -l)" "$cpu" "$((rss / 1024))" "$summary"
    rm -rf "$dir"
  done
done
echo
}

# --- linearity -------------------------------------------------------------------------------------
echo "### Cost against input size: one generated template (target: 1 MB <= 1 s)"
echo
echo "| template | app clients | median wall (s) | s per MB beyond a 1-file run | peak RSS (MB) |"
echo "|---|---:|---:|---:|---:|"
base="$(cd "$tmp/one" && series base "$big_runs" "$launcher" web-client.yaml | cut -d' ' -f1)"
for kb in 256 512 1024 2048; do
  f="$tmp/big-$kb.yaml"
  make_big_template "$f" $((kb * 1024))
  clients="$(grep -c 'Type: AWS::Cognito::UserPoolClient' "$f")"
  read -r med min cpu rss rc < <(cd "$tmp" && series "big-$kb" "$big_runs" "$launcher" "big-$kb.yaml")
  printf '| %s KB | %d | %.3f | %.3f | %.0f |\n' "$(( $(wc -c <"$f") / 1024 ))" "$clients" "$med" \
    "$(echo "($med - $base) / ($(wc -c <"$f") / 1048576)" | bc -l)" "$((rss / 1024))"
done
echo
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
