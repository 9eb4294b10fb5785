#!/usr/bin/env bash
# Runs a private PostgreSQL 15 cluster with all its state under one folder, listening on 127.0.0.1 only,
# and makes sure every service database of infra/databases exists with its roles and grants.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/postgres.sh start|stop|status|run|databases DIR [PORT]

  start DIR PORT   Start (initdb on first use) a PostgreSQL 15 cluster with data in DIR/data, on
                   127.0.0.1:PORT, unix socket in DIR, log in DIR/postgres.log; wait until it accepts
                   connections. Then, even if it was already running, ensure for each service database
                   <db>: roles <db>_owner, <db>_app, <db>_relay (LOGIN, password $CLOUD_DB_PASSWORD),
                   database <db> owned by <db>_owner, and the grants (see the script).
  stop DIR         Fast shutdown; no-op if not running.
  status DIR       Print "running on PORT" and exit 0 if running, else exit 3.
  run DIR PORT     Run the server in the foreground (initdb on first use) until SIGTERM or SIGINT, which both
                   become PostgreSQL's fast shutdown (SIGINT). For a supervisor such as the Aspire AppHost.
  databases DIR PORT
                   Wait until the server in DIR accepts connections, ensure the service databases and roles
                   (as start does), exit. The AppHost's one-shot step after `run`.

Environment:
  CLOUD_DB_PASSWORD   password of all service roles (default: cloud-dev)
  CLOUD_DATABASES     "a b c": service databases to ensure, instead of the list in infra/databases
  CLOUD_PG_FAST=1     fsync=off, synchronous_commit=off, full_page_writes=off (tests; unsafe on crash)
  CLOUD_PG_OPTS       extra server options, e.g. "-c max_connections=300"

Superuser: postgres, no password, only through the unix socket in DIR (e.g. psql -h DIR -p PORT -U postgres).
When run as root, the server runs as the OS user postgres (PostgreSQL refuses to run as root).
EOF
}

die() { echo "postgres.sh: $*" >&2; exit 1; }

[[ ${1:-} == -h || ${1:-} == --help ]] && { usage; exit 0; }
(($# >= 2 && $# <= 3)) || { usage >&2; exit 2; }
CMD=$1
DIR_ARG=$2
PORT=${3:-}
case $CMD in start|stop|status|run|databases) ;; *) usage >&2; exit 2 ;; esac
[[ -z $PORT || $PORT =~ ^[0-9]+$ ]] || die "PORT must be a number: $PORT"
[[ $CMD == stop || $CMD == status || -n $PORT ]] || die "$CMD needs a PORT"

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
PG_BIN=/usr/lib/postgresql/15/bin
[[ -x $PG_BIN/postgres ]] || die "PostgreSQL 15 is not installed ($PG_BIN/postgres missing); run infra/install.sh"

if [[ $CMD == start || $CMD == run ]]; then mkdir -p "$DIR_ARG"; fi
if [[ ! -d $DIR_ARG ]]; then
  [[ $CMD == status ]] && { echo "not running"; exit 3; }
  echo "postgres: not running ($DIR_ARG does not exist)"; exit 0
fi
DIR=$(cd "$DIR_ARG" && pwd -P)
DATA=$DIR/data
LOG=$DIR/postgres.log

# PostgreSQL refuses to run as root: then run the server tools as the OS user postgres. setpriv (rather
# than su/runuser) execs in place, so no PAM session or extra process sits in between.
AS_PG=()
if [[ $(id -u) -eq 0 ]]; then
  getent passwd postgres >/dev/null || die "running as root, but there is no OS user 'postgres' (run infra/install.sh)"
  AS_PG=(setpriv --reuid=postgres --regid=postgres --init-groups --)
fi
pg() { "${AS_PG[@]}" "$PG_BIN/$1" "${@:2}"; }

# Port of the running server, from postmaster.pid (line 4); fails if the server does not run.
# A postmaster.pid can be stale (crash, reboot) with its pid reused by an unrelated process, which
# `pg_ctl status` would take for the server; the postmaster's working directory is its data folder.
running_port() {
  local pid
  [[ -f $DATA/postmaster.pid ]] || return 1
  pid=$(sed -n 1p "$DATA/postmaster.pid")
  [[ $pid =~ ^[0-9]+$ && $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$DATA" ]] || return 1
  sed -n 4p "$DATA/postmaster.pid"
}

# ---------------------------------------------------------------------------------------------------

do_status() {
  local port
  if port=$(running_port); then
    echo "running on $port"
    exit 0
  fi
  echo "not running"
  exit 3
}

do_stop() {
  if ! running_port >/dev/null; then
    echo "postgres: not running"
    return 0
  fi
  # -w: wait until the postmaster (and with it every backend) has exited.
  pg pg_ctl stop -D "$DATA" -m fast -w -t 60 >/dev/null
  echo "postgres: stopped"
}

# Service databases: CLOUD_DATABASES, else infra/databases (one per line, # comments).
database_names() {
  local names
  if [[ -n ${CLOUD_DATABASES:-} ]]; then
    names=$CLOUD_DATABASES
  else
    [[ -f $ROOT/infra/databases ]] || die "$ROOT/infra/databases is missing"
    names=$(sed -e 's/#.*//' "$ROOT/infra/databases")
  fi
  local n
  for n in $names; do
    # Names go into SQL unquoted (and into role names with suffixes): keep them to plain identifiers.
    [[ $n =~ ^[a-z_][a-z0-9_]{0,40}$ ]] || die "invalid database name '$n' (use lower-case letters, digits, _)"
    echo "$n"
  done
}

# The SQL that (idempotently) sets up one service database. Run through psql: \gexec runs the generated
# CREATE only when the object is missing; ALTERs re-apply attributes and password on every start.
# Password: psql variable :'pw' (quoted safely by psql).
db_sql() {
  local db=$1 r
  for r in owner app relay; do
    cat <<EOF
SELECT 'CREATE ROLE ${db}_$r' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${db}_$r') \gexec
EOF
  done
  cat <<EOF
ALTER ROLE ${db}_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'pw';
ALTER ROLE ${db}_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD :'pw';
ALTER ROLE ${db}_relay LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD :'pw';
SELECT 'CREATE DATABASE ${db} OWNER ${db}_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${db}') \gexec
ALTER DATABASE ${db} OWNER TO ${db}_owner;
REVOKE ALL ON DATABASE ${db} FROM PUBLIC;
GRANT CONNECT ON DATABASE ${db} TO ${db}_owner, ${db}_app, ${db}_relay;
\connect ${db}
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${db}_app, ${db}_relay;
-- In PG 15 schema public belongs to pg_database_owner (i.e. ${db}_owner), so the owner may create in it.
-- Should it belong to someone else (e.g. a database restored from elsewhere), grant it explicitly.
SELECT 'GRANT CREATE ON SCHEMA public TO ${db}_owner' WHERE NOT has_schema_privilege('${db}_owner', 'public', 'CREATE') \gexec
ALTER DEFAULT PRIVILEGES FOR ROLE ${db}_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${db}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE ${db}_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${db}_app;
\connect postgres
EOF
}

ensure_databases() {
  local names=$1 sql="" db
  [[ -n $names ]] || return 0
  for db in $names; do sql+=$(db_sql "$db")$'\n'; done
  # Superuser over the unix socket in DIR (local trust). No ~/.psqlrc (-X).
  if ! out=$("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -v pw="${CLOUD_DB_PASSWORD:-cloud-dev}" \
      -h "$DIR" -p "$PORT" -U postgres -d postgres <<<"$sql" 2>&1); then
    echo "$out" >&2
    die "setting up the service databases failed"
  fi
  echo "postgres: databases ready: ${names//$'\n'/ }"
}

# The data folder ready for a server to start: owned by postgres, initdb on first use, no stale lock files.
prepare_cluster() {
  # The unix socket lives in DIR and local connections are trusted: DIR must be ours alone.
  chmod 700 "$DIR"
  if ((${#AS_PG[@]})); then
    chown postgres:postgres "$DIR"
    [[ -f $LOG ]] && chown postgres:postgres "$LOG"
    # The postgres user must be able to reach DIR: grant search (x, not read) on ancestors lacking it.
    local d=$DIR
    while [[ $d != / ]]; do
      d=$(dirname "$d")
      if ! setpriv --reuid=postgres --regid=postgres --init-groups -- test -x "$d"; then
        chmod o+x "$d"
        echo "postgres: note: did chmod o+x $d so the postgres user can reach $DIR"
      fi
    done
  fi

  # Not running: lock files left by a crash would make the server refuse to start if their pid has
  # been reused meanwhile.
  rm -f "$DATA/postmaster.pid" "$DIR"/.s.PGSQL.*

  if [[ ! -f $DATA/PG_VERSION ]]; then
    local initdb_opts=()
    [[ ${CLOUD_PG_FAST:-} == 1 ]] && initdb_opts+=(--no-sync)
    # Only the superuser postgres exists; it has no password and may only connect through the socket.
    pg initdb -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
      --no-instructions "${initdb_opts[@]}" >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
  fi
}

# Server options: loopback only, the socket in DIR, CLOUD_PG_FAST and CLOUD_PG_OPTS.
server_options() {
  SERVER_OPTS=(-c listen_addresses=127.0.0.1 -p "$PORT" -c "unix_socket_directories=$DIR")
  if [[ ${CLOUD_PG_FAST:-} == 1 ]]; then
    SERVER_OPTS+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
  fi
  # shellcheck disable=SC2206
  [[ -n ${CLOUD_PG_OPTS:-} ]] && SERVER_OPTS+=($CLOUD_PG_OPTS)
  return 0
}

do_start() {
  local port names
  names=$(database_names)   # validated before anything starts
  if port=$(running_port); then
    [[ $port == "$PORT" ]] || die "a server already runs in $DIR on port $port (asked for $PORT)"
    echo "postgres: already running on $PORT"
    ensure_databases "$names"
    return 0
  fi

  prepare_cluster
  server_options
  # setsid: own session, so a Ctrl+C in the caller's terminal does not reach the server; the caller stops
  # it with `stop`. pg_ctl -w waits until the server accepts connections; -o goes through a shell (%q quoting).
  if ! setsid "${AS_PG[@]}" "$PG_BIN/pg_ctl" start -D "$DATA" -l "$LOG" -o "$(printf '%q ' "${SERVER_OPTS[@]}")" -w -t 60 -s </dev/null >/dev/null 2>&1; then
    echo "postgres.sh: the server did not start; last lines of $LOG:" >&2
    tail -n 20 "$LOG" >&2 || true
    exit 1
  fi
  "$PG_BIN/pg_isready" -q -h "$DIR" -p "$PORT" -U postgres -t 10 || die "server started but pg_isready fails"
  echo "postgres: running on $PORT (dir $DIR)"
  ensure_databases "$names"
}

# Foreground server for a supervisor. A supervisor stops with SIGTERM, which PostgreSQL treats as "smart"
# shutdown (waits for every client to leave); SIGINT is the fast shutdown we want, so TERM becomes INT.
do_run() {
  local port pid rc=0
  if port=$(running_port); then
    die "a server already runs in $DIR on port $port (stop it with: infra/postgres.sh stop $DIR)"
  fi
  prepare_cluster
  server_options
  echo "postgres: starting on 127.0.0.1:$PORT (dir $DIR)"
  "${AS_PG[@]}" "$PG_BIN/postgres" -D "$DATA" "${SERVER_OPTS[@]}" </dev/null &
  pid=$!
  trap 'kill -INT "$pid" 2>/dev/null || true' TERM INT
  # wait returns early when a trapped signal arrives: wait again until the server has really exited.
  while kill -0 "$pid" 2>/dev/null; do rc=0; wait "$pid" || rc=$?; done
  echo "postgres: stopped"
  exit "$rc"
}

do_databases() {
  local names
  names=$(database_names)
  "$PG_BIN/pg_isready" -q -h "$DIR" -p "$PORT" -U postgres -t 60 || die "no server accepts connections in $DIR on port $PORT"
  ensure_databases "$names"
}

case $CMD in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  run) do_run ;;
  databases) do_databases ;;
esac
