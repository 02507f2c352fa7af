#!/usr/bin/env bash
# The search benchmark: seeds BENCH_CUSTOMERS demo customers into a PostgreSQL database through
# the application, then measures through HTTP (as a reader whose role sees every customer):
# get by id, a filtered and sorted first list page, keyword searches (distinctive and common
# two-character Chinese fragments, pinyin initials, phone endings), GET-by-id throughput, and
# pgbench TPS of a plain select by id on the same table. Talks to 127.0.0.1 only; stops the
# application on exit. See README, "Benchmarks".
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/seeded-app.sh

REQUESTS=${BENCH_REQUESTS:-300}
HTTP_THREADS=${BENCH_HTTP_THREADS:-4}
SECONDS_PER_THROUGHPUT=${BENCH_THROUGHPUT_SECONDS:-15}
READER_PASSWORD=Quick-Lookup-2024!

echo "== signing in as a reader who sees every customer"
BENCH_TOKEN=$(bench_token bench-reader '["customer:read","contact:read"]' "$READER_PASSWORD")
export BENCH_TOKEN

echo "== VACUUM ANALYZE"
psql_db -c "vacuum analyze"
psql_db -c "drop table if exists bench_ids" \
  -c "create table bench_ids as select row_number() over () as n, id from customers where deleted_at is null" \
  -c "alter table bench_ids add primary key (n)" -c "analyze bench_ids"
rows=$(psql_db -At -c "select count(*) from bench_ids")
sizes=$(psql_db -At -c "select pg_size_pretty(pg_database_size('$DB')) || ', customer_search_keys ' || (select count(*) from customer_search_keys) || ' rows'")
echo "   $rows customers; database $sizes"

echo "== drawing samples"
psql_db -At -c "select id from bench_ids order by random() limit 5000" > "$OUT/samples/ids.txt"
psql_db -At -c "select name from customers where kind = 'company' and name like '%有限公司' order by random() limit 2000" > "$OUT/samples/companies.txt"
psql_db -At -c "select name from customers where kind = 'person' and name !~ '[A-Za-z]' order by random() limit 2000" > "$OUT/samples/persons.txt"
psql_db -At -c "select right(e164, 4) from customer_phones order by random() limit 2000" > "$OUT/samples/phones.txt"
psql_db -At -c "select city from customers order by random() limit 500" > "$OUT/samples/cities.txt"
rm -f "$OUT/samples/get-throughput"
mkdir -p "$OUT/lib"
unzip -q -o -j "$OUT/clientele.jar" 'BOOT-INF/lib/pinyin4j-*.jar' -d "$OUT/lib"

echo "== HTTP, $REQUESTS requests per kind after a warm-up ($rows customers; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
timeout 1800 java -cp "$(ls "$OUT"/lib/pinyin4j-*.jar)" bench/SearchBench.java "http://127.0.0.1:$PORT" "$OUT/samples" \
  "$REQUESTS" "$HTTP_THREADS" "$SECONDS_PER_THROUGHPUT"

ab_rps=
if command -v ab > /dev/null; then
  echo "== ab: GET /api/v1/customers/<id>, 4 keep-alive connections, 15 s (a C client that leaves the cores to the server)"
  ab -q -k -c 4 -t 15 -n 10000000 -H "Authorization: Bearer $BENCH_TOKEN" \
    "http://127.0.0.1:$PORT/api/v1/customers/$(head -n 1 "$OUT/samples/ids.txt")" > "$OUT/ab.txt" 2>&1 || true
  ab_rps=$(grep -E "^Requests per second" "$OUT/ab.txt" | awk '{print $4}')
  echo "   ab: $ab_rps requests/s ($(grep -E '^(Failed|Non-2xx)' "$OUT/ab.txt" | tr '\n' ' '))"
fi

echo "== pgbench: select * from customers where id = <random id>, 2 clients, 15 s"
cat > "$OUT/select-by-id.sql" <<SQL
\set n random(1, $rows)
select * from customers where id = (select id from bench_ids where n = :n);
SQL
pgbench -n -c 2 -j 2 -T 15 -f "$OUT/select-by-id.sql" "$DB" > "$OUT/pgbench.txt" 2>&1
tps=$(grep -E "^tps" "$OUT/pgbench.txt" | sed -E 's/tps = ([0-9.]+).*/\1/' | tail -n 1)
http=$(cat "$OUT/samples/get-throughput")
echo "   pgbench TPS: $tps"
awk -v h="$http" -v p="$tps" 'BEGIN { printf "   HTTP GET by id / pgbench: %.0f / %.0f = %.2f (target >= 0.20)\n", h, p, h / p }'
if [ -n "$ab_rps" ]; then
  awk -v h="$ab_rps" -v p="$tps" 'BEGIN { printf "   HTTP GET by id (ab) / pgbench: %.0f / %.0f = %.2f (target >= 0.20)\n", h, p, h / p }'
fi
