#!/usr/bin/env bash
# The seeding benchmark: creates BENCH_CUSTOMERS (default 100,000) demo customers with their
# contacts, versions and search keys in a fresh PostgreSQL database through the façade
# (CustomerManagement.createAll, batches of BENCH_BATCH on BENCH_WRITERS threads, see
# bench/seeded-app.sh) and prints customers/s beside the CPU seconds of the JVM and of the whole
# machine while seeding: on a small machine the two share the cores with PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_CUSTOMERS=${BENCH_CUSTOMERS:-100000}
BENCH_DB=${BENCH_DB:-clientele_seed}
BENCH_REUSE=0
busy() { awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat; }
machine_before=$(busy)
source bench/seeded-app.sh
machine=$(( ($(busy) - machine_before) / $(getconf CLK_TCK) ))
jvm=$(( $(awk '{print $14+$15}' "/proc/$APP_PID/stat") / $(getconf CLK_TCK) ))
echo "   CPU seconds from start to seeded: JVM $jvm, whole machine $machine ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
