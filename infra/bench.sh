#!/usr/bin/env bash
# Runs tests/Cloud.Benchmarks in Release against a throwaway PostgreSQL and RabbitMQ (through infra/test.sh).
set -euo pipefail

if [[ ${1:-} == -h || ${1:-} == --help ]]; then
  cat <<'USAGE'
Usage: infra/bench.sh [BenchmarkDotNet options]      (default: --filter '*')
       infra/bench.sh gateway                         (the gateway hop with wrk: infra/bench-gateway.sh)
       infra/bench.sh portal                          (Portal page loads in a 60,000-member county: infra/bench-portal.sh)

Every benchmark compares our code path with a baseline measured in the same run; read the Ratio column.
Results (Markdown, CSV) land in BenchmarkDotNet.Artifacts/ under the current folder.
Example: infra/bench.sh --filter '*TenantQuery*'
USAGE
  exit 0
fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
if [[ ${1:-} == gateway ]]; then
  # wrk (Debian) drives the gateway-hop comparison; its servers need RabbitMQ's address from test.sh.
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  export CLOUD_TEST_CMD='"$CLOUD_REPO_ROOT/infra/bench-gateway.sh"'
  exec "$ROOT/infra/test.sh"
fi
if [[ ${1:-} == portal ]]; then
  # The whole platform through infra/run.sh (its own PostgreSQL and RabbitMQ), driven by Chromium.
  "$ROOT/infra/install.sh" --browser
  exec "$ROOT/infra/bench-portal.sh"
fi
(($#)) || set -- --filter '*'
# test.sh starts PostgreSQL and RabbitMQ, exports CLOUD_* for Cloud.Testing, runs this command, then stops both.
export CLOUD_TEST_CMD='dotnet run -c Release --project "$CLOUD_REPO_ROOT/tests/Cloud.Benchmarks" -- "$@"'
exec "$ROOT/infra/test.sh" "$@"
