#!/usr/bin/env python3
"""Writes the timeline benchmark's NDJSON batches: ENTRIES entries over the customer ids in IDS_FILE
(about ten per customer), as files of LINES lines named batch-00000.ndjson ... in OUT_DIR.

Kinds: 40 % orders (amounts 10.00-20,000.00, 3 % cancelled), 20 % payments, 5 % refunds,
30 % follow-ups (channel, half with a next follow-up date), 5 % tickets; occurrences spread over
the last three years. Every line has source "bench" and a unique externalId, so posting a file
twice records nothing new.
Usage: timeline-ndjson.py IDS_FILE ENTRIES LINES OUT_DIR
"""
import datetime
import json
import os
import random
import sys

ids_file, entries, lines, out_dir = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
random.seed(42)
ids = [line.strip() for line in open(ids_file) if line.strip()]
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
span = 3 * 365 * 24 * 3600
channels = ["call", "visit", "email", "sms", "wechat", "meeting", "note"]
os.makedirs(out_dir, exist_ok=True)


def entry(n):
    customer = ids[n % len(ids)] if n < len(ids) else random.choice(ids)
    at = now - datetime.timedelta(seconds=random.randrange(span))
    line = {"customerId": customer, "occurredAt": at.isoformat().replace("+00:00", "Z"), "source": "bench",
            "externalId": "E%09d" % n}
    roll = random.random()
    if roll < 0.40:
        line.update(kind="order", amount="%d.%02d" % (random.randint(10, 20000), random.randint(0, 99)),
                    subject="订单", status="cancelled" if random.random() < 0.03 else "completed",
                    attributes={"orderNumber": "SO%09d" % n})
    elif roll < 0.60:
        line.update(kind="payment", amount="%d.00" % random.randint(10, 20000), attributes={"method": "alipay"})
    elif roll < 0.65:
        line.update(kind="refund", amount="%d.00" % random.randint(1, 500))
    elif roll < 0.95:
        attributes = {"channel": random.choice(channels)}
        if random.random() < 0.5:
            attributes["nextFollowUpOn"] = (now + datetime.timedelta(days=random.randint(-30, 60))).date().isoformat()
        line.update(kind="follow-up", subject="跟进", body="客户询问报价与交期，约定下次电话沟通。", attributes=attributes)
    else:
        line.update(kind="ticket", subject="售后工单", status=random.choice(["opened", "closed"]),
                    attributes={"priority": "normal"})
    return json.dumps(line, ensure_ascii=False)


files = 0
for start in range(0, entries, lines):
    with open(os.path.join(out_dir, "batch-%05d.ndjson" % files), "w", encoding="utf-8") as out:
        for n in range(start, min(entries, start + lines)):
            out.write(entry(n))
            out.write("\n")
    files += 1
print(files)
