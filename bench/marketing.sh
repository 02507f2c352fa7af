#!/usr/bin/env bash
# The marketing benchmark (issue 7): on a PostgreSQL database seeded with BENCH_CUSTOMERS demo
# customers (default 1,000,000; reused with BENCH_REUSE=1, see bench/seeded-app.sh), with Clientele
# sending to a local GreenMail SMTP server (bench/MailSink.java, the server the tests use):
# 1. Segment count. It gives the customers timeline figures: BENCH_ENTRIES entries (default
#    1,000,000, 40 % orders; bench/timeline-ndjson.py) through POST /api/v1/timeline/batch, unless
#    the timeline holds that many already (BENCH_CLIENTS concurrent clients, default 1: concurrent
#    batches that give the same customer its first figures can collide on customer_figures). Then
#    it creates a dynamic segment of three predicates, one on a figure (customers in BENCH_CITIES,
#    of level A or B, with a total spend of 1,000 or more), runs VACUUM ANALYZE and prints
#    p50/p95/p99 of BENCH_REQUESTS sequential GET /api/v1/segments/{id}/count (default 200, after
#    a warm-up) and the count. The default cities hold about 7 % of the demo customers, so the
#    count (8,026 of 1,000,000) stays below 10,000, where counting stops and answers "10,000+":
#    every candidate is evaluated.
# 2. Email send rate. It grants email consent to BENCH_RECIPIENTS random customers that have an
#    email address (default 100,000), makes a dynamic segment "consent.email = granted", creates an
#    email campaign for it (subject and body with the customer's name and total spend, a tracked
#    link, the unsubscribe link) and starts it: POST /api/v1/campaigns/{id}/start fixes the members
#    (the consent check included) and the sender sends at up to BENCH_EMAIL_RATE emails/s (default
#    2,000; clientele.marketing.email-rate). It prints the time from the start request until no
#    member waits any more, the emails/s, the members by status, what GreenMail received (messages
#    and distinct Message-IDs), and where the sender thread spent its time (jcmd samples every
#    BENCH_SAMPLE_EVERY s, default 2; 0 takes none).
# The consents are inserted with SQL straight into consent_events and consents (as the consent
# API would record them, source "bench"): setting them up is not what is measured, and 100,000 API
# calls would take longer than the rest of the benchmark. A rerun replaces them and finishes any
# campaign an earlier run left running.
# Targets on a 2-core machine: segment count p95 <= 300 ms on 1,000,000 customers; >= 500 emails/s.
#
#   bench/marketing.sh                                         # seeds 1,000,000 customers first (15-20 minutes)
#   BENCH_REUSE=1 BENCH_SKIP_BUILD=1 bench/marketing.sh        # again on the seeded database
#   BENCH_CUSTOMERS=100000 BENCH_ENTRIES=100000 BENCH_RECIPIENTS=10000 bench/marketing.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ENTRIES=${BENCH_ENTRIES:-1000000}
LINES=${BENCH_LINES:-100000}
CLIENTS=${BENCH_CLIENTS:-1}
REQUESTS=${BENCH_REQUESTS:-200}
CITIES=${BENCH_CITIES:-杭州市,深圳市,成都市,武汉市}
RECIPIENTS=${BENCH_RECIPIENTS:-100000}
EMAIL_RATE=${BENCH_EMAIL_RATE:-2000}
SMTP_PORT=${BENCH_SMTP_PORT:-13025}
SINK_PORT=${BENCH_SINK_PORT:-13026}
SINK_HEAP=${BENCH_SINK_HEAP:-3g}
SEND_TIMEOUT=${BENCH_SEND_TIMEOUT:-3600}
SAMPLE_EVERY=${BENCH_SAMPLE_EVERY:-2}
GREENMAIL_VERSION=$(sed -n 's|.*<greenmail.version>\(.*\)</greenmail.version>.*|\1|p' pom.xml)
GREENMAIL_JAR=target/greenmail-standalone-$GREENMAIL_VERSION.jar

if [ ! -s "$GREENMAIL_JAR" ]; then
  echo "== fetching GreenMail $GREENMAIL_VERSION (standalone) from Maven Central"
  mvn -q -B dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory=target
fi

if [ "${BENCH_REUSE:-0}" = 1 ]; then
  # a campaign an earlier run left running would go on sending as soon as Clientele starts
  psql -X -q -h 127.0.0.1 -p "${BENCH_PGPORT:-5432}" -U "${BENCH_PGUSER:-postgres}" -d "${BENCH_DB:-clientele_bench}" \
    -c "update campaigns set status = 'finished', finished_at = now() where status in ('running', 'paused', 'scheduled')" \
    2>/dev/null || true
fi

# Clientele sends to the sink, which starts once seeding is done (nothing is sent before a campaign starts)
export CLIENTELE_SMTP_HOST=127.0.0.1 CLIENTELE_SMTP_PORT=$SMTP_PORT CLIENTELE_SMTP_FROM=bench@clientele.test
APP_ARGS=(--clientele.marketing.email-rate="$EMAIL_RATE")
source bench/seeded-app.sh

echo "== starting GreenMail on 127.0.0.1:$SMTP_PORT"
java -Xmx"$SINK_HEAP" -cp "$GREENMAIL_JAR" bench/MailSink.java "$SMTP_PORT" "$SINK_PORT" > "$OUT/mail-sink.log" 2>&1 &
SINK_PID=$!
# stops Clientele and the sink when the script exits, also when interrupted
stop_all() { stop_app; kill "$SINK_PID" 2>/dev/null || true; }
trap stop_all EXIT
trap 'exit 130' INT TERM
until curl -fs "http://127.0.0.1:$SINK_PORT/count" > /dev/null; do
  kill -0 "$SINK_PID" 2>/dev/null || { cat "$OUT/mail-sink.log" >&2; exit 1; }
  sleep 1
done

TOKEN=$(bench_token bench-marketer \
  '["customer:read","timeline:read","timeline:write","segment:read","segment:write","campaign:read","campaign:write","consent:write"]' \
  Send-Campaigns-2024! read-write)
BASE="http://127.0.0.1:$PORT"
api() { curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
stamp=$(date +%Y%m%d-%H%M%S)

# ---- 1. the segment count -------------------------------------------------------------------
have=$(psql_db -At -c "select count(*) from timeline_entries")
if [ "$have" -ge "$ENTRIES" ]; then
  echo "== reusing the timeline: $have entries"
else
  BATCHES=$OUT/marketing-batches
  rm -rf "$BATCHES" && mkdir -p "$BATCHES"
  echo "== writing $ENTRIES timeline entries over the customers as NDJSON files of $LINES lines"
  psql_db -At -c "\\copy (select id from customers where deleted_at is null order by random()) to '$OUT/customer-ids'"
  files=$(python3 bench/timeline-ndjson.py "$OUT/customer-ids" "$ENTRIES" "$LINES" "$BATCHES")
  psql_db -c "truncate timeline_entries, timeline_external_keys, timeline_supersessions, customer_figures, customer_contact_figures"
  echo "== appending: $files files, $CLIENTS clients"
  started=$(date +%s.%N)
  ls "$BATCHES"/*.ndjson | xargs -P "$CLIENTS" -I{} sh -c \
    "curl -fsS -X POST '$BASE/api/v1/timeline/batch' -H 'Authorization: Bearer $TOKEN' \
       -H 'Content-Type: application/x-ndjson' --data-binary @{} -o {}.results"
  seconds=$(echo "$(date +%s.%N) - $started" | bc)
  rejected=$(cat "$BATCHES"/*.results | grep -c '"result":"rejected"' || true)
  [ "$rejected" = 0 ] || { grep -m 3 rejected "$BATCHES"/*.results >&2; exit 1; }
  echo "   $(psql_db -At -c "select count(*) from timeline_entries") entries in ${seconds} s"
fi
psql_db -At -c "select count(*) || ' customers with figures, ' || count(*) filter (where order_count > 0)
  || ' with orders, ' || count(*) filter (where total_spend >= 1000) || ' with a total spend of 1,000 or more'
  from customer_figures" | sed 's/^/   /'

cities_json=$(python3 -c 'import json, sys; print(json.dumps(sys.argv[1].split(","), ensure_ascii=False))' "$CITIES")
filter="{\"and\":[{\"field\":\"city\",\"op\":\"in\",\"value\":$cities_json},{\"field\":\"level\",\"op\":\"in\",\"value\":[\"A\",\"B\"]},{\"field\":\"totalSpend\",\"op\":\"between\",\"value\":[\"1000\",null]}]}"
echo "== a dynamic segment: $filter"
segment=$(api -X POST "$BASE/api/v1/segments" -d "{\"name\":\"bench $stamp\",\"kind\":\"dynamic\",\"filter\":$filter}" | json 'd["id"]')
psql_db -At -c "select count(*) || ' customers in these cities, ' || count(*) filter (where level in ('A', 'B')) || ' of them A or B'
  from customers where deleted_at is null and city = any(string_to_array('$CITIES', ','))" | sed 's/^/   /'

echo "== VACUUM ANALYZE (and ANALYZE of every table: with autovacuum off, contacts would have no statistics)"
psql_db -c "vacuum analyze customers" -c "vacuum analyze customer_figures" -c "vacuum analyze timeline_entries" \
  -c "analyze"

echo "== latency, $REQUESTS sequential requests after a warm-up"
echo "/api/v1/segments/$segment/count" > "$OUT/segment-count-paths"
segment_line=$(java bench/TimelineBench.java "$BASE" "$TOKEN" "segment count (3 predicates, 1 a figure)" "$OUT/segment-count-paths" "$REQUESTS")
echo "$segment_line"
segment_count=$(api "$BASE/api/v1/segments/$segment/count")
echo "   count: $segment_count"

# ---- 2. the email send rate -------------------------------------------------------------------
echo "== granting email consent to $RECIPIENTS customers with an email address (SQL, source \"bench\")"
admin=$(psql_db -At -c "select id from users where login = 'admin'")
psql_db -c "delete from consents where source = 'bench'" -c "delete from consent_events where source = 'bench'"
psql_db -c "
  with picked as (
    select c.id from customers c
    where c.deleted_at is null and exists (select 1 from customer_emails e where e.customer_id = c.id)
    order by random() limit $RECIPIENTS
  ), recorded as (
    insert into consent_events (id, customer_id, contact_id, channel, status, source, occurred_at, recorded_at, recorded_by)
    select gen_random_uuid(), id, null, 'email', 'granted', 'bench', now(), now(), '$admin' from picked
    returning id, customer_id, occurred_at
  )
  insert into consents (subject_id, channel, customer_id, contact_id, status, source, occurred_at, recorded_at, recorded_by, event_id)
  select customer_id, 'email', customer_id, null, 'granted', 'bench', occurred_at, occurred_at, '$admin', id from recorded"
psql_db -c "vacuum analyze consents" -c "vacuum analyze consent_events"
echo "   $(psql_db -At -c "select count(*) from consents where channel = 'email' and status = 'granted' and contact_id is null") customers may be emailed"

consent_filter='{"field":"consent.email","op":"eq","value":"granted"}'
audience=$(api -X POST "$BASE/api/v1/segments" \
  -d "{\"name\":\"bench email $stamp\",\"kind\":\"dynamic\",\"filter\":$consent_filter}" | json 'd["id"]')
campaign=$(api -X POST "$BASE/api/v1/campaigns" -d "$(python3 - "$audience" "$stamp" <<'EOF'
import json, sys
print(json.dumps({
    "name": "bench " + sys.argv[2], "channel": "email", "segmentId": sys.argv[1], "goal": "send-rate benchmark",
    "template": {
        "subject": "{{customer.name}}，年终回馈活动",
        "html": "<p>{{customer.name}}，您好！</p><p>感谢您一直以来的支持，您的累计消费为 {{figures.totalSpend}} 元。"
                "年终回馈活动已开始，<a href=\"https://shop.example.com/year-end\">点此查看优惠</a>。</p>"
                "<p>{{owner.name}}</p><p><a href=\"{{links.unsubscribe}}\">退订</a></p>",
        "text": "{{customer.name}}，您好！\n\n感谢您一直以来的支持，您的累计消费为 {{figures.totalSpend}} 元。"
                "年终回馈活动已开始：https://shop.example.com/year-end\n\n{{owner.name}}\n\n退订：{{links.unsubscribe}}\n",
    },
}, ensure_ascii=False))
EOF
)" | json 'd["id"]')
echo "== campaign $campaign: starting (fixing members), sending at up to $EMAIL_RATE emails/s"
stacks=$OUT/marketing-stacks.txt
: > "$stacks"
received_before=$(curl -fsS "http://127.0.0.1:$SINK_PORT/count" | cut -d' ' -f1)
started=$(date +%s.%N)
start_answer=$(api -X POST "$BASE/api/v1/campaigns/$campaign/start")
fixed=$(date +%s.%N)
targeted=$(echo "$start_answer" | json 'd["targeted"]')
echo "   start answered after $(printf '%.1f' "$(echo "$fixed - $started" | bc)") s: $targeted members," \
  "$(echo "$start_answer" | json 'd["excludedNoConsent"]') without consent, $(echo "$start_answer" | json 'd["excludedNoAddress"]') without an address"
waiting() { psql_db -At -c "select count(*) from campaign_members where campaign_id = '$campaign' and status in ('targeted', 'sending')"; }
left=$(waiting)
last_print=$(date +%s)
last_sample=0
while [ "$left" -gt 0 ]; do
  sleep 0.5
  now=$(date +%s)
  if [ "$SAMPLE_EVERY" != 0 ] && [ $(( now - last_sample )) -ge "$SAMPLE_EVERY" ]; then
    jcmd "$APP_PID" Thread.print 2>/dev/null \
      | awk '/^"campaign-email-sender"/ { on = 1 } on && /^$/ { print "--"; on = 0 } on' >> "$stacks" || true
    last_sample=$now
  fi
  left=$(waiting)
  if [ $(( now - last_print )) -ge 10 ]; then
    done_so_far=$(( targeted - left ))
    printf '   %d of %d settled, %.0f/s since the start request\n' "$done_so_far" "$targeted" \
      "$(echo "$done_so_far / ($(date +%s.%N) - $started)" | bc -l)"
    last_print=$now
  fi
  if [ "$(echo "$(date +%s.%N) - $started > $SEND_TIMEOUT" | bc)" = 1 ]; then
    echo "The campaign did not finish sending within $SEND_TIMEOUT s" >&2
    exit 1
  fi
done
ended=$(date +%s.%N)
sent=$(psql_db -At -c "select count(*) from campaign_members where campaign_id = '$campaign' and status = 'sent'")
# the sender's own window: from the first claim to the last member marked sent
window=$(psql_db -At -c "select extract(epoch from max(sent_at) - min(claimed_at)) from campaign_members where campaign_id = '$campaign'")
total_seconds=$(echo "$ended - $started" | bc)
send_rate=$(echo "$sent / $total_seconds" | bc -l)
sender_rate=$(echo "$sent / $window" | bc -l)
echo "   members by status: $(psql_db -At -F ' ' -c "select status, count(*) from campaign_members where campaign_id = '$campaign'
  group by status order by status" | paste -sd, | sed 's/,/, /g')"
sink=$(curl -fsS --max-time 600 "http://127.0.0.1:$SINK_PORT/count")
received=$(( $(echo "$sink" | cut -d' ' -f1) - received_before ))
distinct=$(echo "$sink" | cut -d' ' -f2)
printf '   %d sent in %.1f s from the start request (fixing members %.1f s): %.0f emails/s; the sender alone %.0f emails/s (%.1f s from first claim to last sent)\n' \
  "$sent" "$total_seconds" "$(echo "$fixed - $started" | bc)" "$send_rate" "$sender_rate" "$window"
echo "   GreenMail received $received messages in this run ($distinct distinct Message-IDs in all it holds)"
if [ -s "$stacks" ]; then
  echo "== where the sender thread was, $(grep -c '^--' "$stacks") samples every ${SAMPLE_EVERY} s (all in $stacks)"
  python3 bench/stack-summary.py "$stacks" marketing
fi

echo "== figures ($CUSTOMERS customers; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "$segment_line" | sed 's/^ *//; s/^/   /'
echo "   segment count: $segment_count   (target p95 <= 300 ms)"
printf '   email campaign to %d recipients: %d sent, %.0f emails/s from the start request, %.0f emails/s sending alone; GreenMail received %d   (target >= 500/s)\n' \
  "$targeted" "$sent" "$send_rate" "$sender_rate" "$received"
