#!/usr/bin/env python3
"""Summarises samples of one thread's stack (jcmd Thread.print excerpts separated by "--" lines),
as bench/import.sh takes them of the import worker, bench/marketing.sh of the campaign email
sender and bench/timeline.sh of the threads appending batches: the share of samples in each part
of a step (PARTS: "import", the default, "marketing" or "timeline"), whether the thread was
waiting for PostgreSQL, and the innermost frames of the application.

    python3 bench/stack-summary.py bench/out/import-stacks.txt
    python3 bench/stack-summary.py bench/out/marketing-stacks.txt marketing
    python3 bench/stack-summary.py bench/out/timeline-stacks.txt timeline
"""
import collections
import re
import sys

# (what, a frame that marks it), innermost first: a sample counts for the first part one of its
# frames marks, looking from the top of the stack down
PARTS = [
    ("customer_search_keys insert", "customer.internal.SearchKeyRepository.insertAll"),
    ("search keys computed (suffixes, pinyin)", "customer.internal.SearchKeys."),
    ("customer_version insert", "customer.internal.VersionRepository.appendAll"),
    ("version snapshots and changes as JSON", "customer.internal.Snapshots."),
    ("customers insert", "customer.internal.CustomerRepository.insertAll"),
    ("phones, emails, tags insert", "customer.internal.CustomerRepository.insertSideRows"),
    ("events and their listeners (change log, audit)", "publishEvent"),
    ("matching: phone, email, name lookups", "customer.internal.CustomerMatches."),
    ("phone numbers parsed (libphonenumber)", "customer.internal.PhoneNumbers."),
    ("erasure block list lookup", "privacy.internal."),
    ("custom field definitions read", "customfield.internal."),
    ("validation and normalisation", "customer.internal.ProfileRules."),
    ("drafting (ids, rules)", "customer.internal.CustomerCreation.draft"),
    ("import_rows insert", "importing.internal.ImportRowRepository.insertAll"),
    ("earlier rows of duplicates looked up", "importing.internal.ImportRowRepository.createdRows"),
    ("table statistics refreshed (analyze)", "refreshStatistics"),
    ("job progress", "importing.internal.ImportBatchRepository."),
    ("row conversion (cells to input)", "importing.internal.RowConversion."),
    ("counting the file's rows", "importing.internal.ImportRunner.count"),
    ("CSV parsing", "importing.internal.CsvRows."),
    ("transaction commit", "TransactionManager.commit"),
]

# the campaign email sender's batch (marketing.internal.EmailSender)
MARKETING_PARTS = [
    ("transaction commit", "TransactionManager.commit"),
    ("MIME message built (SmtpMailer.message)", "mail.internal.SmtpMailer.message"),
    ("SMTP: writing messages, the server's answers", "JavaMailSenderImpl"),
    ("figures read (timeline)", "MessageFacts.figures"),
    ("links signed (HMAC)", "SignedTokens"),
    ("message rendered", "marketing.internal.MessageComposer"),
    ("message values", "marketing.internal.MessageValues"),
    ("customers and contacts read (reachable)", ".reachable("),
    ("consent check", "consent.internal."),
    ("claim: update and re-read per member", "EmailSender.claim"),
    ("marking: status update and trail insert", "EmailSender.record"),
    ("marking (other)", "EmailSender.settle"),
    ("due members read", "MemberRepository.due"),
    ("campaign read", "CampaignRepository."),
    ("pacing (sleeping to the rate)", "EmailSender.pace"),
    ("idle (waiting for the next look)", "DelayedWorkQueue.take"),
]

# a request thread appending a timeline batch (timeline.internal.BatchSteps)
TIMELINE_PARTS = [
    ("transaction commit", "TransactionManager.commit"),
    ("entries and their keys: COPY", "EntryRepository.insertAll"),
    ("figures: added up in the database", "FigureAddition.addUp"),
    ("figures: added up in memory", "FigureKeeper.add"),
    ("idempotency keys looked up", "EntryRepository.recorded"),
    ("customers visible", "visibleLive"),
    ("contacts' customers", "customersOf"),
    ("partitions ensured", "MonthlyPartitions"),
    ("content digest of lines without an external id", "ContentDigest"),
    ("lines judged (rules)", "EntryRules."),
    ("results written", "BatchLineResult"),
    ("lines read and parsed (NDJSON)", "TimelineApiController"),
    ("waiting for a request", "NioEndpoint"),
]

PART_SETS = {"import": PARTS, "marketing": MARKETING_PARTS, "timeline": TIMELINE_PARTS}


def main(path, parts_set="import"):
    chosen = PART_SETS[parts_set]
    samples = [s for s in open(path, encoding="utf-8").read().split("--\n") if s.strip()]
    parts, own, waiting, n = collections.Counter(), collections.Counter(), 0, 0
    for sample in samples:
        frames = re.findall(r"^\s+at (\S+)\(", sample, re.M)
        if not frames:
            continue
        n += 1
        part = next((what for frame in frames for what, mark in chosen if mark in frame), "other")
        parts[part] += 1
        mine = next((f for f in frames if f.startswith("dev.clientele.")), "?")
        own[re.sub(r"\$\$Lambda.*", "(lambda)", mine.replace("dev.clientele.", ""))] += 1
        # the JDBC driver reading PostgreSQL's answer
        if any(f.startswith("org.postgresql.core.VisibleBufferedInputStream") for f in frames[:12]) \
                or (frames[0].startswith("sun.nio.ch.") and any(f.startswith("org.postgresql.") for f in frames)):
            waiting += 1
    if not n:
        print("   no samples")
        return
    print("   %d samples; waiting for PostgreSQL's answer in %d %%" % (n, round(100 * waiting / n)))
    print("   by part of the step:")
    for what, count in parts.most_common():
        print("   %5.1f %%  %s" % (100 * count / n, what))
    print("   innermost frame of the application:")
    for what, count in own.most_common(10):
        print("   %5.1f %%  %s" % (100 * count / n, what))


if __name__ == "__main__":
    main(*sys.argv[1:3])
