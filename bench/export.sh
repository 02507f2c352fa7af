#!/usr/bin/env bash
# The export benchmark: on a PostgreSQL database seeded with BENCH_CUSTOMERS demo customers (see
# bench/seeded-app.sh; BENCH_REUSE=1 reuses the search benchmark's database), exports every
# customer through HTTP as CSV and as XLSX, and prints rows, seconds, rows/s, file size and the
# server's peak resident memory. The JVM runs with a small heap (BENCH_JAVA_OPTS, default
# -Xmx768m) to show that an export's memory does not grow with its rows.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx768m}
source bench/seeded-app.sh

echo "== signing in as an exporter who sees every customer"
token=$(bench_token bench-exporter '["customer:read","contact:read","customer:export"]' Export-Everything-2024!)
echo "== VACUUM ANALYZE (as autovacuum would after seeding)"
psql_db -c "vacuum analyze"
rows=$(psql_db -At -c "select count(*) from customers where deleted_at is null")
echo "   $rows live customers; JVM options $BENCH_JAVA_OPTS; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

for format in csv xlsx; do
  echo "== export as $format"
  file="$OUT/export.$format"
  rm -f "$file"
  peak=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
  before=$peak
  started=$(date +%s.%N)
  curl -fsS -H "Authorization: Bearer $token" -o "$file" \
    "http://127.0.0.1:$PORT/api/v1/customers/export?format=$format" &
  download=$!
  while kill -0 "$download" 2>/dev/null; do
    rss=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
    [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 0.5
  done
  wait "$download"
  seconds=$(echo "$(date +%s.%N) - $started" | bc)
  if [ "$format" = csv ]; then
    written=$(( $(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8-sig'))))" "$file") - 1 ))
  else
    written=0
    for sheet in $(unzip -Z1 "$file" 'xl/worksheets/sheet*.xml'); do
      written=$(( written + $(unzip -p "$file" "$sheet" | tr '<' '\n' | grep -c '^row ') - 1 ))
    done
  fi
  printf '   %s rows in %.1f s = %.0f rows/s; %s; server RSS %d MB before, peak %d MB\n' "$written" "$seconds" \
    "$(echo "$written / $seconds" | bc -l)" "$(du -h "$file" | cut -f1)" $(( before / 1024 )) $(( peak / 1024 ))
done
