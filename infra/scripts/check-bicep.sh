#!/usr/bin/env bash
# Compiles and lints the infrastructure (infra/main.bicep and infra/main.bicepparam) with the
# linter rules of infra/bicepconfig.json. Any diagnostic, warning or error, fails the run:
# bicep exits 0 on warnings, so its output is the verdict.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bicep="$(bash "$root/infra/scripts/install-bicep.sh")"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

failed=0
run() {
  local diagnostics
  if ! diagnostics="$("$bicep" "$@" 2>&1)"; then
    failed=1
  fi
  if [[ -n "$diagnostics" ]]; then
    echo "$diagnostics" >&2
    failed=1
  fi
}

run build "$root/infra/main.bicep" --outdir "$out"
run build-params "$root/infra/main.bicepparam" --outdir "$out"
run lint "$root/infra/main.bicep"

if [[ "$failed" -ne 0 ]]; then
  echo "check-bicep: bicep reported diagnostics; fix every warning and error above" >&2
  exit 1
fi
echo "check-bicep: infra/main.bicep builds and lints clean"
