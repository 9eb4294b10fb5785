#!/usr/bin/env bash
# README command 1: builds the solution and starts the whole system through the AppHost (which starts
# PostgreSQL and RabbitMQ under .data/ with infra/postgres.sh and infra/rabbitmq.sh, then the services,
# and stops everything on Ctrl+C).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: infra/run.sh [AppHost options...]

Runs infra/install.sh, builds Cloud.sln (Debug), then runs the AppHost with the given options,
e.g. infra/run.sh --seed demo. Stop with Ctrl+C.
USAGE
}

[[ ${1:-} == -h || ${1:-} == --help ]] && { usage; exit 0; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
APPHOST=$ROOT/apphost/Cloud.AppHost/bin/Debug/net10.0/Cloud.AppHost.dll

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
[[ -f $APPHOST ]] || { echo "run.sh: $APPHOST not found after the build" >&2; exit 1; }

cd "$ROOT"
exec dotnet "$APPHOST" "$@"
