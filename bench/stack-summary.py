#!/usr/bin/env python3
"""Summarises samples of one thread's stack (jcmd Thread.print excerpts separated by "--" lines),
as bench/import.sh takes them of the import worker: the share of samples in each part of an import
step, whether the thread was waiting for PostgreSQL, and the innermost frames of the application.

    python3 bench/stack-summary.py bench/out/import-stacks.txt
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
    ("job progress", "importing.internal.ImportBatchRepository."),
    ("row conversion (cells to input)", "importing.internal.RowConversion."),
    ("counting the file's rows", "importing.internal.ImportRunner.count"),
    ("CSV parsing", "importing.internal.CsvRows."),
    ("transaction commit", "TransactionManager.commit"),
]


def main(path):
    samples = [s for s in open(path, encoding="utf-8").read().split("--\n") if s.strip()]
    parts, own, waiting, n = collections.Counter(), collections.Counter(), 0, 0
    for sample in samples:
        frames = re.findall(r"^\s+at (\S+)\(", sample, re.M)
        if not frames:
            continue
        n += 1
        part = next((what for frame in frames for what, mark in PARTS if mark in frame), "other")
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
    main(sys.argv[1])
