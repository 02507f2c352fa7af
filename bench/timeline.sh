#!/usr/bin/env bash
# The timeline benchmark (issue 6): on a PostgreSQL database seeded with BENCH_CUSTOMERS demo
# customers (default 1,000,000; reused with BENCH_REUSE=1, see bench/seeded-app.sh), it appends
# BENCH_ENTRIES timeline entries (default 10,000,000) through POST /api/v1/timeline/batch in NDJSON
# files of BENCH_LINES lines (default 100,000) sent by BENCH_CLIENTS concurrent clients (default 2),
# and prints the append throughput with where the request threads were (stack samples every
# BENCH_SAMPLE_EVERY seconds, default 2, 0 for none). A rerun on a reused database empties the
# timeline first (BENCH_KEEP_TIMELINE=1 keeps it). Then, after VACUUM ANALYZE, it prints p50/p95/p99 of
# - the first timeline page (50 entries) of random customers;
# - a figure-filtered customer list: total spend of 10,000 or more and an order within 90 days
#   (in the list's default order, and sorted by total spend).
# Targets on a 2-core machine: append >= 20,000 entries/s, timeline p95 <= 20 ms, list p95 <= 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."

ENTRIES=${BENCH_ENTRIES:-10000000}
LINES=${BENCH_LINES:-100000}
CLIENTS=${BENCH_CLIENTS:-2}
REQUESTS=${BENCH_REQUESTS:-500}
source bench/seeded-app.sh

TOKEN=$(bench_token bench-timeline '["customer:read","timeline:read","timeline:write"]' Append-Entries-2024! read-write)
BASE="http://127.0.0.1:$PORT"
BATCHES=$OUT/timeline-batches
rm -rf "$BATCHES" && mkdir -p "$BATCHES"

echo "== writing $ENTRIES entries over the customers as NDJSON files of $LINES lines"
psql_db -At -c "\\copy (select id from customers where deleted_at is null order by random()) to '$OUT/customer-ids'"
files=$(python3 bench/timeline-ndjson.py "$OUT/customer-ids" "$ENTRIES" "$LINES" "$BATCHES")
if [ "${BENCH_KEEP_TIMELINE:-0}" != 1 ]; then
  # a rerun on a reused database starts from an empty timeline, so that its lines are not duplicates
  psql_db -c "truncate timeline_entries, timeline_external_keys, timeline_supersessions, customer_figures, customer_contact_figures"
fi
before=$(psql_db -At -c "select count(*) from timeline_entries")

echo "== appending: $files files, $CLIENTS clients"
started=$(date +%s.%N)
stacks="$OUT/timeline-stacks.txt"
: > "$stacks"
if [ "${BENCH_SAMPLE_EVERY:-2}" != 0 ]; then
  # the request threads appending a batch, sampled while the clients run
  ( while kill -0 "$APP_PID" 2>/dev/null; do
      sleep "${BENCH_SAMPLE_EVERY:-2}"
      jcmd "$APP_PID" Thread.print 2>/dev/null | awk '/^"http-nio/ { on = 1; buf = "" } on { buf = buf $0 "\n" }
        on && /^$/ { if (buf ~ /BatchSteps/) printf "%s--\n", buf; on = 0 }' >> "$stacks" || true
    done ) &
  sampler=$!
fi
ls "$BATCHES"/*.ndjson | xargs -P "$CLIENTS" -I{} sh -c \
  "curl -fsS -X POST '$BASE/api/v1/timeline/batch' -H 'Authorization: Bearer $TOKEN' \
     -H 'Content-Type: application/x-ndjson' --data-binary @{} -o {}.results"
ended=$(date +%s.%N)
[ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true
after=$(psql_db -At -c "select count(*) from timeline_entries")
created=$(cat "$BATCHES"/*.results | grep -c '"result":"created"' || true)
rejected=$(cat "$BATCHES"/*.results | grep -c '"result":"rejected"' || true)
seconds=$(echo "$ended - $started" | bc)
echo "   appended $((after - before)) entries ($created created, $rejected rejected) in ${seconds} s:" \
  "$(echo "($after - $before) / $seconds" | bc) entries/s"
[ "$rejected" = 0 ] || { grep -m 3 rejected "$BATCHES"/*.results >&2; exit 1; }
if [ -s "$stacks" ]; then
  echo "== where the appending request threads were, $(grep -c '^--' "$stacks") samples (all in $stacks)"
  python3 bench/stack-summary.py "$stacks" timeline
fi

echo "== VACUUM ANALYZE"
psql_db -c "vacuum analyze timeline_entries" -c "vacuum analyze customer_figures" -c "vacuum analyze customer_contact_figures" -c "vacuum analyze customers"
psql_db -At -c "select count(*) || ' partitions' from pg_inherits where inhparent = 'timeline_entries'::regclass"

echo "== latency, $REQUESTS sequential requests each after a warm-up"
head -n 2000 "$OUT/customer-ids" | sed "s|.*|/api/v1/customers/&/timeline?limit=50|" > "$OUT/timeline-paths"
since=$(date -u -d '90 days ago' +%Y-%m-%d)
filter="{\"and\":[{\"field\":\"totalSpend\",\"op\":\"between\",\"value\":[\"10000\",null]},{\"field\":\"lastOrderAt\",\"op\":\"between\",\"value\":[\"$since\",null]}]}"
encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$filter")
printf '/api/v1/customers?limit=20&filter=%s\n' "$encoded" > "$OUT/figure-paths"
printf '/api/v1/customers?limit=20&sort=-totalSpend&filter=%s\n' "$encoded" > "$OUT/figure-sorted-paths"
java bench/TimelineBench.java "$BASE" "$TOKEN" "timeline, first page of a random customer" "$OUT/timeline-paths" "$REQUESTS"
java bench/TimelineBench.java "$BASE" "$TOKEN" "customers with spend >= 10000, order in 90 days" "$OUT/figure-paths" "$REQUESTS"
java bench/TimelineBench.java "$BASE" "$TOKEN" "the same, sorted by -totalSpend" "$OUT/figure-sorted-paths" "$REQUESTS"
