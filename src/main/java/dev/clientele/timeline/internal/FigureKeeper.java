package dev.clientele.timeline.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.timeline.CustomerFigures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the customers' figures current inside the writes' transactions: appended entries are
 * added to the locked rows; after a correction or a void the customer's figures are folded again
 * from its current entries.
 */
@Component
class FigureKeeper {

	private final FigureRepository rows;

	private final FigureAddition addition;

	private final EntryRepository entries;

	private final String baseCurrency;

	FigureKeeper(FigureRepository rows, FigureAddition addition, EntryRepository entries,
			@Value("${clientele.timeline.currency:CNY}") String baseCurrency) {
		this.rows = rows;
		this.addition = addition;
		this.entries = entries;
		this.baseCurrency = baseCurrency;
	}

	/**
	 * Adds new entries (none of them a correction) to their customers' figures: what they add up to
	 * per customer, added to the stored figures in the database.
	 */
	void add(List<StoredEntry> appended, Instant now) {
		List<StoredEntry> counted = appended.stream()
			.filter(entry -> Figures.counts(entry.draft().kind()))
			.sorted(java.util.Comparator.comparing((StoredEntry entry) -> entry.draft().occurredAt()))
			.toList();
		if (counted.isEmpty()) {
			return;
		}
		Map<UUID, Figures> additions = new HashMap<>();
		for (StoredEntry entry : counted) {
			UUID customer = entry.draft().customerId();
			Figures.Fact fact = Figures.Fact.of(entry.draft(), entry.actorId());
			additions.put(customer, additions.getOrDefault(customer, Figures.NONE).plus(fact, baseCurrency));
		}
		additions.values().removeIf(Figures.NONE::equals);
		addition.addUp(additions, now);
	}

	/** Folds the customers' figures again from their current entries. */
	void recompute(Collection<UUID> customers, Instant now) {
		rows.lock(customers, now);
		Map<UUID, Figures> figures = new HashMap<>();
		for (UUID customer : customers) {
			Figures folded = Figures.NONE;
			for (Figures.Fact fact : entries.currentFacts(customer)) {
				folded = folded.plus(fact, baseCurrency);
			}
			figures.put(customer, folded);
		}
		rows.save(figures, now);
	}

	CustomerFigures of(UUID customerId, Access access) {
		boolean money = access.field(TimelineAccessFields.TOTAL_SPEND).readable();
		return rows.find(customerId).map(row -> {
			Figures f = row.figures();
			BigDecimal spend = money ? EntryRepository.amount(f.totalSpend(), baseCurrency) : null;
			return new CustomerFigures(customerId, f.firstOrderAt(), f.lastOrderAt(), f.orderCount(), spend, baseCurrency,
					f.lastContactAt(), f.nextFollowUpOn(), f.followUpBy(), row.recency(), row.frequency(), row.monetary());
		}).orElseGet(() -> {
			CustomerFigures none = CustomerFigures.none(customerId, baseCurrency);
			return money ? none : new CustomerFigures(customerId, null, null, 0, null, baseCurrency, null, null, null,
					null, null, null);
		});
	}

	int scoreRfm() {
		return rows.scoreRfm();
	}

}
