#!/usr/bin/env sh
# ASK CLI's custom build flow: `ask deploy` runs `hooks/build.sh <zip to write> <debug>` from the
# project root and uploads the zip it writes. It holds what `sam build` packages for each function
# of template.yaml (`make build-<Function>`), in one zip: the cfn-deployer uploads one per deploy.
set -eu
out="$1"
root=$(cd "$(dirname "$0")/.." && pwd)
artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT
for function in $(sed -n 's/^  \([A-Za-z]*Function\):$/\1/p' "$root/template.yaml"); do
    make -s -C "$root" "build-$function" ARTIFACTS_DIR="$artifacts"
done
python3 "$root/tools/zip_dir.py" "$artifacts" "$out"
