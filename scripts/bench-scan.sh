#!/usr/bin/env bash
# CLI throughput benchmark of `veil scan`, with the JavaScript PII peers on the same corpus.
#
#   scripts/bench-scan.sh [MB=100] [OUT=bench-out]
#
# Environment: SEED (corpus seed, default 1), THREADS ("1 2"), QUALITY_DOCS (labelled docs for the
# quality table, default 2000), PEERS (1 = run the peers when ../shared/peers/pii exists, default 1),
# SHARED (default ../shared next to the repository).
#
# What it does:
#  1. builds the veil jar (./veil) and the veil-eval tool jar;
#  2. generates a corpus of ~500-char mixed English documents (JSONL, MB megabytes of text; cached);
#  3. runs `./veil scan --jsonl --format jsonl --threads N` over it for each N and records wall time,
#     time from start to the first output line, peak RSS (GNU time, %M) and peak Java heap (the
#     largest "before" size of any GC pause in -Xlog:gc);
#  4. runs @redactpii/node and redact-pii (with span recovery and --raw) on the same corpus;
#  5. scores Veil and every peer with veil-eval on a labelled corpus of QUALITY_DOCS documents;
#  6. prints a summary and writes it to OUT/summary.md.
# Not part of the unit tests; takes ~15-25 minutes for 100 MB on a 2-core machine (corpus generation included).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MB="${1:-100}"
OUT="$(mkdir -p "${2:-$ROOT/bench-out}" && cd "${2:-$ROOT/bench-out}" && pwd)"
SEED="${SEED:-1}"
THREADS="${THREADS:-1 2}"
QUALITY_DOCS="${QUALITY_DOCS:-2000}"
PEERS="${PEERS:-1}"
SHARED="${SHARED:-$ROOT/../shared}"

source "$ROOT/scripts/lib/java.sh"
use_jdk21
log() { printf '[bench-scan] %s\n' "$*" >&2; }

# ---- 1. build ---------------------------------------------------------------------------------
log "building veil and veil-eval jars"
( cd "$ROOT" && mvn -q -B -DskipTests -pl veil-cli,veil-eval -am package >&2 )
EVAL_JAR="$(ls "$ROOT"/veil-eval/target/veil-eval-*-all.jar)"
eval_tool() { "$JAVA" -jar "$EVAL_JAR" "$@"; }

# ---- 2. corpora ---------------------------------------------------------------------------------
CORPUS="$OUT/corpus-${MB}mb-s${SEED}.jsonl"
GOLD="$OUT/corpus-${MB}mb-s${SEED}.gold.jsonl"
if [[ ! -s "$CORPUS" || ! -s "$GOLD" ]]; then
  log "generating ~${MB} MB of ~500-char documents (seed $SEED)"
  eval_tool generate --mb "$MB" --seed "$SEED" --out "$GOLD" --input-out "$CORPUS"
fi
QGOLD="$OUT/quality-${QUALITY_DOCS}-s7.gold.jsonl"
QIN="$OUT/quality-${QUALITY_DOCS}-s7.jsonl"
if [[ ! -s "$QGOLD" ]]; then
  eval_tool generate --docs "$QUALITY_DOCS" --seed 7 --out "$QGOLD" --input-out "$QIN"
fi
DOCS="$(wc -l < "$CORPUS")"
# UTF-8 bytes of the texts only (the peers' definition), computed from the gold file's texts
TEXT_BYTES="$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$CORPUS")"
log "corpus: $DOCS docs, $TEXT_BYTES text bytes, $(stat -L -c %s "$CORPUS") JSONL bytes"

now_ns() { date +%s%N; }

# ---- 3. veil scan -------------------------------------------------------------------------------
# the launcher makes its ahead-of-time cache (JDK 25+) on the first run after a build: not timed
VEIL_NO_REBUILD=1 "$ROOT/veil" --version > /dev/null 2>&1 || true
declare -A V_WALL V_FIRST V_RSS V_HEAP V_CPU
for t in $THREADS; do
  pred="$OUT/veil-t$t.jsonl"; gclog="$OUT/veil-t$t.gc.log"; timing="$OUT/veil-t$t.time"
  log "veil scan --threads $t"
  start="$(now_ns)"
  set +e
  VEIL_NO_REBUILD=1 VEIL_JAVA_OPTS="-Xlog:gc:file=$gclog" \
    /usr/bin/time -f '%e %M %U %S' -o "$timing" "$ROOT/veil" scan --jsonl --format jsonl --threads "$t" < "$CORPUS" \
    | { IFS= read -r first; now_ns > "$OUT/veil-t$t.first"; printf '%s\n' "$first"; cat; } > "$pred"
  rc="${PIPESTATUS[0]}"
  set -e
  end="$(now_ns)"
  (( rc == 0 || rc == 1 )) || { log "veil scan failed with exit code $rc"; exit 2; }
  V_WALL[$t]="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  V_FIRST[$t]="$(awk -v a="$start" -v b="$(cat "$OUT/veil-t$t.first")" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  # GNU time writes "Command exited with non-zero status 1" first when veil found entities (exit 1)
  V_RSS[$t]="$(tail -1 "$timing" | awk '{ printf "%.0f", $2 / 1024 }')"
  V_CPU[$t]="$(tail -1 "$timing" | awk '{ printf "%.2f", $3 + $4 }')"
  # "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 310M->45M(512M) 3.1ms": max of the before-size
  V_HEAP[$t]="$(grep -oE '[0-9]+M->[0-9]+M' "$gclog" | sed 's/M->.*//' | sort -n | tail -1 || true)"
  [[ -n "${V_HEAP[$t]}" ]] || V_HEAP[$t]="n/a (no GC)"
done

# start-up latency: one short document in, one line out (JVM start, analyzer build, first analysis)
LAT_IN='{"id":"1","text":"Call Maria Garcia at (415) 555-0132 about card 4539 1488 0343 6467."}'
best_lat=""
for _ in 1 2 3; do
  start="$(now_ns)"
  VEIL_NO_REBUILD=1 "$ROOT/veil" scan --jsonl --format jsonl --threads 1 <<< "$LAT_IN" > /dev/null || (( $? == 1 ))
  lat="$(awk -v a="$start" -v b="$(now_ns)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  if [[ -z "$best_lat" ]] || awk -v x="$lat" -v y="$best_lat" 'BEGIN { exit !(x < y) }'; then best_lat="$lat"; fi
done

# ---- 4. peers on the same corpus ----------------------------------------------------------------
declare -A P_LOOP P_WALL P_CPU P_RSS
peer_names=()
PEER_DIR=/tmp/peers-pii
if [[ "$PEERS" == 1 && -d "$SHARED/peers/pii" ]]; then
  if [[ ! -d "$PEER_DIR/node_modules" ]]; then
    log "installing peers in $PEER_DIR (npm ci)"
    rm -rf "$PEER_DIR" && cp -r "$SHARED/peers/pii" "$PEER_DIR" && chmod -R u+w "$PEER_DIR"
    ( cd "$PEER_DIR" && npm ci --no-audit --no-fund >&2 )
  fi
  for spec in "redactpii-node|redactpii-node.mjs|" "redactpii-node --raw|redactpii-node.mjs|--raw" \
              "redact-pii|redact-pii.mjs|" "redact-pii --raw|redact-pii.mjs|--raw"; do
    IFS='|' read -r name script flag <<< "$spec"
    safe="${name// /_}"
    log "peer $name"
    start="$(now_ns)"
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %M %U %S' -o "$OUT/peer-$safe.time" \
      node --max-old-space-size=8192 "$PEER_DIR/adapters/$script" "$CORPUS" $flag > "$OUT/peer-$safe.jsonl" 2> "$OUT/peer-$safe.err"
    end="$(now_ns)"
    line="$(grep -E '^docs=[0-9]+ bytes=[0-9]+ seconds=' "$OUT/peer-$safe.err" | tail -1)"
    P_LOOP[$name]="$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<< "$line")"
    P_WALL[$name]="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
    P_CPU[$name]="$(tail -1 "$OUT/peer-$safe.time" | awk '{ printf "%.2f", $3 + $4 }')"
    P_RSS[$name]="$(tail -1 "$OUT/peer-$safe.time" | awk '{ printf "%.0f", $2 / 1024 }')"
    peer_names+=("$name")
  done
else
  log "peers skipped (PEERS=$PEERS, $SHARED/peers/pii present: $([[ -d "$SHARED/peers/pii" ]] && echo yes || echo no))"
fi

# ---- 5. quality on the labelled corpus ------------------------------------------------------------
QUAL="$OUT/quality.txt"
: > "$QUAL"
VEIL_NO_REBUILD=1 "$ROOT/veil" scan --jsonl --format jsonl --threads 2 < "$QIN" > "$OUT/quality-veil.jsonl" || (( $? == 1 ))
{
  echo "## veil (canonical types)"; eval_tool evaluate --gold "$QGOLD" --pred "$OUT/quality-veil.jsonl" --by-genre
  echo; echo "## veil (coarse types, as compared with peers)"; eval_tool evaluate --gold "$QGOLD" --pred "$OUT/quality-veil.jsonl" --coarse
} >> "$QUAL"
if (( ${#peer_names[@]} > 0 )); then
  for adapter in redactpii-node redact-pii openredaction secretlint; do
    log "quality: $adapter"
    node "$PEER_DIR/adapters/$adapter.mjs" "$QIN" > "$OUT/quality-$adapter.jsonl" 2> /dev/null
    { echo; echo "## $adapter (coarse types)"
      eval_tool evaluate --gold "$QGOLD" --pred "$OUT/quality-$adapter.jsonl" \
        --peer-types "$PEER_DIR/types.json:$adapter" --coarse; } >> "$QUAL"
  done
fi

# ---- 6. summary ---------------------------------------------------------------------------------------
mbps() { awk -v b="$TEXT_BYTES" -v s="$1" 'BEGIN { printf "%.1f", b / 1e6 / s }'; }
docsps() { awk -v d="$DOCS" -v s="$1" 'BEGIN { printf "%.0f", d / s }'; }
{
  echo "# bench-scan: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "corpus: $DOCS docs, $TEXT_BYTES UTF-8 text bytes (~$((TEXT_BYTES / DOCS)) per doc), seed $SEED; JDK: $("$JAVA" -version 2>&1 | head -1)"
  echo
  echo "| run | wall s | MB/s (wall) | docs/s | CPU s | MB per CPU-s | first line s | MB/s after first line | peak RSS MB | peak heap MB |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for t in $THREADS; do
    steady="$(awk -v b="$TEXT_BYTES" -v w="${V_WALL[$t]}" -v f="${V_FIRST[$t]}" 'BEGIN { printf "%.1f", b / 1e6 / (w - f) }')"
    echo "| veil scan --threads $t | ${V_WALL[$t]} | $(mbps "${V_WALL[$t]}") | $(docsps "${V_WALL[$t]}") | ${V_CPU[$t]} | $(mbps "${V_CPU[$t]}") | ${V_FIRST[$t]} | $steady | ${V_RSS[$t]} | ${V_HEAP[$t]} |"
  done
  for name in "${peer_names[@]}"; do
    echo "| $name (node) | ${P_WALL[$name]} | $(mbps "${P_WALL[$name]}") | $(docsps "${P_WALL[$name]}") | ${P_CPU[$name]} | $(mbps "${P_CPU[$name]}") | - | loop: $(mbps "${P_LOOP[$name]}") | ${P_RSS[$name]} | - |"
  done
  echo
  echo "Start-up to first result for one short document (best of 3, JVM start included): ${best_lat} s."
  echo "'first line s' in the table is the bulk run's first output line; it includes output buffering (64 KB)."
  echo "Peak heap: largest heap size before a GC pause (-Xlog:gc); peak RSS: GNU time %M (whole JVM process)."
  echo "CPU s: user + system time of the whole process (GNU time); MB per CPU-s is the load-independent figure on a shared machine."
  echo "Veil figures are wall-clock for the whole CLI run (JVM start, JSONL parsing and writing included)."
  echo "Peer 'loop' MB/s is the adapters' own timing of the detection loop only (reading, parsing and writing excluded)."
  echo
  echo '```'
  cat "$QUAL"
  echo '```'
} | tee "$OUT/summary.md"
