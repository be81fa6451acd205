#!/usr/bin/env bash
# Builds erp-server and erp-bench, creates a demo database at scale $1 (default 200, about
# 1 million partners) in a temporary directory, starts erp-server on a free loopback port,
# runs every erp-bench scenario against it, stops the server and prints the machine.
#
#   bench/run.sh [SCALE]
#
# Environment:
#   ERP_BUILD_DIR       build directory (default: <repo>/build)
#   ERP_ADMIN_PASSWORD  administrator password for the new database (default: generated)
#   BENCH_ARGS          extra erp-bench options, e.g. "--seconds 10"
#   SERVER_ARGS         extra erp-server options, e.g. "--workers 8"
#   BENCH_RESULTS       directory for the JSON lines and the server log (default: <build>/bench)
#   KEEP_DATA=1         keep the temporary database directory
#   BENCH_DATA=DIR      use the existing database DIR/erp.fdb instead of creating one (no init;
#                       the directory is kept; ERP_ADMIN_PASSWORD must be its admin password).
#                       SCALE then only labels the result files.
set -euo pipefail

scale=${1:-200}
if ! [[ $scale =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SCALE]   (SCALE is a positive number, default 200)" >&2
    exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${ERP_BUILD_DIR:-$root/build}
results=${BENCH_RESULTS:-$build/bench}
stamp=$(date +%Y%m%d-%H%M%S)
json=$results/results-scale$scale-$stamp.jsonl
serverlog=$results/server-scale$scale-$stamp.log

echo "== build"
if [[ ! -f $build/CMakeCache.txt ]]; then
    cmake -S "$root" -B "$build" -G Ninja
fi
cmake --build "$build" --target erp-server erp-bench
server_bin=$build/server/erp-server
bench_bin=$build/bench/erp-bench
mkdir -p "$results"

if [[ -n ${BENCH_DATA:-} ]]; then
    if [[ ! -f $BENCH_DATA/erp.fdb ]]; then
        echo "BENCH_DATA: there is no $BENCH_DATA/erp.fdb" >&2
        exit 2
    fi
    if [[ -z ${ERP_ADMIN_PASSWORD:-} ]]; then
        echo "BENCH_DATA needs ERP_ADMIN_PASSWORD (the database's admin password)" >&2
        exit 2
    fi
    data=$(cd "$BENCH_DATA" && pwd)
    own_data=0
else
    data=$(mktemp -d "${TMPDIR:-/tmp}/erp-bench.XXXXXX")
    own_data=1
fi
server_out=$(mktemp "${TMPDIR:-/tmp}/erp-bench-server.XXXXXX")
server_pid=
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -f "$server_out"
    if [[ $own_data == 0 ]]; then
        return
    elif [[ ${KEEP_DATA:-0} == 1 ]]; then
        echo "kept the database in $data"
    else
        rm -rf "$data"
    fi
}
trap cleanup EXIT

export ERP_ADMIN_PASSWORD=${ERP_ADMIN_PASSWORD:-bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')}

if [[ $own_data == 1 ]]; then
    echo "== init: demo database at scale $scale in $data"
    init_start=$(date +%s%N)
    "$server_bin" --data "$data" --init --demo --scale "$scale" --admin-password "$ERP_ADMIN_PASSWORD"
    init_ms=$((($(date +%s%N) - init_start) / 1000000))
    printf 'init took %d.%01d s\n' $((init_ms / 1000)) $((init_ms % 1000 / 100))
else
    echo "== existing database $data (no init)"
fi
echo "database file: $(du -h "$data/erp.fdb" | cut -f1)"

echo "== start erp-server on 127.0.0.1 (free port)"
# shellcheck disable=SC2086
"$server_bin" --data "$data" --listen 127.0.0.1:0 ${SERVER_ARGS:-} >"$server_out" 2>"$serverlog" &
server_pid=$!
port=
for _ in $(seq 1 300); do
    port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9][0-9]*\) .*/\1/p' "$server_out")
    [[ -n $port ]] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "erp-server exited before listening:" >&2
        cat "$server_out" "$serverlog" >&2
        exit 1
    fi
    sleep 0.2
done
if [[ -z $port ]]; then
    echo "erp-server did not report its port within 60 s" >&2
    exit 1
fi
cat "$server_out"
echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== erp-bench (JSON lines: $json)"
status=0
# shellcheck disable=SC2086
"$bench_bin" --server "127.0.0.1:$port" --json "$json" ${BENCH_ARGS:-} roundtrips creates listpages || status=$?
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== stop erp-server"
kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=
echo "server log: $serverlog ($(wc -l <"$serverlog") lines)"

echo "== machine"
echo "cpus: $(nproc)"
echo "cpu model: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
awk '/^MemTotal/ { printf "ram: %.1f GiB\n", $2 / 1048576 }' /proc/meminfo
echo "kernel: $(uname -sr)"
if [[ $status -ne 0 ]]; then
    echo "erp-bench failed with status $status" >&2
fi
exit "$status"
