#!/usr/bin/env bash
# Regenerates schemas/*.schema.json from model/ and runs every test; with a botocore checkout (or its
# cognito-idp service-2.json) first refreshes model/cognito-idp-app-client.json from it and prints
# what changed. See README "Updating the AWS model".
#
#   scripts/update-aws-model.sh                      # after editing model/ by hand
#   scripts/update-aws-model.sh ~/src/botocore       # refresh from a botocore checkout (git log dates it)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
relative=botocore/data/cognito-idp/2016-04-18/service-2.json
if [[ $# -gt 0 ]]; then
  if [[ -d $1 ]]; then
    file=$(cd "$1" && pwd)/$relative
    commit=$(git -C "$1" log -1 --format=%H -- "$relative")
    date=$(git -C "$1" log -1 --format=%cs -- "$relative")
  else
    file=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
    commit=${BOTOCORE_COMMIT:-unknown}
    date=${MODEL_DATE:?"a service-2.json outside a checkout needs MODEL_DATE=YYYY-MM-DD (the day it last changed)"}
  fi
  [[ -f $file ]] || { echo "update-aws-model: no $file" >&2; exit 2; }
  mvn -B -q test -Dtest=ModelRefreshTest -Dbotocore.model="$file" -Dbotocore.commit="$commit" -Dbotocore.date="$date"
fi
mvn -B -q test -Dtest=GeneratedSchemasTest -Dschemas.update=true
git --no-pager diff --stat -- model schemas
mvn -B -q verify
