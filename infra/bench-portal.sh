#!/usr/bin/env bash
# Portal page loads in a 60,000-member county (run by `infra/bench.sh portal`): starts the whole platform with
# infra/run.sh on free ports and a throwaway data folder, has tests/Cloud.Benchmarks (`portal`) onboard the county, import
# the roster and time 20 loads of member search and of the organization tree in Chromium, then stops the platform (Ctrl+C).
# Prints median and p95; the report also lands in artifacts/bench/portal.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
source "$ROOT/infra/ports.sh"
OUT=$(mktemp -d "${TMPDIR:-/tmp}/cloud-bench-portal.XXXXXX")
RUN_PID=""

stop_platform() {
  if [[ -n $RUN_PID ]] && kill -0 "$RUN_PID" 2>/dev/null; then
    kill -INT -- "-$RUN_PID" 2>/dev/null || true
    for _ in {1..90}; do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$RUN_PID" 2>/dev/null || true
  fi
  rm -rf "$OUT"
}
trap stop_platform EXIT

dotnet build -c Release "$ROOT/tests/Cloud.Benchmarks/Cloud.Benchmarks.csproj" -v quiet -nologo >"$OUT/build.log" || { cat "$OUT/build.log"; exit 1; }

used=()
port() { local p; p=$(free_port "${used[@]}"); used+=("$p"); echo "$p"; }
GATEWAY_PORT=$(port)
export Cloud__DataDirectory="$OUT/data" Cloud__GatewayPort=$GATEWAY_PORT
export Cloud__PostgresPort=$(port) Cloud__RabbitMqPort=$(port) Cloud__IdentityPort=$(port) Cloud__OrganizationsPort=$(port)
export Cloud__MembersPort=$(port) Cloud__ReportingPort=$(port) Cloud__PortalPort=$(port)
export ASPNETCORE_URLS="http://127.0.0.1:$(port)" ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://127.0.0.1:$(port)"
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="http://127.0.0.1:$(port)"

# Its own process group (setsid) with SIGINT at its default (a background job of a script ignores it): Ctrl+C as a person gives it.
env --default-signal=INT setsid bash "$ROOT/infra/run.sh" >"$OUT/run.log" 2>&1 &
RUN_PID=$!
for _ in {1..600}; do
  grep -q "Cloud is ready" "$OUT/run.log" && break
  kill -0 "$RUN_PID" 2>/dev/null || { cat "$OUT/run.log"; exit 1; }
  sleep 1
done
grep -q "Cloud is ready" "$OUT/run.log" || { tail -50 "$OUT/run.log"; echo "bench-portal: the platform was not ready in 10 minutes" >&2; exit 1; }

(cd "$ROOT/tests/Cloud.Benchmarks/bin/Release/net10.0" && dotnet Cloud.Benchmarks.dll portal "http://127.0.0.1:$GATEWAY_PORT" "$OUT/data")
