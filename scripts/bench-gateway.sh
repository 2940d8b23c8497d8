#!/usr/bin/env bash
# Gateway overhead benchmark: Veil against the shared harness's mock upstream, side by side with direct
# calls, and (PORTKEY=1) the harness's Portkey run in the same session.
#
#   scripts/bench-gateway.sh [OUT=bench-out/gateway]
#
# Environment: SHARED (default ../shared next to the repository), CONCURRENCY ("1 8 64"), DURATION (15 s),
# PRIME (seconds of unrecorded warm-up load after each start, default 10), PORTKEY (1 = also run ../shared/peers/gateway/bench-portkey.sh, ~15 min), FSYNC (audit fsync policy for
# Veil, default "group": every request is acknowledged after its audit record is on disk; see
# docs/GATEWAY.md), PORT (Veil's port, default 18090).
#
# What it does:
#  1. copies the harness to /tmp/peers-gateway and runs `npm ci` there once (wrk must be installed);
#  2. starts `veil serve` with masking, restore and monitoring on (the defaults), upstream = the mock;
#  3. creates an app key with reveal=all (so answers are restored), runs run.sh in json and stream modes
#     at each concurrency, then time-to-first-byte against a mock with 5 ms between chunks;
#  4. optionally runs Portkey's full comparison script.
# Not part of the unit tests.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$(mkdir -p "${1:-$ROOT/bench-out/gateway}" && cd "${1:-$ROOT/bench-out/gateway}" && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
CONCURRENCY="${CONCURRENCY:-1 8 64}"
DURATION="${DURATION:-15}"
PORT="${PORT:-18090}"
H=/tmp/peers-gateway
log() { printf '[bench-gateway] %s\n' "$*" >&2; }

command -v wrk >/dev/null || { log "wrk is needed (apt-get install -y wrk)"; exit 2; }
if [[ ! -d "$H/node_modules" ]]; then
  rm -rf "$H"; cp -r "$SHARED/peers/gateway" "$H"; (cd "$H" && npm ci --silent >&2)
fi

DATA="$(mktemp -d /tmp/veil-gw-bench.XXXXXX)"
cleanup() { [[ -n "${VEIL_PID:-}" ]] && kill "$VEIL_PID" 2>/dev/null; pkill -f "mock-upstream.js --port=18081" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

start_veil() { # $1 = upstream base URL
  [[ -n "${VEIL_PID:-}" ]] && kill "$VEIL_PID" 2>/dev/null && wait "$VEIL_PID" 2>/dev/null || true
  VEIL_AUDIT_FSYNC="${FSYNC:-group}" VEIL_JAVA_OPTS="${VEIL_JAVA_OPTS:-}" \
    "$ROOT/veil" serve --port "$PORT" --data "$DATA" --upstream "$1" > "$OUT/veil-serve.log" 2>&1 &
  VEIL_PID=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && return 0; sleep 0.5; done
  log "veil did not start; see $OUT/veil-serve.log"; exit 1
}

# Unrecorded load after each start, for JIT warm-up: the harness primes Portkey the same way
# (bench-portkey.sh, PRIME). Without it the first levels measure a JVM still compiling.
prime() { # $1 = mock port
  (cd "$H" && MOCK_PORT="$1" ./run.sh -q -l prime -m 'json stream' -c 64 -d "${PRIME:-10}" -w 0 \
     -H "Authorization: Bearer $KEY" -o /dev/null "http://127.0.0.1:$PORT/v1" > /dev/null 2>&1) || true
}

KEY="$("$ROOT/veil" keys create --data "$DATA" --role app --reveal all --name bench 2>/dev/null | grep -oE 'veil_[A-Za-z0-9_-]+' | head -1)"
[[ -n "$KEY" ]] || { log "could not create a key"; exit 1; }
start_veil http://127.0.0.1:18080/v1
prime 18080
# the Java process that serves (the launcher execs java, so the PID is the JVM's)
log "veil pid $VEIL_PID; measuring json + stream at c=($CONCURRENCY), ${DURATION}s each"
(cd "$H" && ./run.sh -b -l veil -p "$VEIL_PID" -m 'json stream' -c "$CONCURRENCY" -d "$DURATION" \
   -H "Authorization: Bearer $KEY" -o "$OUT/veil.jsonl" "http://127.0.0.1:$PORT/v1") | tee "$OUT/veil.txt"
log "heap after the load: $(jcmd "$VEIL_PID" GC.heap_info 2>/dev/null | head -3 | tr '\n' ' ' || echo n/a)"
echo "RSS_KB $(ps -o rss= -p "$VEIL_PID")" >> "$OUT/veil.txt"

log "time to first byte (mock with 5 ms between chunks on :18081)"
(cd "$H" && node mock-upstream.js --port=18081 --chunk-delay-ms=5 > /dev/null 2>&1 &)
sleep 1
start_veil http://127.0.0.1:18081/v1
prime 18081
(cd "$H" && MOCK_PORT=18081 ./run.sh -b -l veil -m ttft -c '1 8' -d 10 -H "Authorization: Bearer $KEY" \
   -o "$OUT/veil-ttft.jsonl" "http://127.0.0.1:$PORT/v1") | tee "$OUT/veil-ttft.txt"

if [[ "${PORTKEY:-1}" == 1 ]]; then
  kill "$VEIL_PID" 2>/dev/null; wait "$VEIL_PID" 2>/dev/null || true; VEIL_PID=
  pkill -f "mock-upstream.js --port=18081" 2>/dev/null || true; sleep 1   # bench-portkey.sh starts its own
  log "Portkey, same session (~15 min)"
  (cd "$H" && ./bench-portkey.sh) | tee "$OUT/portkey.txt"
fi
log "done: $OUT"
