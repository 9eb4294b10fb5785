#!/usr/bin/env bash
# Runs a private RabbitMQ node (not the Debian system service) with all its state under one folder.
# Several nodes can run side by side: each has its own folder, AMQP port, Erlang distribution port and
# its own epmd (Erlang port mapper) on a private port.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/rabbitmq.sh start|stop|status|run DIR [PORT]

  start DIR PORT   Start a RabbitMQ node whose state lives under DIR, with AMQP on 127.0.0.1:PORT
                   (user guest/guest, loopback only). Waits until AMQP answers (timeout
                   CLOUD_RABBIT_TIMEOUT, default 60 s). No-op if the node already runs.
  stop DIR         Stop the node and its private epmd; no process is left behind. No-op if not running.
  status DIR       Print "running on PORT" and exit 0 if AMQP answers, else exit 3.
  run DIR PORT     Run the node and its private epmd in the foreground until SIGTERM or SIGINT, then stop the
                   node gracefully and epmd after it (so epmd never outlives the node). For a supervisor such
                   as the Aspire AppHost.

PORT is optional for stop/status (it is remembered in DIR/ports.env).
Node name: cloud-PORT@localhost. Logs (rabbit log, node output, epmd) go to DIR/logs.
The Erlang distribution port and the epmd port are free ports chosen on the first start and
saved in DIR/ports.env (NODE_PORT, DIST_PORT, EPMD_PORT).
EOF
}

die() { echo "rabbitmq.sh: $*" >&2; exit 1; }

[[ ${1:-} == -h || ${1:-} == --help ]] && { usage; exit 0; }
(($# >= 2 && $# <= 3)) || { usage >&2; exit 2; }
CMD=$1
DIR_ARG=$2
PORT_ARG=${3:-}
case $CMD in start|stop|status|run) ;; *) usage >&2; exit 2 ;; esac
[[ -z $PORT_ARG || $PORT_ARG =~ ^[0-9]+$ ]] || die "PORT must be a number: $PORT_ARG"
[[ $CMD == stop || $CMD == status || -n $PORT_ARG ]] || die "$CMD needs a PORT"

RABBIT_BIN=/usr/lib/rabbitmq/bin
[[ -x $RABBIT_BIN/rabbitmq-server ]] || die "RabbitMQ is not installed ($RABBIT_BIN/rabbitmq-server missing); run infra/install.sh"
EPMD=$(command -v epmd || true)
if [[ -z $EPMD ]]; then
  epmds=(/usr/lib/erlang/erts-*/bin/epmd)
  [[ -x ${epmds[0]} ]] || die "epmd not found (package erlang-base); run infra/install.sh"
  EPMD=${epmds[0]}
fi

if [[ $CMD == start || $CMD == run ]]; then mkdir -p "$DIR_ARG"; fi
if [[ ! -d $DIR_ARG ]]; then
  [[ $CMD == status ]] && { echo "not running"; exit 3; }
  echo "rabbitmq: not running ($DIR_ARG does not exist)"; exit 0
fi
DIR=$(cd "$DIR_ARG" && pwd -P)
PORTS_FILE=$DIR/ports.env
SERVER_PID_FILE=$DIR/server.pid   # the rabbitmq-server launcher script (session leader; beam.smp is its child)
BEAM_PID_FILE=$DIR/rabbitmq.pid   # written by RabbitMQ itself: the beam.smp OS pid
EPMD_PID_FILE=$DIR/epmd.pid
LOG_DIR=$DIR/logs

# ---------------------------------------------------------------------------------------------------
# helpers

source "$(dirname "${BASH_SOURCE[0]}")/ports.sh"

# Pid files can be stale (after a crash or a reboot, when pids get reused, possibly by another node of
# ours), so a pid only counts as ours when the process proves it belongs to this DIR.
# proc_has PIDFILE FILE TEXT: the pid in PIDFILE is alive and /proc/PID/FILE (NULs read as spaces)
# contains TEXT.
proc_has() {
  local pid content
  [[ -s $1 ]] && pid=$(<"$1") && [[ $pid =~ ^[0-9]+$ ]] || return 1
  content=$( { tr '\0' ' ' < "/proc/$pid/$2"; } 2>/dev/null) || return 1
  [[ " $content " == *"$3"* ]]
}
server_pid_ours() { proc_has "$SERVER_PID_FILE" environ " RABBITMQ_MNESIA_BASE=$DIR/mnesia "; } # the launcher script
beam_pid_ours() { proc_has "$BEAM_PID_FILE" cmdline " -home $DIR/home "; }
epmd_pid_ours() { proc_has "$EPMD_PID_FILE" environ " HOME=$DIR/home "; } # started with export_env

# AMQP readiness: send the AMQP 0-9-1 protocol header; a ready broker answers with a method frame
# (Connection.Start), whose first byte is frame type 1.
amqp_ready() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'AMQP\x00\x00\x09\x01' >&3
    IFS= read -r -t 3 -n 1 -d '' b <&3 || exit 1
    [[ $b == $'\x01' ]]
  ) 2>/dev/null
}

log_tail() {
  local f
  for f in "$LOG_DIR"/*.log; do
    [[ -s $f ]] || continue
    echo "----- $f (last 30 lines) -----" >&2
    tail -n 30 "$f" >&2
  done
}

node_alive() { server_pid_ours || beam_pid_ours; }
epmd_alive() { epmd_pid_ours; }
# For a process we just started: the checks above read /proc/PID/environ, which shows the new
# environment only once the child has exec'd, so for our own children look at the pid itself.
child_alive() { local st; st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) && [[ -n $st && $st != Z ]]; }

# Environment shared by the server and rabbitmqctl (same HOME => same Erlang cookie, same epmd).
export_env() {
  export HOME=$DIR/home
  export RABBITMQ_NODENAME=$NODE
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT=$NODE_PORT
  # The default distribution port is NODE_PORT + 20000: invalid (> 65535) for high AMQP ports, and it
  # could collide with another node's. So choose it explicitly.
  export RABBITMQ_DIST_PORT=$DIST_PORT
  export RABBITMQ_MNESIA_BASE=$DIR/mnesia
  export RABBITMQ_LOG_BASE=$LOG_DIR
  export RABBITMQ_PID_FILE=$BEAM_PID_FILE
  export RABBITMQ_CONFIG_FILE=$DIR/rabbitmq.conf
  # Keep everything under /etc/rabbitmq out: conf.d snippets, advanced.config, rabbitmq-env.conf.
  export RABBITMQ_CONFIG_FILES=$DIR/conf.d
  export RABBITMQ_ADVANCED_CONFIG_FILE=$DIR/advanced.config
  export RABBITMQ_CONF_ENV_FILE=$DIR/rabbitmq-env.conf
  export RABBITMQ_ENABLED_PLUGINS_FILE=$DIR/enabled_plugins
  export RABBITMQ_PLUGINS_EXPAND_DIR=$DIR/plugins-expand
  export RABBITMQ_FEATURE_FLAGS_FILE=$DIR/feature_flags
  # A private epmd: the system one (port 4369) may belong to somebody else, and an epmd that an Erlang
  # node auto-starts daemonizes and outlives the node.
  export ERL_EPMD_PORT=$EPMD_PORT
  export ERL_EPMD_ADDRESS=127.0.0.1
  export ERL_CRASH_DUMP=$LOG_DIR/erl_crash.dump
  # -start_epmd false: never let the VM start a (daemonized, leaked) epmd of its own. (RabbitMQ's
  # defaults already turn scheduler busy-waiting off, which matters on a 2-core machine.)
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-start_epmd false ${CLOUD_RABBIT_ERL_ARGS:-}"
}

load_ports() {
  NODE_PORT="" DIST_PORT="" EPMD_PORT=""
  if [[ -f $PORTS_FILE ]]; then
    # shellcheck disable=SC1090
    . "$PORTS_FILE"
  fi
  # start/run: PORT is the one asked for; stop/status: the saved one, PORT only when nothing is saved.
  if [[ -n $PORT_ARG && ($CMD == start || $CMD == run || -z $NODE_PORT) ]]; then NODE_PORT=$PORT_ARG; fi
  NODE=cloud-$NODE_PORT@localhost
}


# kill_sessions SID...: kill what is left of sessions we created with setsid (the launcher script and
# beam.smp) and all their descendants (erl_child_setup and inet_gethost make their own sessions), by pid.
# Callers pass only session ids they verified to be ours.
kill_sessions() {
  local pids pid
  (($#)) || return 0
  pids=$(ps -eo pid=,ppid=,sid= | awk -v sids=" $* " '
    { pid[NR] = $1; ppid[NR] = $2; sid[NR] = $3 }
    END {
      for (i = 1; i <= NR; i++)
        if (index(sids, " " sid[i] " ")) sel[pid[i]] = 1
      do {
        changed = 0
        for (i = 1; i <= NR; i++) if ((ppid[i] in sel) && !(pid[i] in sel)) { sel[pid[i]] = 1; changed = 1 }
      } while (changed)
      for (p in sel) print p
    }')
  [[ -n $pids ]] || return 0
  for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
  # shellcheck disable=SC2086
  wait_gone 10 $pids && return 0
  for pid in $pids; do kill -KILL "$pid" 2>/dev/null || true; done
}

wait_gone() { # wait_gone SECONDS PID...
  local deadline=$((SECONDS + $1)) pid alive
  shift
  while ((SECONDS < deadline)); do
    alive=0
    for pid in "$@"; do [[ -n $pid && -d /proc/$pid ]] && [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]] && alive=1; done
    ((alive)) || return 0
    sleep 0.1
  done
  return 1
}

# ---------------------------------------------------------------------------------------------------
# commands

do_stop() {
  local server_pid="" beam_pid="" epmd_pid="" sids=()
  # Only pids proven ours are touched; our node's session id is the launcher's pid (setsid).
  if server_pid_ours; then server_pid=$(<"$SERVER_PID_FILE"); sids+=("$server_pid"); fi
  if beam_pid_ours; then beam_pid=$(<"$BEAM_PID_FILE"); sids+=("$(awk '{print $6}' "/proc/$beam_pid/stat")"); fi
  if epmd_pid_ours; then epmd_pid=$(<"$EPMD_PID_FILE"); fi
  local was_running=0

  if node_alive; then
    was_running=1
    [[ -n $NODE_PORT ]] || die "no port known for the node in $DIR (ports.env missing); give PORT"
    export_env
    # A graceful stop through the CLI, for a node that is up (while our epmd runs: without it the CLI
    # cannot find the node, and would even start an epmd daemon of its own). A node still booting (an
    # interrupted start) gets SIGTERM below instead, which the VM also treats as a graceful stop.
    if epmd_alive && amqp_ready "$NODE_PORT"; then
      # </dev/null: the Erlang CLI reads stdin, which would eat input meant for our caller (e.g. a loop).
      timeout 30 "$RABBIT_BIN/rabbitmqctl" -n "$NODE" stop </dev/null >>"$LOG_DIR/rabbitmqctl.log" 2>&1 || true
      if ! wait_gone 20 "$beam_pid" "$server_pid"; then
        echo "rabbitmq: node did not stop within 20 s; killing it" >&2
      fi
    fi
  fi
  # Whatever is left (a node that would not stop, a booting node, a crashed node's helpers): TERM to the
  # whole tree, KILL after a few seconds. Then our epmd.
  kill_sessions "${sids[@]}"
  if epmd_alive; then
    was_running=1
    kill -TERM "$epmd_pid" 2>/dev/null || true
    wait_gone 5 "$epmd_pid" || kill -KILL "$epmd_pid" 2>/dev/null || true
  fi
  rm -f "$SERVER_PID_FILE" "$BEAM_PID_FILE" "$EPMD_PID_FILE"
  if ((was_running)); then echo "rabbitmq: stopped (node $NODE)"; else echo "rabbitmq: not running"; fi
}

wait_ready() { # wait_ready [PID of the launcher we just started]
  local timeout=${CLOUD_RABBIT_TIMEOUT:-60} child=${1:-}
  local deadline=$((SECONDS + timeout))
  while ! amqp_ready "$NODE_PORT"; do
    if { [[ -n $child ]] && ! child_alive "$child"; } || { [[ -z $child ]] && ! node_alive; }; then
      echo "rabbitmq.sh: the node exited during startup" >&2
      log_tail
      do_stop >/dev/null
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      echo "rabbitmq.sh: AMQP on 127.0.0.1:$NODE_PORT not ready after ${timeout} s" >&2
      log_tail
      do_stop >/dev/null
      exit 1
    fi
    sleep 0.2
  done
}

# Ports, configuration and cookie of a node that is about to start (after do_stop cleared any leftovers).
prepare_node() {
  port_in_use "$NODE_PORT" && die "port $NODE_PORT is already in use"
  # Reuse the saved dist/epmd ports when still free, else choose new ones.
  if [[ -z $DIST_PORT || $DIST_PORT == "$NODE_PORT" ]] || port_in_use "$DIST_PORT"; then
    DIST_PORT=$(free_port "$NODE_PORT" "$EPMD_PORT")
  fi
  if [[ -z $EPMD_PORT || $EPMD_PORT == "$NODE_PORT" || $EPMD_PORT == "$DIST_PORT" ]] || port_in_use "$EPMD_PORT"; then
    EPMD_PORT=$(free_port "$NODE_PORT" "$DIST_PORT")
  fi
  printf 'NODE_PORT=%s\nDIST_PORT=%s\nEPMD_PORT=%s\n' "$NODE_PORT" "$DIST_PORT" "$EPMD_PORT" > "$PORTS_FILE"

  # A supervisor (run) shows the node's errors on the console (health probes would fill it with warnings);
  # warnings go to DIR/logs.
  cat > "$DIR/rabbitmq.conf" <<EOF
# generated by infra/rabbitmq.sh
loopback_users.guest = true
listeners.tcp.default = 127.0.0.1:$NODE_PORT
log.console = $1
log.console.level = error
log.file.level = warning
EOF
  : > "$DIR/rabbitmq-env.conf"          # empty on purpose: ignore /etc/rabbitmq/rabbitmq-env.conf
  echo '[].' > "$DIR/enabled_plugins"   # no plugins (no management UI)
  if [[ ! -s $DIR/home/.erlang.cookie ]]; then
    # Written here rather than by the VM so the server and rabbitmqctl can never race to create it.
    local letters=ABCDEFGHIJKLMNOPQRSTUVWXYZ cookie="" i
    for ((i = 0; i < 32; i++)); do cookie+=${letters:$((RANDOM % 26)):1}; done
    (umask 077; printf '%s' "$cookie" > "$DIR/home/.erlang.cookie")
  fi
  chmod 400 "$DIR/home/.erlang.cookie"
  export_env
}

# wait_epmd PID: until our epmd listens (or it died).
wait_epmd() {
  local i
  for ((i = 0; ; i++)); do
    port_in_use "$EPMD_PORT" && return 0
    if ! child_alive "$1" || ((i >= 200)); then
      cat "$LOG_DIR/epmd.log" >&2
      do_stop >/dev/null
      die "epmd failed to start on port $EPMD_PORT"
    fi
    sleep 0.05
  done
}

do_start() {
  chmod 700 "$DIR"
  mkdir -p "$LOG_DIR" "$DIR/home" "$DIR/mnesia" "$DIR/plugins-expand" "$DIR/conf.d"
  local saved_node_port
  saved_node_port=$(sed -n 's/^NODE_PORT=//p' "$PORTS_FILE" 2>/dev/null || true)

  if node_alive; then
    [[ -z $saved_node_port || $saved_node_port == "$NODE_PORT" ]] ||
      die "a node already runs in $DIR on port $saved_node_port (asked for $NODE_PORT)"
    wait_ready
    echo "rabbitmq: already running on $NODE_PORT (node $NODE)"
    return 0
  fi
  # Not running: clear leftovers of a crash (e.g. our epmd still alive) before starting afresh.
  do_stop >/dev/null
  prepare_node false

  # setsid: own session, so a Ctrl+C in the caller's terminal does not hit the node; the caller stops
  # it with `stop`. Processes are started from DIR (Erlang writes some files to its cwd).
  cd "$DIR"
  setsid "$EPMD" -port "$EPMD_PORT" -address 127.0.0.1 </dev/null >>"$LOG_DIR/epmd.log" 2>&1 &
  local epmd_child=$!
  echo "$epmd_child" > "$EPMD_PID_FILE"
  wait_epmd "$epmd_child"

  setsid "$RABBIT_BIN/rabbitmq-server" </dev/null >>"$LOG_DIR/stdout.log" 2>&1 &
  local server_child=$!
  echo "$server_child" > "$SERVER_PID_FILE"
  wait_ready "$server_child"
  echo "rabbitmq: running on $NODE_PORT (node $NODE, dist $DIST_PORT, epmd $EPMD_PORT, dir $DIR)"
}

# Foreground node for a supervisor: epmd and the node are our children. The node's launcher script turns
# SIGTERM into a graceful stop; epmd is stopped only after the node has gone.
do_run() {
  chmod 700 "$DIR"
  mkdir -p "$LOG_DIR" "$DIR/home" "$DIR/mnesia" "$DIR/plugins-expand" "$DIR/conf.d"
  if node_alive; then die "a node already runs in $DIR (stop it with: infra/rabbitmq.sh stop $DIR)"; fi
  do_stop >/dev/null
  prepare_node true
  cd "$DIR"
  "$EPMD" -port "$EPMD_PORT" -address 127.0.0.1 </dev/null >>"$LOG_DIR/epmd.log" 2>&1 &
  local epmd_child=$! server_child rc=0
  echo "$epmd_child" > "$EPMD_PID_FILE"
  wait_epmd "$epmd_child"
  echo "rabbitmq: starting on 127.0.0.1:$NODE_PORT (node $NODE, dist $DIST_PORT, epmd $EPMD_PORT, dir $DIR)"
  "$RABBIT_BIN/rabbitmq-server" </dev/null &
  server_child=$!
  echo "$server_child" > "$SERVER_PID_FILE"
  trap 'kill -TERM "$server_child" 2>/dev/null || true' TERM INT
  # wait returns early when a trapped signal arrives: wait again until the node has really exited.
  while child_alive "$server_child"; do rc=0; wait "$server_child" || rc=$?; done
  kill -TERM "$epmd_child" 2>/dev/null || true
  wait "$epmd_child" 2>/dev/null || true
  rm -f "$SERVER_PID_FILE" "$BEAM_PID_FILE" "$EPMD_PID_FILE"
  echo "rabbitmq: stopped (node $NODE)"
  exit "$rc"
}

do_status() {
  if node_alive && [[ -n $NODE_PORT ]] && amqp_ready "$NODE_PORT"; then
    echo "running on $NODE_PORT"
    exit 0
  fi
  if node_alive; then echo "not ready (node process alive, AMQP not answering)"; else echo "not running"; fi
  exit 3
}

load_ports
case $CMD in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  run) do_run ;;
esac
