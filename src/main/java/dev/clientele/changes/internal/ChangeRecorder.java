package dev.clientele.changes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends changes to the log under the head's lock, held until commit: a change appended later
 * can neither take a lower sequence number nor become visible before one appended earlier. A
 * change already in the log (a redelivered event) is left out; a batch's changes are looked up and
 * inserted together. Subscribers to the stream are told once the append committed.
 */
@Component
class ChangeRecorder {

	private final ChangeLog log;

	private final ChangeStream stream;

	private final Clock clock;

	ChangeRecorder(ChangeLog log, ChangeStream stream, Clock clock) {
		this.log = log;
		this.stream = stream;
		this.clock = clock;
	}

	@Transactional
	void append(List<ChangeRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		long head = log.lockHead();
		long seq = head;
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Set<ChangeLog.Key> logged = log.present(rows);
		List<ChangeRow> appended = new ArrayList<>();
		for (ChangeRow row : rows) {
			if (logged.add(new ChangeLog.Key(row.recordId(), row.version()))) {
				appended.add(row.at(++seq, now));
			}
		}
		if (appended.isEmpty()) {
			return;
		}
		log.appendAll(appended);
		log.moveHead(seq);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					stream.changed();
				}
			});
		}
	}

}
