#!/usr/bin/env bash
# The gateway hop with wrk (run by `infra/bench.sh gateway`, inside infra/test.sh): one authenticated GET straight to a
# backend, through a plain YARP proxy, through the real gateway, and through the gateway exporting OTLP to a sink that
# discards it; at 1 and 32 connections, each server in its own process, every round twice. Prints a table with ratios.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
source "$ROOT/infra/ports.sh"
DURATION=${CLOUD_BENCH_DURATION:-10s}
ROUNDS=${CLOUD_BENCH_ROUNDS:-2}
WARMUP=${CLOUD_BENCH_WARMUP:-15s}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/cloud-bench-gateway.XXXXXX")
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$OUT"' EXIT

dotnet build -c Release "$ROOT/tests/Cloud.Benchmarks/Cloud.Benchmarks.csproj" -v quiet -nologo >"$OUT/build.log" || { cat "$OUT/build.log"; exit 1; }
BIN="$ROOT/tests/Cloud.Benchmarks/bin/Release/net10.0"

# serve NAME KIND PORT [BACKEND] (extra environment before the call): starts one server from the benchmark's bin folder.
serve() {
  local name=$1
  shift
  (cd "$BIN" && exec dotnet Cloud.Benchmarks.dll serve "$@") >"$OUT/$name.log" 2>&1 &
  PIDS+=($!)
}

wait_for() { # wait_for URL [HEADER]
  for _ in {1..120}; do
    curl -fsS -o /dev/null ${2:+-H "$2"} "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "bench-gateway: $1 did not answer" >&2
  exit 1
}

BACKEND=$(free_port); YARP=$(free_port "$BACKEND"); GATEWAY=$(free_port "$BACKEND" "$YARP")
SINK=$(free_port "$BACKEND" "$YARP" "$GATEWAY"); TRACED=$(free_port "$BACKEND" "$YARP" "$GATEWAY" "$SINK")
serve backend backend "$BACKEND"
serve yarp yarp "$YARP" "http://127.0.0.1:$BACKEND"
serve otlp-sink otlp-sink "$SINK"
serve gateway gateway "$GATEWAY" "http://127.0.0.1:$BACKEND"
OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$SINK" OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf \
  serve gateway-otlp gateway "$TRACED" "http://127.0.0.1:$BACKEND"

for name in gateway gateway-otlp; do
  for _ in {1..120}; do grep -qs '^TOKEN ' "$OUT/$name.log" && break; sleep 0.5; done
done
AUTH_GATEWAY="Authorization: Bearer $(sed -n 's/^TOKEN //p' "$OUT/gateway.log")"
AUTH_TRACED="Authorization: Bearer $(sed -n 's/^TOKEN //p' "$OUT/gateway-otlp.log")"
PATH_=/api/organizations/organizations/3f2b8c1e
wait_for "http://127.0.0.1:$BACKEND$PATH_"
wait_for "http://127.0.0.1:$YARP$PATH_"
wait_for "http://127.0.0.1:$GATEWAY$PATH_" "$AUTH_GATEWAY"
wait_for "http://127.0.0.1:$TRACED$PATH_" "$AUTH_TRACED"

# run CASE CONNECTIONS URL HEADER: one wrk run; prints "CASE CONNECTIONS requests/s avg-latency-µs p90-µs p99-µs".
to_us() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) print n; else if (v ~ /ms$/) print n * 1000; else if (v ~ /s$/) print n * 1000000; else print n }'; }
run() {
  local threads=$(($2 < 2 ? 1 : 2)) out
  out=$(wrk -t"$threads" -c"$2" -d"$DURATION" --latency -H "$4" "$3")
  grep -q 'Non-2xx' <<<"$out" && { echo "bench-gateway: $1 answered non-2xx:"; echo "$out"; exit 1; } >&2
  printf '%s %s %s %s %s %s\n' "$1" "$2" "$(awk '/^Requests\/sec/ {print $2}' <<<"$out")" \
    "$(to_us "$(awk '/^    Latency/ {print $2}' <<<"$out")")" \
    "$(to_us "$(awk '$1 == "90%" {print $2}' <<<"$out")")" "$(to_us "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
}

# Warm-up, not measured: until a server has run under load for a while the JIT is still recompiling its hot paths
# (a profile showed 15 % of the gateway's CPU in the JIT during a first 10 s round), which measured start-up, not the hop.
echo "bench-gateway: warming each server for $WARMUP"
for target in "$BACKEND|$AUTH_GATEWAY" "$YARP|$AUTH_GATEWAY" "$GATEWAY|$AUTH_GATEWAY" "$TRACED|$AUTH_TRACED"; do
  wrk -t2 -c32 -d"$WARMUP" -H "${target#*|}" "http://127.0.0.1:${target%%|*}$PATH_" >/dev/null
done
echo "bench-gateway: GET $PATH_ for $DURATION per case, $ROUNDS rounds (wrk)"
for round in $(seq 1 "$ROUNDS"); do
  for connections in 1 32; do
    run direct "$connections" "http://127.0.0.1:$BACKEND$PATH_" "$AUTH_GATEWAY"
    run yarp "$connections" "http://127.0.0.1:$YARP$PATH_" "$AUTH_GATEWAY"
    run gateway "$connections" "http://127.0.0.1:$GATEWAY$PATH_" "$AUTH_GATEWAY"
    run gateway-otlp "$connections" "http://127.0.0.1:$TRACED$PATH_" "$AUTH_TRACED"
  done | sed "s/^/$round /"
done | tee "$OUT/results"

# Per round and connection count: throughput and mean latency of each case, and the targets' ratios.
awk '
  { rps[$1, $3, $2] = $4; lat[$1, $3, $2] = $5; p90[$1, $3, $2] = $6; p99[$1, $3, $2] = $7; rounds[$1]; conns[$3] }
  END {
    printf "\n%-5s %-5s | %-24s | %-24s | %-24s | %-24s | %-9s %-9s %-12s %-9s\n", "round", "conns",
      "direct req/s avg/p90/p99", "yarp", "gateway", "gateway+otlp", "gw/yarp", "gw/direct", "added µs", "otlp cost"
    for (r in rounds) for (c in conns) {
      printf "%-5s %-5s", r, c
      split("direct yarp gateway gateway-otlp", cs, " ")
      for (i = 1; i <= 4; i++) printf " | %7.0f %5.0f/%5.0f/%5.0f", rps[r, c, cs[i]], lat[r, c, cs[i]], p90[r, c, cs[i]], p99[r, c, cs[i]]
      printf " | %-9.2f %-9.2f %-12.0f %5.1f %%\n", rps[r, c, "gateway"] / rps[r, c, "yarp"], rps[r, c, "gateway"] / rps[r, c, "direct"],
        lat[r, c, "gateway"] - lat[r, c, "direct"], 100 * (1 - rps[r, c, "gateway-otlp"] / rps[r, c, "gateway"])
    }
    print "targets: gw/yarp >= 0.90; added latency at 1 connection <= 150 µs; OTLP export cost <= 10 %"
  }' "$OUT/results"
