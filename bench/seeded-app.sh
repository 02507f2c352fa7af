# Shared by the benchmarks (sourced, not run): starts Clientele on a PostgreSQL database seeded
# with BENCH_CUSTOMERS demo customers (reused with BENCH_REUSE=1 when it holds enough), waits until
# seeding has finished and the application is healthy, and stops it when the calling script exits.
# BENCH_JAVA_OPTS are passed to the JVM (e.g. -Xmx512m).
CUSTOMERS=${BENCH_CUSTOMERS:-1000000}
DB=${BENCH_DB:-clientele_bench}
PORT=${BENCH_PORT:-18080}
PGHOST=127.0.0.1
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
WRITERS=${BENCH_WRITERS:-4}
BATCH=${BENCH_BATCH:-1000}
SEED_TIMEOUT=${BENCH_SEED_TIMEOUT:-7200}
OUT=bench/out
# the bench-only administrator of a bench-only database, on 127.0.0.1
ADMIN_PASSWORD=Bench-Chief-2024!
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
  java ${BENCH_JAVA_OPTS:-} -jar "$OUT/clientele.jar" --server.address=127.0.0.1 --clientele.demo.customers="$CUSTOMERS" \
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


# bench_token ROLE PERMISSIONS PASSWORD: makes a role of scope all with these permissions (a JSON
# array) and a user of the same name, and prints a read token of that user
bench_token() {
  local api="curl -fsS -H Content-Type:application/json"
  local admin
  admin=$($api -u "admin:$ADMIN_PASSWORD" -X POST "http://127.0.0.1:$PORT/api/v1/tokens" -d '{"name":"bench","scope":"read-write"}' \
    | sed -E 's/.*"token":"([^"]+)".*/\1/')
  $api -H "Authorization: Bearer $admin" -X POST "http://127.0.0.1:$PORT/api/v1/roles" \
    -d "{\"key\":\"$1\",\"name\":\"$1\",\"scope\":\"all\",\"permissions\":$2}" > /dev/null 2>&1 || true
  $api -H "Authorization: Bearer $admin" -X POST "http://127.0.0.1:$PORT/api/v1/users" \
    -d "{\"login\":\"$1\",\"name\":\"$1\",\"roles\":[\"$1\"],\"password\":\"$3\"}" > /dev/null 2>&1 || true
  $api -u "$1:$3" -X POST "http://127.0.0.1:$PORT/api/v1/tokens" -d '{"name":"bench","scope":"read"}' \
    | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
