#!/usr/bin/env bash
# README command 1: installs what is missing, builds the solution and runs the .NET Aspire AppHost, which starts
# PostgreSQL and RabbitMQ under .data/, the migrations, every service, the gateway and the demo seed, with the Aspire
# dashboard (traces, logs, metrics) for the ops view. Ctrl+C stops everything.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: infra/run.sh [--seed demo]

Runs infra/install.sh, builds Cloud.sln (Debug), then the Aspire AppHost (apphost/Cloud.AppHost). The first start seeds the demo county 610304; --seed demo seeds its organizations again (what exists is
kept). Prints the gateway, sign-in and dashboard URLs when ready. Stop with Ctrl+C.

Ports and the data folder are in apphost/Cloud.AppHost/appsettings.json ("Cloud" section); override one with e.g.
Cloud__GatewayPort=28000. The dashboard listens on http://127.0.0.1:18888 (OTLP on 18889); see apphost/Cloud.AppHost/LocalDefaults.cs to
move it (ASPNETCORE_URLS, ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL, ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL).
USAGE
}

[[ ${1:-} == -h || ${1:-} == --help ]] && { usage; exit 0; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

"$ROOT/infra/install.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MASSTRANSIT_USAGE_TELEMETRY=false

[[ -f $ROOT/Cloud.sln ]] || { echo "run.sh: $ROOT/Cloud.sln not found" >&2; exit 1; }
echo "run.sh: building Cloud.sln..."
# UseSharedCompilation: the machine turns the compiler server off by default; with it the build is ~3x faster.
build_rc=0
dotnet build "$ROOT/Cloud.sln" -c Debug -nologo -v q -p:UseSharedCompilation=true || build_rc=$?
# Do not leave the compiler server and MSBuild worker nodes running behind the AppHost (they would
# outlive it, and keep the terminal's or CI's output pipe open).
dotnet build-server shutdown >/dev/null 2>&1 || true
((build_rc == 0)) || { echo "run.sh: build failed" >&2; exit "$build_rc"; }

cd "$ROOT"
# exec: Ctrl+C (SIGINT to the terminal's process group) reaches the AppHost directly; it stops every resource
# (DCP sends them SIGTERM; the infra scripts turn it into each server's clean shutdown).
exec dotnet "$ROOT/apphost/Cloud.AppHost/bin/Debug/net10.0/Cloud.AppHost.dll" "$@"
