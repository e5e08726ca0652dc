#!/usr/bin/env bash
# Installs the Bicep CLI from NuGet and prints the path of the bicep binary on stdout.
# The package (Azure.Bicep.CommandLine.linux-x64) and its version are pinned in
# Directory.Packages.props and referenced by tests/Mining.Infra.Tests, whose restore puts the
# binary in the NuGet cache and whose evaluation exposes it as $(BicepPath). Needs only the
# .NET SDK and the NuGet feed (or a warm cache): no other download. linux-x64 only.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
project="$root/tests/Mining.Infra.Tests/Mining.Infra.Tests.csproj"

dotnet restore "$project" --nologo -v quiet >&2
bicep="$(dotnet msbuild "$project" -nologo -getProperty:BicepPath)"
if [[ -z "$bicep" || ! -f "$bicep" ]]; then
  echo "install-bicep: the Bicep CLI was not found after restore (BicepPath='$bicep')" >&2
  exit 1
fi
# NuGet extracts files with the modes the package recorded; make sure the binary can run.
chmod +x "$bicep"
"$bicep" --version >&2
echo "$bicep"
