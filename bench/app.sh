# Shared by the benchmarks (sourced, not run): settings, building the jar, starting Clientele on a
# PostgreSQL database ($DB, from BENCH_DB) with start_app, waiting until it is healthy, signing in
# with bench_token, and stopping it when the calling script exits. BENCH_JAVA_OPTS are passed to
# the JVM (e.g. -Xmx512m); APP_DATA is the application's data directory (default bench/out/data).
DB=${BENCH_DB:-clientele_bench}
PORT=${BENCH_PORT:-18080}
PGHOST=127.0.0.1
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
OUT=bench/out
APP_DATA=${APP_DATA:-$OUT/data}
# the bench-only administrator of a bench-only database, on 127.0.0.1
ADMIN_PASSWORD=Bench-Chief-2024!
export PGHOST PGPORT PGUSER

mkdir -p "$OUT/samples"
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

# the server settings that weigh most on write throughput, printed with every benchmark's figures
echo "== PostgreSQL $(psql -X -At -d postgres -c "select concat_ws(', ', current_setting('server_version'),
  'shared_buffers ' || current_setting('shared_buffers'), 'max_wal_size ' || current_setting('max_wal_size'),
  'autovacuum ' || current_setting('autovacuum'), 'synchronous_commit ' || current_setting('synchronous_commit'))")"

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

# recreate_db: drops and creates $DB, empty
recreate_db() {
  echo "== creating database $DB"
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB" -c "create database $DB"
}

# start_app ARGS...: starts a copy of the jar (so that a build during the benchmark cannot change
# the jar under the application) on $DB and $PORT with these arguments; its log is $OUT/app.log
start_app() {
  cp target/clientele.jar "$OUT/clientele.jar"
  echo "== starting Clientele on 127.0.0.1:$PORT $*"
  CLIENTELE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?reWriteBatchedInserts=true" \
  CLIENTELE_DB_USER=$PGUSER CLIENTELE_PORT=$PORT \
  CLIENTELE_ADMIN_PASSWORD="$ADMIN_PASSWORD" CLIENTELE_REQUIRE_ADMIN_MFA=false CLIENTELE_DATA_DIR="$APP_DATA" \
    java ${BENCH_JAVA_OPTS:-} -jar "$OUT/clientele.jar" --server.address=127.0.0.1 "$@" > "$OUT/app.log" 2>&1 &
  APP_PID=$!
}

# wait_healthy: waits until the application answers its health check
wait_healthy() {
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "Clientele stopped; see $OUT/app.log" >&2
      tail -n 30 "$OUT/app.log" >&2
      exit 1
    fi
    sleep 1
  done
}

# bench_token ROLE PERMISSIONS PASSWORD [SCOPE]: makes a role of scope all with these permissions
# (a JSON array) and a user of the same name, and prints a token of that user (SCOPE read, the
# default, or read-write)
bench_token() {
  local api="curl -fsS -H Content-Type:application/json"
  local admin
  admin=$($api -u "admin:$ADMIN_PASSWORD" -X POST "http://127.0.0.1:$PORT/api/v1/tokens" -d '{"name":"bench","scope":"read-write"}' \
    | sed -E 's/.*"token":"([^"]+)".*/\1/')
  $api -H "Authorization: Bearer $admin" -X POST "http://127.0.0.1:$PORT/api/v1/roles" \
    -d "{\"key\":\"$1\",\"name\":\"$1\",\"scope\":\"all\",\"permissions\":$2}" > /dev/null 2>&1 || true
  $api -H "Authorization: Bearer $admin" -X POST "http://127.0.0.1:$PORT/api/v1/users" \
    -d "{\"login\":\"$1\",\"name\":\"$1\",\"roles\":[\"$1\"],\"password\":\"$3\"}" > /dev/null 2>&1 || true
  $api -u "$1:$3" -X POST "http://127.0.0.1:$PORT/api/v1/tokens" -d "{\"name\":\"bench\",\"scope\":\"${4:-read}\"}" \
    | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
