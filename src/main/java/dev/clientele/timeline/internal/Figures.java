package dev.clientele.timeline.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer's figures as a fold over its current entries, in the order they occurred: the same
 * rules whether one entry is added to stored figures or the figures are recomputed after a
 * correction or a void.
 * <ul>
 * <li>an order counts unless cancelled; it adds its amount to the spend when in the base currency;
 * <li>a refund in status {@code refunded} and the base currency takes its amount off the spend;
 * <li>a follow-up is a contact; the latest one's next date (and its author) is the next follow-up.
 * </ul>
 */
record Figures(Instant firstOrderAt, Instant lastOrderAt, int orderCount, BigDecimal totalSpend, Instant lastContactAt,
		LocalDate nextFollowUpOn, UUID followUpBy) {

	static final Figures NONE = new Figures(null, null, 0, BigDecimal.ZERO, null, null, null);

	/** What the figures need of an entry. */
	record Fact(String kind, String status, Instant occurredAt, BigDecimal amount, String currency,
			LocalDate nextFollowUpOn, UUID actorId) {

		static Fact of(EntryDraft draft, UUID actorId) {
			return new Fact(draft.kind(), draft.status(), draft.occurredAt(), draft.amount(), draft.currency(),
					draft.nextFollowUpOn(), actorId);
		}

	}

	Figures plus(Fact fact, String baseCurrency) {
		boolean inBase = fact.amount() != null && baseCurrency.equals(fact.currency());
		switch (fact.kind()) {
			case BuiltInKinds.ORDER:
				if (BuiltInKinds.CANCELLED.equals(fact.status())) {
					return this;
				}
				return new Figures(earlier(firstOrderAt, fact.occurredAt()), later(lastOrderAt, fact.occurredAt()),
						orderCount + 1, inBase ? totalSpend.add(fact.amount()) : totalSpend, lastContactAt, nextFollowUpOn,
						followUpBy);
			case BuiltInKinds.REFUND:
				if (!BuiltInKinds.REFUNDED.equals(fact.status()) || !inBase) {
					return this;
				}
				return new Figures(firstOrderAt, lastOrderAt, orderCount, totalSpend.subtract(fact.amount()),
						lastContactAt, nextFollowUpOn, followUpBy);
			case BuiltInKinds.FOLLOW_UP:
				if (lastContactAt != null && fact.occurredAt().isBefore(lastContactAt)) {
					return this;
				}
				return new Figures(firstOrderAt, lastOrderAt, orderCount, totalSpend, fact.occurredAt(),
						fact.nextFollowUpOn(), fact.nextFollowUpOn() == null ? null : fact.actorId());
			default:
				return this;
		}
	}

	/** Whether the fact changes any figure (so that a batch touches only customers it changes). */
	static boolean counts(String kind) {
		return kind.equals(BuiltInKinds.ORDER) || kind.equals(BuiltInKinds.REFUND) || kind.equals(BuiltInKinds.FOLLOW_UP);
	}

	private static Instant earlier(Instant a, Instant b) {
		return a == null || b.isBefore(a) ? b : a;
	}

	private static Instant later(Instant a, Instant b) {
		return a == null || b.isAfter(a) ? b : a;
	}

}
