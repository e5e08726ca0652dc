#!/usr/bin/env bash
# Runs every check on a fresh machine: installs Azurite (npm), restores, builds and runs all test projects.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --no-audit --no-fund --loglevel=error
# Bicep CLI from NuGet; compile and lint infra/ with zero warnings.
bash infra/scripts/check-bicep.sh
dotnet build MiningFunctions.sln -c Release --nologo -v minimal
dotnet test MiningFunctions.sln -c Release --no-build --nologo -v minimal
