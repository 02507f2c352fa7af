#!/usr/bin/env bash
# The import benchmark: generates a CSV of BENCH_ROWS Chinese companies (bench/import-csv.py, about
# BENCH_DUPLICATES % of the rows repeating an earlier one), starts Clientele on an EMPTY PostgreSQL
# database, uploads the file through the API as an importer and waits until the job has finished:
# the whole import, with validation, normalisation, matching by phone, email and name, the raw
# rows, versions and search keys. Prints the time, rows/s, the counts, the server's peak resident
# memory and the CPU time of the application and of its PostgreSQL connections; then times
# psql's \copy of the same file into a plain table with the customer table's indexes and prints
# the ratio of the two. While the job runs, the import worker's stack is sampled (jcmd) to show
# where its time goes. BENCH_AGAIN=update (or skip, create) then imports the same file a second
# time in that mode and prints its time. See README, "Benchmarks".
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${BENCH_ROWS:-1000000}
DUPLICATES=${BENCH_DUPLICATES:-3}
MODE=${BENCH_IMPORT_MODE:-create}
SAMPLE_EVERY=${BENCH_SAMPLE_EVERY:-2}
ANALYZE_EVERY=${BENCH_ANALYZE_EVERY:-0}
TIMEOUT=${BENCH_IMPORT_TIMEOUT:-7200}
BENCH_DB=${BENCH_DB:-clientele_bench_import}
APP_DATA=bench/out/import-data
source bench/app.sh

csv="$OUT/import-$ROWS-$DUPLICATES.csv"
if [ ! -s "$csv" ]; then
  echo "== generating $ROWS rows ($DUPLICATES % duplicates) into $csv"
  python3 bench/import-csv.py "$ROWS" "$DUPLICATES" > "$csv.tmp"
  mv "$csv.tmp" "$csv"
fi
echo "   $(du -h "$csv" | cut -f1), $(( $(wc -l < "$csv") - 1 )) rows"

recreate_db
rm -rf "$APP_DATA"
start_app
wait_healthy

echo "== signing in as an importer who sees every customer"
token=$(bench_token bench-importer '["customer:read","customer:create","customer:update","customer:import"]' Import-Everything-2024! read-write)
auth="Authorization: Bearer $token"
echo "   $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); JVM options ${BENCH_JAVA_OPTS:-none}"

# CPU seconds (user + system) of a process; of the PostgreSQL backends serving $DB, sampled into
# pg_seen (pid -> seconds) so that a connection the pool retires meanwhile still counts
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
declare -A pg_base pg_seen
pg_sample() {
  local pid
  for pid in $(psql -X -At -d postgres -c "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()" 2>/dev/null || true); do
    [ -e "/proc/$pid/stat" ] || continue
    pg_seen[$pid]=$(cpu_of "$pid")
    if [ "${1:-}" = base ]; then
      pg_base[$pid]=${pg_seen[$pid]}
    elif [ -z "${pg_base[$pid]:-}" ]; then
      pg_base[$pid]=0
    fi
  done
  return 0
}
pg_used() {
  local total=0 pid
  for pid in "${!pg_seen[@]}"; do total=$(echo "$total + ${pg_seen[$pid]} - ${pg_base[$pid]}" | bc); done
  echo "$total"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

app_cpu_before=$(cpu_of "$APP_PID")
pg_sample base
echo "== importing (mode $MODE)"
started=$(date +%s.%N)
job=$(curl -fsS -H "$auth" -F "file=@$csv;type=text/csv" -F "mode=$MODE" "http://127.0.0.1:$PORT/api/v1/imports")
uploaded=$(date +%s.%N)
id=$(echo "$job" | json 'd["id"]')
printf '   uploaded in %.1f s, job %s\n' "$(echo "$uploaded - $started" | bc)" "$id"

stacks="$OUT/import-stacks.txt"
: > "$stacks"
peak=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
status=queued
last_print=0
last_sample=0
last_analyze=$(date +%s)
last_cpu=0
analyses=0
while [ "$status" = queued ] || [ "$status" = running ]; do
  sleep 0.5
  now=$(date +%s)
  rss=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
  [ "$rss" -gt "$peak" ] && peak=$rss
  job=$(curl -fsS -H "$auth" "http://127.0.0.1:$PORT/api/v1/imports/$id")
  status=$(echo "$job" | json 'd["status"]')
  if [ "$SAMPLE_EVERY" != 0 ] && [ "$status" = running ] && [ $(( now - last_sample )) -ge "$SAMPLE_EVERY" ]; then
    jcmd "$APP_PID" Thread.print 2>/dev/null | awk '/^"import-worker"/ { on = 1 } on && /^$/ { print "--"; on = 0 } on' >> "$stacks" || true
    last_sample=$now
  fi
  if [ "$ANALYZE_EVERY" != 0 ] && [ $(( now - last_analyze )) -ge "$ANALYZE_EVERY" ]; then
    psql_db -c "analyze customers, customer_phones, customer_emails" 2>/dev/null || echo "   (analyze failed: no free connection?)"
    last_analyze=$(date +%s)
    analyses=$(( analyses + 1 ))
  fi
  if [ $(( now - last_cpu )) -ge 5 ]; then
    pg_sample
    last_cpu=$now
  fi
  if [ $(( now - last_print )) -ge 10 ]; then
    echo "   $(echo "$job" | json '"%s: %s of %s rows, %s rows/s" % (d["status"], d["rowsDone"], d["rowsTotal"], d["rowsPerSecond"])')"
    last_print=$now
  fi
  if [ "$(echo "$(date +%s.%N) - $started > $TIMEOUT" | bc)" = 1 ]; then
    echo "The import did not finish within $TIMEOUT s" >&2
    exit 1
  fi
done
app_cpu=$(echo "$(cpu_of "$APP_PID") - $app_cpu_before" | bc)
pg_sample
pg_cpu_used=$(pg_used)
if [ "$status" != completed ]; then
  echo "The import ended $status: $(echo "$job" | json 'd["failure"]')" >&2
  exit 1
fi
# the job's own start and end, as the server recorded them
times=$(echo "$job" | python3 -c "
import json, sys
from datetime import datetime
d = json.load(sys.stdin)
t = lambda k: datetime.fromisoformat(d[k].replace('Z', '+00:00')).timestamp()
print('%.3f %.3f %.3f' % (t('createdAt'), t('startedAt'), t('finishedAt')))")
read -r created_at started_at finished_at <<< "$times"
upload_seconds=$(echo "$uploaded - $started" | bc)
job_seconds=$(echo "$finished_at - $started_at" | bc)
import_seconds=$(echo "$finished_at - $started" | bc)
echo "$job" | json '"   counts: " + ", ".join("%s %s" % kv for kv in d["counts"].items())'
printf '   %d rows in %.1f s (upload %.1f s, queued %.1f s, job %.1f s) = %.0f rows/s; the job alone %.0f rows/s\n' \
  "$ROWS" "$import_seconds" "$upload_seconds" "$(echo "$started_at - $created_at" | bc)" "$job_seconds" \
  "$(echo "$ROWS / $import_seconds" | bc -l)" "$(echo "$ROWS / $job_seconds" | bc -l)"
[ "$ANALYZE_EVERY" != 0 ] && echo "   the customer tables were analysed $analyses times during the import"
printf '   server peak RSS %d MB; CPU during the import: application %.1f s, its PostgreSQL connections %.1f s\n' \
  $(( peak / 1024 )) "$app_cpu" "$pg_cpu_used"
psql_db -At -F ' ' -c "select 'customers ' || (select count(*) from customers) || ', versions ' || (select count(*) from customer_version)
  || ', import rows ' || (select count(*) from import_rows) || ', search keys ' || (select count(*) from customer_search_keys)
  || '; database ' || pg_size_pretty(pg_database_size(current_database()))" | sed 's/^/   /'

if [ -s "$stacks" ]; then
  echo "== where the import worker was, $(grep -c '^--' "$stacks") samples every ${SAMPLE_EVERY} s (all in $stacks)"
  python3 bench/stack-summary.py "$stacks"
fi

echo "== \\copy of the same file into a plain table with the customer table's indexes"
owner=$(psql_db -At -c "select id from users where login = 'bench-importer'")
psql_db -c "drop table if exists bench_copy" -c "create table bench_copy (
    id uuid primary key default gen_random_uuid(), kind varchar(16) not null default 'company',
    name text, phone text, email text, province text, city text, address text, industry text, level text,
    source text, notes text, tags text, owner_id uuid not null default '$owner',
    created_at timestamp with time zone not null default now(),
    updated_at timestamp with time zone not null default now(), deleted_at timestamp with time zone,
    version integer not null default 1)"
indexes=$(psql_db -At -c "select indexdef from pg_indexes where schemaname = current_schema() and tablename = 'customers'
  and indexname not in (select conname from pg_constraint where contype = 'p')")
while IFS= read -r def; do
  copy=$(echo "$def" | sed -E 's/INDEX ([a-z_]*)customers_?([a-z_]*) ON ([a-z_]+\.)?customers /INDEX bench_copy_\1\2 ON bench_copy /')
  if psql_db -c "$copy" 2>/dev/null; then
    echo "   $copy"
  else
    echo "   (not on the plain table: $def)"
  fi
done <<< "$indexes"
started=$(date +%s.%N)
psql_db -c "\\copy bench_copy (name, phone, email, province, city, address, industry, level, source, notes, tags) from '$csv' with (format csv, header true)"
copy_seconds=$(echo "$(date +%s.%N) - $started" | bc)
copied=$(psql_db -At -c "select count(*) from bench_copy")
printf '   %d rows in %.1f s = %.0f rows/s\n' "$copied" "$copy_seconds" "$(echo "$copied / $copy_seconds" | bc -l)"
awk -v i="$import_seconds" -v c="$copy_seconds" -v r="$ROWS" \
  'BEGIN { printf "   ratio = import time / copy time = %.1f s / %.1f s = %.1f (import %.0f rows/s; target for 1,000,000 rows: <= 40 s)\n", i, c, i / c, r / i }'

# BENCH_AGAIN=update|skip|create: the same file imported a second time in that mode, as a company
# that loads its whole archive again would (every row matches the customer the first import made)
if [ -n "${BENCH_AGAIN:-}" ]; then
  echo "== importing the same file again (mode $BENCH_AGAIN)"
  app_cpu_before=$(cpu_of "$APP_PID")
  started=$(date +%s.%N)
  id=$(curl -fsS -H "$auth" -F "file=@$csv;type=text/csv" -F "mode=$BENCH_AGAIN" "http://127.0.0.1:$PORT/api/v1/imports" \
    | json 'd["id"]')
  status=queued
  while [ "$status" = queued ] || [ "$status" = running ]; do
    sleep 0.5
    job=$(curl -fsS -H "$auth" "http://127.0.0.1:$PORT/api/v1/imports/$id")
    status=$(echo "$job" | json 'd["status"]')
  done
  again_seconds=$(echo "$(date +%s.%N) - $started" | bc)
  [ "$status" = completed ] || { echo "The second import ended $status: $(echo "$job" | json 'd["failure"]')" >&2; exit 1; }
  echo "$job" | json '"   counts: " + ", ".join("%s %s" % kv for kv in d["counts"].items())'
  printf '   %d rows in %.1f s = %.0f rows/s; application CPU %.1f s\n' "$ROWS" "$again_seconds" \
    "$(echo "$ROWS / $again_seconds" | bc -l)" "$(echo "$(cpu_of "$APP_PID") - $app_cpu_before" | bc)"
fi
