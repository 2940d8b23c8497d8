#!/usr/bin/env bash
# Benchmark of `veil redact` on generated JSONL (never committed): throughput on N threads, peak heap,
# vault size per distinct value, and the idempotence of a re-run (a crashed batch run re-run yields the
# same tokens: the second output must be byte-identical to the first).
#
#   [RERUN=0] scripts/bench-redact.sh [SIZE_MB=1024] [DISTINCT=250000] [THREADS=2] [POLICY=default]
# RERUN=0 skips the second (idempotence) run.
#
# Figures: wall MB/s (depends on machine load), CPU MB/s (input MB per CPU-second of the process),
# peak heap (largest heap-before-GC in the GC log, with -Xmx512m as the hard cap), vault bytes per
# distinct value. Work files go to ${BENCH_DIR:-/tmp/veil-bench-redact} and are deleted at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZE_MB="${1:-1024}"; DISTINCT="${2:-250000}"; THREADS="${3:-2}"; POLICY="${4:-default}"
DIR="${BENCH_DIR:-/tmp/veil-bench-redact}"
source "$ROOT/scripts/lib/java.sh"; use_jdk21 || exit 2
JAR="$ROOT/veil-cli/target/veil.jar"
[[ -f "$JAR" ]] || (cd "$ROOT" && mvn -q -B -DskipTests -pl veil-cli -am package)
rm -rf "$DIR"; mkdir -p "$DIR"
trap 'rm -rf "$DIR"' EXIT

run() { # $1 = output file, $2 = gc log
  /usr/bin/time -f "%e %U %S" -o "$DIR/time" \
    "$JAVA" -Xmx512m -Xlog:gc:file="$2" --enable-native-access=ALL-UNNAMED -cp "$JAR" dev.veil.cli.redact.RedactCommand \
      --data "$DIR/data" --scope bench --policy "$POLICY" --threads "$THREADS" --no-progress --jsonl --report \
      -o "$1" < "$DIR/in.jsonl" 2> "$DIR/report"
  read -r WALL USR SYS < "$DIR/time"
  PEAK=$(grep -oE '[0-9]+M->' "$2" | tr -d 'M>-' | sort -n | tail -1)
  awk -v mb="$MB" -v w="$WALL" -v u="$USR" -v s="$SYS" -v p="${PEAK:-0}" 'BEGIN {
    printf "  wall %.1f s = %.1f MB/s; CPU %.1f s = %.1f MB per CPU-second; peak heap before GC %d MB (cap 512)\n",
      w, mb / w, u + s, mb / (u + s), p }'
}

echo "generating ${SIZE_MB} MB of JSONL, ${DISTINCT} distinct values per kind (seed 42)..."
"$JAVA" "$ROOT/scripts/bench-redact/GenerateJsonl.java" $((SIZE_MB * 1000000)) "$DISTINCT" 42 > "$DIR/in.jsonl"
MB=$(awk -v b="$(stat -c %s "$DIR/in.jsonl")" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "input: $MB MB, $(wc -l < "$DIR/in.jsonl") records; policy $POLICY; $THREADS threads; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "run 1 (empty vault):"
run "$DIR/out1.jsonl" "$DIR/gc1.log"
grep "records written" "$DIR/report"
DB=$(stat -c %s "$DIR/data/vault.db"); WAL=$( [[ -f "$DIR/data/vault.db-wal" ]] && stat -c %s "$DIR/data/vault.db-wal" || echo 0)
REPL=$(grep -oE 'replacements [0-9,]+' "$DIR/report" | tr -dc '0-9')
echo "  vault.db $((DB / 1000000)) MB (+ WAL $((WAL / 1000000)) MB)"

N=$(grep -oE '\[[A-Z_]+_[0-9]+\]' "$DIR/out1.jsonl" | sort -u | wc -l)
awk -v db="$DB" -v wal="$WAL" -v n="$N" -v r="$REPL" 'BEGIN {
  printf "vault: %d distinct values (of %d replacements): %.0f bytes per value = %.0f MB per million distinct values\n",
    n, r, (db + wal) / n, (db + wal) / n }'
[[ "${RERUN:-1}" == 1 ]] || exit 0

echo "run 2 (same scope, as after a crash: every value already in the vault):"
run "$DIR/out2.jsonl" "$DIR/gc2.log"
if cmp -s "$DIR/out1.jsonl" "$DIR/out2.jsonl"; then echo "  idempotent: run 2 output is byte-identical to run 1"; else echo "  NOT IDEMPOTENT: outputs differ"; exit 1; fi
