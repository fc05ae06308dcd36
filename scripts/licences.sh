#!/usr/bin/env bash
# Licences of every NuGet package (transitive included) and npm package: writes docs/licences.md.
#   bash scripts/licences.sh           write docs/licences.md (and name any licence that is not allowed)
#   bash scripts/licences.sh --check   only check: exit 1 when a licence is neither allowed nor a reviewed exception
#                                      (scripts/licence-exceptions.txt). Needs a restored solution (after the build).
set -euo pipefail
cd "$(dirname "$0")/.."
json=$(mktemp)
trap 'rm -f "$json"' EXIT
dotnet restore Corridor.slnx -nologo -v q >/dev/null
dotnet list Corridor.slnx package --include-transitive --format json > "$json"
node scripts/licences.mjs "$json" "$@"
