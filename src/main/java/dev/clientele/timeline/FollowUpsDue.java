package dev.clientele.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One user's open follow-ups on a day, in three groups, each soonest first.
 *
 * @param today the day the groups are reckoned from, in the server's time zone
 * @param overdue due before today
 * @param dueToday due today
 * @param upcoming due after today
 */
public record FollowUpsDue(LocalDate today, List<FollowUp> overdue, List<FollowUp> dueToday, List<FollowUp> upcoming) {

	public FollowUpsDue {
		overdue = List.copyOf(overdue);
		dueToday = List.copyOf(dueToday);
		upcoming = List.copyOf(upcoming);
	}

	/** Sorts follow-ups into the groups of {@code today}, each by date and then by customer name. */
	public static FollowUpsDue group(LocalDate today, List<FollowUp> followUps) {
		List<FollowUp> overdue = new ArrayList<>();
		List<FollowUp> dueToday = new ArrayList<>();
		List<FollowUp> upcoming = new ArrayList<>();
		followUps.stream()
			.sorted(Comparator.comparing(FollowUp::dueOn)
				.thenComparing(FollowUp::customerName, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(FollowUp::customerId))
			.forEach(followUp -> {
				switch (Due.of(followUp.dueOn(), today)) {
					case OVERDUE -> overdue.add(followUp);
					case TODAY -> dueToday.add(followUp);
					default -> upcoming.add(followUp);
				}
			});
		return new FollowUpsDue(today, overdue, dueToday, upcoming);
	}

	/** Whether anything is overdue or due today: what a reminder is about. */
	public boolean anythingDue() {
		return !overdue.isEmpty() || !dueToday.isEmpty();
	}

	public boolean isEmpty() {
		return !anythingDue() && upcoming.isEmpty();
	}

	/** Where a follow-up's date lies from a given day. */
	public enum Due {

		OVERDUE, TODAY, UPCOMING;

		public static Due of(LocalDate dueOn, LocalDate today) {
			return dueOn.isBefore(today) ? OVERDUE : dueOn.isEqual(today) ? TODAY : UPCOMING;
		}

		/** The group's name in URLs and JSON: {@code overdue}, {@code today}, {@code upcoming}. */
		@com.fasterxml.jackson.annotation.JsonValue
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Optional<Due> fromKey(String key) {
			for (Due due : values()) {
				if (due.key().equals(key)) {
					return Optional.of(due);
				}
			}
			return Optional.empty();
		}

	}

}
