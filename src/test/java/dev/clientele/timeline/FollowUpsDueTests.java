package dev.clientele.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpsDueTests {

	static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

	static FollowUp due(String name, LocalDate on) {
		return new FollowUp(UUID.randomUUID(), name, on, null);
	}

	@Test
	void yesterdayIsOverdueTodayIsDueAndTomorrowIsUpcoming() {
		assertThat(FollowUpsDue.Due.of(TODAY.minusDays(1), TODAY)).isEqualTo(FollowUpsDue.Due.OVERDUE);
		assertThat(FollowUpsDue.Due.of(TODAY, TODAY)).isEqualTo(FollowUpsDue.Due.TODAY);
		assertThat(FollowUpsDue.Due.of(TODAY.plusDays(1), TODAY)).isEqualTo(FollowUpsDue.Due.UPCOMING);
	}

	@Test
	void followUpsFallIntoTheirGroupsSoonestFirstAndByNameOnTheSameDay() {
		FollowUp lastYear = due("乙", TODAY.minusYears(1));
		FollowUp yesterdayB = due("B", TODAY.minusDays(1));
		FollowUp yesterdayA = due("A", TODAY.minusDays(1));
		FollowUp today = due("C", TODAY);
		FollowUp hidden = due(null, TODAY);
		FollowUp nextWeek = due("D", TODAY.plusWeeks(1));
		FollowUp tomorrow = due("E", TODAY.plusDays(1));

		FollowUpsDue groups = FollowUpsDue.group(TODAY,
				List.of(nextWeek, yesterdayB, today, tomorrow, lastYear, hidden, yesterdayA));

		assertThat(groups.overdue()).containsExactly(lastYear, yesterdayA, yesterdayB);
		assertThat(groups.dueToday()).containsExactly(today, hidden);
		assertThat(groups.upcoming()).containsExactly(tomorrow, nextWeek);
		assertThat(groups.anythingDue()).isTrue();
	}

	@Test
	void onlyUpcomingFollowUpsAreNothingDueYet() {
		FollowUpsDue groups = FollowUpsDue.group(TODAY, List.of(due("A", TODAY.plusDays(2))));

		assertThat(groups.anythingDue()).isFalse();
		assertThat(groups.isEmpty()).isFalse();
		assertThat(FollowUpsDue.group(TODAY, List.of()).isEmpty()).isTrue();
	}

	@Test
	void groupsAreNamedAsInUrls() {
		assertThat(FollowUpsDue.Due.fromKey("today")).contains(FollowUpsDue.Due.TODAY);
		assertThat(FollowUpsDue.Due.fromKey("overdue")).contains(FollowUpsDue.Due.OVERDUE);
		assertThat(FollowUpsDue.Due.fromKey("later")).isEmpty();
	}

}
