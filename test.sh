#!/usr/bin/env bash
# Runs every check on a fresh machine: installs Azurite (npm), checks the Bicep template, builds and runs all test projects.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --no-audit --no-fund --loglevel=error
# Bicep CLI from NuGet; compile and lint infra/ with zero warnings.
bash infra/scripts/check-bicep.sh
dotnet build MiningFunctions.sln -c Release --nologo -v minimal

log=$(mktemp)
status=0
dotnet test MiningFunctions.sln -c Release --no-build --nologo -v minimal 2>&1 | tee "$log" || status=$?
# One closing line over all test assemblies.
awk '/(Passed|Failed)! +-/ { for (i = 1; i < NF; i++) { if ($i == "Passed:") p += $(i + 1); if ($i == "Failed:") f += $(i + 1); if ($i == "Skipped:") s += $(i + 1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
