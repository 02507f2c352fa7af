# Shared by the benchmarks (sourced, not run): starts Clientele on a PostgreSQL database seeded
# with BENCH_CUSTOMERS demo customers (reused with BENCH_REUSE=1 when it holds enough), waits until
# seeding has finished and the application is healthy, and stops it when the calling script exits
# (see bench/app.sh). A calling script may set the array APP_ARGS to more arguments of Clientele.
CUSTOMERS=${BENCH_CUSTOMERS:-1000000}
WRITERS=${BENCH_WRITERS:-4}
BATCH=${BENCH_BATCH:-1000}
SEED_TIMEOUT=${BENCH_SEED_TIMEOUT:-7200}
source bench/app.sh

existing=0
if [ "${BENCH_REUSE:-0}" = 1 ] && psql -X -At -d postgres -c "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  existing=$(psql_db -At -c "select count(*) from customers" 2>/dev/null || echo 0)
fi
if [ "$existing" -ge "$CUSTOMERS" ]; then
  echo "== reusing $DB with $existing customers"
else
  recreate_db
fi

start_app --clientele.demo.customers="$CUSTOMERS" --clientele.demo.writers="$WRITERS" --clientele.demo.batch-size="$BATCH" \
  ${APP_ARGS[@]+"${APP_ARGS[@]}"}

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
wait_healthy
