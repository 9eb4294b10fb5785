#!/usr/bin/env bash
# README command 2: runs the whole test suite against a throw-away PostgreSQL + RabbitMQ.
# Everything lives in a temp folder that is removed, with the servers stopped, whatever happens
# (success, failure, Ctrl+C, SIGTERM).
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/test.sh [dotnet test options...]

Runs infra/install.sh, starts a private PostgreSQL (CLOUD_PG_FAST=1) and RabbitMQ in a temp folder on
free ports (in the background, while `dotnet build Cloud.sln` runs), then
`dotnet test Cloud.sln --no-build` with the given options (e.g. --filter Category=Fast, -c Release),
then stops everything and removes the temp folder. Exit status: that of dotnet test (or of the build).
The last line is "N passed, N failed", counted from the TRX files (omitted when there are none).

Exported to the tests:
  CLOUD_PG_HOST=127.0.0.1  CLOUD_PG_PORT  CLOUD_DB_PASSWORD  CLOUD_AMQP_URL=amqp://guest:guest@127.0.0.1:PORT/
  CLOUD_REPO_ROOT  CLOUD_TEST_TMP (scratch folder, removed afterwards; PostgreSQL/RabbitMQ nodes that tests
  start under it with infra/*.sh are stopped afterwards)  CLOUD_TEST_RESULTS (TRX folder)
  MASSTRANSIT_USAGE_TELEMETRY=false  DOTNET_CLI_TELEMETRY_OPTOUT=1

Environment:
  CLOUD_TEST_CMD   run this shell command instead of build + dotnet test (with the options as "$@"),
                   e.g. CLOUD_TEST_CMD='dotnet test tests/Foo/Foo.csproj "$@"' infra/test.sh --filter X
  CLOUD_DB_PASSWORD  password of the service roles (default cloud-dev)
EOF
}

[[ ${1:-} == -h || ${1:-} == --help ]] && { usage; exit 0; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
started_ns=$(date +%s%N)

# --browser: the platform test takes screenshots of the dashboard with Debian's Chromium.
"$ROOT/infra/install.sh" --browser

TMP=$(mktemp -d "${TMPDIR:-/tmp}/cloud-test.XXXXXX")
CHILD=""        # the build / test command running now (killed with its whole process tree on a signal)
START_JOBS=()   # background `postgres.sh start` / `rabbitmq.sh start`
USED_DOTNET=0
CLEANED=0

# kill_tree PID...: TERM the given processes and all their descendants; KILL what is left after 5 s.
kill_tree() {
  local pids pid
  pids=$(ps -eo pid=,ppid= | awk -v roots=" $* " '
    { parent[$1] = $2 }
    END {
      for (p in parent) if (index(roots, " " p " ")) sel[p] = 1
      do { changed = 0; for (p in parent) if ((parent[p] in sel) && !(p in sel)) { sel[p] = 1; changed = 1 } } while (changed)
      for (p in sel) print p
    }')
  [[ -n $pids ]] || return 0
  for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in {1..50}; do
    pids=$(for pid in $pids; do if [[ -d /proc/$pid ]]; then echo "$pid"; fi; done)
    [[ -n $pids ]] || return 0
    sleep 0.1
  done
  for pid in $pids; do kill -KILL "$pid" 2>/dev/null || true; done
}

cleanup() {
  ((CLEANED)) && return 0
  CLEANED=1
  set +e   # best effort: one failing step must not skip the others
  # The build/test command, and interrupted `start`s with everything they began (initdb, pg_ctl, epmd,
  # the node), as whole trees. The stop commands below then take down whatever got registered.
  # shellcheck disable=SC2086
  kill_tree $CHILD "${START_JOBS[@]}"
  local job d
  for job in "${START_JOBS[@]}"; do wait "$job" 2>/dev/null; done
  # Our nodes, and any that tests started under CLOUD_TEST_TMP. (stdin from /dev/null: rabbitmqctl
  # would otherwise swallow the rest of a list read from stdin.)
  local rabbit_dirs pg_dirs
  mapfile -t rabbit_dirs < <(find "$TMP" -maxdepth 4 -name ports.env -printf '%h\n' 2>/dev/null)
  mapfile -t pg_dirs < <(find "$TMP" -maxdepth 5 -path '*/data/PG_VERSION' -printf '%h\n' 2>/dev/null)
  for d in "${rabbit_dirs[@]}"; do "$ROOT/infra/rabbitmq.sh" stop "$d" </dev/null || true; done
  for d in "${pg_dirs[@]}"; do "$ROOT/infra/postgres.sh" stop "${d%/data}" </dev/null || true; done
  # The compiler server and MSBuild worker nodes would otherwise outlive the run (and keep CI's pipes open).
  if ((USED_DOTNET)); then dotnet build-server shutdown >/dev/null 2>&1 || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# run_child CMD...: run in the background and wait, so that a signal is handled at once (bash runs traps
# only between commands) and cleanup can kill the command's whole tree.
run_child() {
  local rc=0
  "$@" &
  CHILD=$!
  wait "$CHILD" || rc=$?
  CHILD=""
  return "$rc"
}

# Free ports below the kernel's ephemeral range (an outgoing connection cannot be holding them).
source "$ROOT/infra/ports.sh"

PG_PORT=$(free_port)
AMQP_PORT=$(free_port "$PG_PORT")
export CLOUD_DB_PASSWORD=${CLOUD_DB_PASSWORD:-cloud-dev}
mkdir -p "$TMP/work" "$TMP/results"

echo "test.sh: starting PostgreSQL on 127.0.0.1:$PG_PORT and RabbitMQ on 127.0.0.1:$AMQP_PORT (temp folder $TMP)"
# The service databases, and the one Cloud.Persistence.Tests keeps its own small context in (not a service's).
CLOUD_DATABASES="$(sed -e 's/#.*//' "$ROOT/infra/databases") persistence_tests" \
  CLOUD_PG_FAST=1 "$ROOT/infra/postgres.sh" start "$TMP/postgres" "$PG_PORT" >"$TMP/postgres-start.log" 2>&1 &
START_JOBS+=($!)
"$ROOT/infra/rabbitmq.sh" start "$TMP/rabbitmq" "$AMQP_PORT" >"$TMP/rabbitmq-start.log" 2>&1 &
START_JOBS+=($!)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The configuration of the build must match the one `dotnet test --no-build` looks for.
CONFIG=Debug
CONFIG_GIVEN=0
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
    -c|--configuration) CONFIG=${args[i + 1]:-Debug}; CONFIG_GIVEN=1 ;;
    -c=*|-c:*|--configuration=*|--configuration:*) CONFIG=${args[i]#*[=:]}; CONFIG_GIVEN=1 ;;
  esac
done

rc=0
# The build runs while the servers start (saves their ~5 s start-up).
if [[ -z ${CLOUD_TEST_CMD:-} ]]; then
  [[ -f $ROOT/Cloud.sln ]] || { echo "test.sh: $ROOT/Cloud.sln not found" >&2; exit 1; }
  USED_DOTNET=1
  echo "test.sh: dotnet build Cloud.sln -c $CONFIG"
  # UseSharedCompilation: the machine turns the compiler server off by default; with it the build is ~3x faster.
  run_child dotnet build "$ROOT/Cloud.sln" -c "$CONFIG" -nologo -v q -p:UseSharedCompilation=true || rc=$?
fi

# Wait for the servers (also when the build failed, so their failures are reported too).
infra_ok=1
for name in postgres rabbitmq; do
  job=${START_JOBS[0]}
  START_JOBS=("${START_JOBS[@]:1}")
  if wait "$job"; then
    cat "$TMP/$name-start.log"
  else
    infra_ok=0
    echo "test.sh: starting $name failed:" >&2
    cat "$TMP/$name-start.log" >&2
  fi
done
((infra_ok)) || exit 1

if ((rc == 0)); then
  export CLOUD_PG_HOST=127.0.0.1
  export CLOUD_PG_PORT=$PG_PORT
  export CLOUD_AMQP_URL=amqp://guest:guest@127.0.0.1:$AMQP_PORT/
  export CLOUD_REPO_ROOT=$ROOT
  export CLOUD_TEST_TMP=$TMP/work
  export CLOUD_TEST_RESULTS=$TMP/results
  export MASSTRANSIT_USAGE_TELEMETRY=false

  if [[ -n ${CLOUD_TEST_CMD:-} ]]; then
    [[ $CLOUD_TEST_CMD == *dotnet* ]] && USED_DOTNET=1
    echo "test.sh: running CLOUD_TEST_CMD: $CLOUD_TEST_CMD"
    run_child bash -c "$CLOUD_TEST_CMD" cloud-test "$@" || rc=$?
  else
    config_args=()
    ((CONFIG_GIVEN)) || config_args=(-c "$CONFIG")
    echo "test.sh: dotnet test Cloud.sln --no-build ${config_args[*]} $*"
    # Console logger "minimal": one summary line per test assembly plus the details of failed tests.
    # -m:1 runs the test assemblies one after another: their hosts of one service share its queue and
    # database, as replicas would, and a trace test must not see its consumer run in another process.
    run_child dotnet test "$ROOT/Cloud.sln" --no-build -m:1 "${config_args[@]}" -nologo \
      --logger "console;verbosity=minimal" --logger trx --results-directory "$TMP/results" "$@" || rc=$?
  fi
fi

# Count the results before the temp folder goes away.
summary=""
shopt -s globstar nullglob
trx_files=("$TMP"/results/**/*.trx)
if ((${#trx_files[@]})); then
  counters=$(grep -ho '<Counters [^>]*>' "${trx_files[@]}" || true)
  passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters" | awk '{ s += $1 } END { print s + 0 }')
  failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters" | awk '{ s += $1 } END { print s + 0 }')
  summary="$passed passed, $failed failed"
fi

cleanup
elapsed_ms=$((($(date +%s%N) - started_ns) / 1000000))
printf 'test.sh: exit status %d, elapsed %d.%01d s\n' "$rc" $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100))
[[ -n $summary ]] && echo "$summary"
exit "$rc"
