#!/usr/bin/env bash
# The search benchmark: seeds BENCH_CUSTOMERS demo customers into a PostgreSQL database through
# the application, then measures through HTTP (as a reader whose role sees every customer):
# get by id, a filtered and sorted first list page, keyword searches (distinctive and common
# two-character Chinese fragments, pinyin initials, phone endings), GET-by-id throughput, and
# pgbench TPS of a plain select by id on the same table. Talks to 127.0.0.1 only; stops the
# application on exit. See README, "Benchmarks".
set -euo pipefail
cd "$(dirname "$0")/.."

CUSTOMERS=${BENCH_CUSTOMERS:-1000000}
DB=${BENCH_DB:-clientele_bench}
PORT=${BENCH_PORT:-18080}
PGHOST=127.0.0.1
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
WRITERS=${BENCH_WRITERS:-4}
BATCH=${BENCH_BATCH:-1000}
REQUESTS=${BENCH_REQUESTS:-300}
HTTP_THREADS=${BENCH_HTTP_THREADS:-4}
SECONDS_PER_THROUGHPUT=${BENCH_THROUGHPUT_SECONDS:-15}
SEED_TIMEOUT=${BENCH_SEED_TIMEOUT:-7200}
OUT=bench/out
# bench-only accounts on a bench-only database, on 127.0.0.1
ADMIN_PASSWORD=Bench-Chief-2024!
READER_PASSWORD=Quick-Lookup-2024!
export PGHOST PGPORT PGUSER

mkdir -p "$OUT/samples"
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT INT TERM

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== building the jar"
  mvn -q -B -DskipTests package
fi

existing=0
if [ "${BENCH_REUSE:-0}" = 1 ] && psql -X -At -d postgres -c "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  existing=$(psql_db -At -c "select count(*) from customers" 2>/dev/null || echo 0)
fi
if [ "$existing" -ge "$CUSTOMERS" ]; then
  echo "== reusing $DB with $existing customers"
else
  echo "== creating database $DB"
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi

# run a copy, so that a build during the benchmark cannot change the jar under the application
cp target/clientele.jar "$OUT/clientele.jar"
echo "== starting Clientele on 127.0.0.1:$PORT with --clientele.demo.customers=$CUSTOMERS"
CLIENTELE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?reWriteBatchedInserts=true" \
CLIENTELE_DB_USER=$PGUSER CLIENTELE_PORT=$PORT \
CLIENTELE_ADMIN_PASSWORD="$ADMIN_PASSWORD" CLIENTELE_REQUIRE_ADMIN_MFA=false CLIENTELE_DATA_DIR="$OUT/data" \
  java -jar "$OUT/clientele.jar" --server.address=127.0.0.1 --clientele.demo.customers="$CUSTOMERS" \
    --clientele.demo.writers="$WRITERS" --clientele.demo.batch-size="$BATCH" > "$OUT/app.log" 2>&1 &
APP_PID=$!

started=$(date +%s)
seeded=
while [ -z "$seeded" ]; do
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    echo "Clientele stopped; see $OUT/app.log" >&2
    tail -n 30 "$OUT/app.log" >&2
    exit 1
  fi
  if [ $(( $(date +%s) - started )) -gt "$SEED_TIMEOUT" ]; then
    echo "Seeding did not finish within $SEED_TIMEOUT s" >&2
    exit 1
  fi
  seeded=$(grep -E "Demo data: (created|the database already holds)" "$OUT/app.log" || true)
  progress=$(grep -E "Demo data: [0-9]+ of" "$OUT/app.log" | tail -n 1 | sed 's/.*Demo data: //' || true)
  [ -n "$progress" ] && [ "$progress" != "${last:-}" ] && echo "   $progress" && last=$progress
  sleep 2
done
echo "   ${seeded##*Demo data: }"
until curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "Clientele stopped" >&2; exit 1; }
  sleep 1
done

echo "== signing in as a reader who sees every customer"
api() { curl -fsS -H 'Content-Type: application/json' "$@"; }
admin_token=$(api -u "admin:$ADMIN_PASSWORD" -X POST "http://127.0.0.1:$PORT/api/v1/tokens" -d '{"name":"bench","scope":"read-write"}' \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
api -H "Authorization: Bearer $admin_token" -X POST "http://127.0.0.1:$PORT/api/v1/roles" \
  -d '{"key":"bench-reader","name":"Bench reader","scope":"all","permissions":["customer:read","contact:read"]}' > /dev/null 2>&1 || true
api -H "Authorization: Bearer $admin_token" -X POST "http://127.0.0.1:$PORT/api/v1/users" \
  -d "{\"login\":\"bench-reader\",\"name\":\"Bench reader\",\"roles\":[\"bench-reader\"],\"password\":\"$READER_PASSWORD\"}" > /dev/null 2>&1 || true
BENCH_TOKEN=$(api -u "bench-reader:$READER_PASSWORD" -X POST "http://127.0.0.1:$PORT/api/v1/tokens" -d '{"name":"bench","scope":"read"}' \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
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
