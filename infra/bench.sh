#!/usr/bin/env bash
# Runs tests/Cloud.Benchmarks in Release against a throwaway PostgreSQL and RabbitMQ (through infra/test.sh).
set -euo pipefail

if [[ ${1:-} == -h || ${1:-} == --help ]]; then
  cat <<'USAGE'
Usage: infra/bench.sh [BenchmarkDotNet options]      (default: --filter '*')

Every benchmark compares our code path with a baseline measured in the same run; read the Ratio column.
Results (Markdown, CSV) land in BenchmarkDotNet.Artifacts/ under the current folder.
Example: infra/bench.sh --filter '*TenantQuery*'
USAGE
  exit 0
fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
(($#)) || set -- --filter '*'
# test.sh starts PostgreSQL and RabbitMQ, exports CLOUD_* for Cloud.Testing, runs this command, then stops both.
export CLOUD_TEST_CMD='dotnet run -c Release --project "$CLOUD_REPO_ROOT/tests/Cloud.Benchmarks" -- "$@"'
exec "$ROOT/infra/test.sh" "$@"
