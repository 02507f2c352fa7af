#!/usr/bin/env bash
# The floor under the import benchmark: how long PostgreSQL alone takes to store the rows an
# import stores, with no application work at all. It reads the database of a finished
# bench/import.sh run (BENCH_DB, default clientele_bench_import), copies each table the import
# wrote out to a file, and times psql's \copy of that file back into an empty twin of the table
# (same columns, defaults and indexes; no foreign keys). It prints each table's rows and time, and
# the sums beside the import target (1,000,000 rows in 40 s). Tables given as arguments are timed
# alone (e.g. bench/import-floor.sh customer_version). See README, "Benchmarks".
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-clientele_bench_import}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER
OUT=bench/out/floor
mkdir -p "$OUT"
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

# what one imported row needs (the raw row, the customer, its first version, its matching keys),
# then what the rest of Clientele keeps for it (tags, the change log, the search keys)
NEEDED="import_rows customers customer_version customer_phones customer_emails"
REST="customer_tags change_log customer_search_keys"

echo "== PostgreSQL $(psql_db -At -c "select concat_ws(', ', current_setting('server_version'),
  'shared_buffers ' || current_setting('shared_buffers'), 'max_wal_size ' || current_setting('max_wal_size'))"), database $DB"
imported=$(psql_db -At -c "select count(*) from import_rows")
echo "   $imported import rows, $(psql_db -At -c "select count(*) from customers") customers"
[ "$imported" -gt 0 ] || { echo "No import in $DB: run bench/import.sh first" >&2; exit 1; }

tables=${*:-$NEEDED $REST}
total_needed=0
total=0
for table in $tables; do
  file="$OUT/$table.copy"
  psql_db -c "\\copy $table to '$file'"
  psql_db -c "drop table if exists floor_$table" -c "create table floor_$table (like $table including all)"
  psql_db -c "checkpoint"
  started=$(date +%s.%N)
  psql_db -c "\\copy floor_$table from '$file'"
  seconds=$(echo "$(date +%s.%N) - $started" | bc)
  rows=$(psql_db -At -c "select count(*) from floor_$table")
  indexes=$(psql_db -At -c "select count(*) from pg_indexes where tablename = 'floor_$table'")
  printf '   %-22s %10d rows, %d indexes, %6s: %6.1f s\n' "$table" "$rows" "$indexes" \
    "$(du -h "$file" | cut -f1)" "$seconds"
  total=$(echo "$total + $seconds" | bc)
  case " $NEEDED " in *" $table "*) total_needed=$(echo "$total_needed + $seconds" | bc) ;; esac
  psql_db -c "drop table floor_$table"
  rm -f "$file"
done
[ $# -gt 0 ] && exit 0
awk -v n="$total_needed" -v t="$total" -v r="$imported" 'BEGIN {
  printf "   raw rows, customers, versions, phones and emails: %.1f s, %.1f s per 1,000,000 import rows\n", n, n * 1000000 / r
  printf "   everything above:                                  %.1f s, %.1f s per 1,000,000 import rows\n", t, t * 1000000 / r
  printf "   (target: the whole import of 1,000,000 rows in 40 s)\n" }'
