package dev.clientele.timeline;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import dev.clientele.shared.Slice;
import dev.clientele.shared.WriteContext;

/**
 * The timeline's façade. Every call acts for the current user: it needs {@code timeline:read} or
 * {@code timeline:write} and sees only customers within their data scope.
 */
public interface TimelineManagement {

	/** Every kind of entry, built-in kinds first. */
	List<EntryKind> kinds();

	/**
	 * Adds a kind.
	 *
	 * @throws dev.clientele.shared.InvalidInputException naming each bad member
	 * @throws dev.clientele.shared.ConflictException if the key is taken
	 */
	EntryKind defineKind(DefineKind command);

	/**
	 * Appends one entry (or a correction, with {@code supersedes}). An entry whose source and
	 * external id were recorded before is not appended again: that entry is answered.
	 *
	 * @throws dev.clientele.shared.InvalidInputException naming each bad member
	 * @throws dev.clientele.shared.NotFoundException if the customer is not visible
	 * @throws dev.clientele.shared.ConflictException if the superseded entry is no longer current
	 */
	Recorded record(RecordEntry command);

	/** An appended entry, and whether it was new or recorded before under the same external id. */
	record Recorded(TimelineEntry entry, boolean created) {
	}

	/**
	 * Voids an entry: it stays on the trail and leaves the current picture.
	 *
	 * @throws dev.clientele.shared.InvalidInputException if the reason is blank
	 * @throws dev.clientele.shared.ConflictException if it was already corrected or voided
	 */
	TimelineEntry voidEntry(UUID entryId, String reason, WriteContext context);

	/** One entry as the reader may see it; empty if it or its customer is not visible. */
	Optional<TimelineEntry> entry(UUID entryId);

	/**
	 * A page of a customer's timeline.
	 *
	 * @throws dev.clientele.shared.NotFoundException if the customer is not visible
	 * @throws dev.clientele.shared.InvalidInputException for a bad cursor, limit or kind
	 */
	Slice<TimelineEntry> timeline(TimelineQuery query);

	/**
	 * Appends lines, each a {@link RecordEntry} with its customer, judged on its own: a rejected
	 * line never stops the others. Lines are written in steps, each committed with its figures.
	 *
	 * @param lines the lines in order; a line that could not be read arrives as a {@link BatchLine} with violations
	 * @param results receives one result per line, in order, as each step commits
	 */
	void recordBatch(Iterator<BatchLine> lines, Consumer<BatchLineResult> results);

	/** One line of a batch: the entry, or why it could not be read. */
	record BatchLine(long number, RecordEntry entry, List<dev.clientele.shared.Violation> unreadable) {

		public BatchLine {
			unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
		}

	}

	/**
	 * The customer's figures, as the reader may see them.
	 *
	 * @throws dev.clientele.shared.NotFoundException if the customer is not visible
	 */
	CustomerFigures figures(UUID customerId);

	/**
	 * The current user's open follow-ups: the customers whose next follow-up is for them, within
	 * their data scope and not in the recycle bin, grouped against today (the clock's instant in the
	 * server's time zone).
	 *
	 * @param due only this group, or {@code null} for all three
	 */
	FollowUpsDue followUps(FollowUpsDue.Due due);

	/**
	 * How many follow-ups are overdue per user, over the users whose customers the current user sees
	 * (every user with scope {@code all}), most first; users with none overdue are left out.
	 */
	List<OverdueFollowUps> overdueByRep();

	/**
	 * The current orders of these customers that happened from {@code from} on, oldest first, read
	 * without a user's scope: for attributing revenue to campaigns the customers were part of.
	 */
	List<Order> ordersSince(java.util.Collection<UUID> customerIds, java.time.Instant from);

	/** Recomputes the RFM scores of every customer with orders; answers how many were scored. */
	int scoreRfm();

}
