package dev.clientele.timeline.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTests {

	private static final UUID REP = UUID.randomUUID();

	private static Figures.Fact order(String at, String amount, String status) {
		return new Figures.Fact("order", status, Instant.parse(at), new BigDecimal(amount), "CNY", null, REP);
	}

	private static Figures.Fact followUp(String at, String next) {
		return new Figures.Fact("follow-up", null, Instant.parse(at), null, null, next == null ? null : LocalDate.parse(next),
				REP);
	}

	@Test
	void ordersCountUnlessCancelledAndRefundsTakeTheirAmountOff() {
		Figures figures = Figures.NONE.plus(order("2026-02-01T00:00:00Z", "100", "placed"), "CNY")
			.plus(order("2026-01-01T00:00:00Z", "50", "completed"), "CNY")
			.plus(order("2026-03-01T00:00:00Z", "999", "cancelled"), "CNY")
			.plus(new Figures.Fact("refund", "refunded", Instant.parse("2026-02-02T00:00:00Z"), new BigDecimal("20"),
					"CNY", null, REP), "CNY")
			.plus(new Figures.Fact("refund", "requested", Instant.parse("2026-02-03T00:00:00Z"), new BigDecimal("30"),
					"CNY", null, REP), "CNY");

		assertThat(figures.orderCount()).isEqualTo(2);
		assertThat(figures.totalSpend()).isEqualByComparingTo("130");
		assertThat(figures.firstOrderAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(figures.lastOrderAt()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
	}

	@Test
	void moneyInAnotherCurrencyCountsTheOrderButNotTheSpend() {
		Figures figures = Figures.NONE.plus(new Figures.Fact("order", "placed", Instant.parse("2026-02-01T00:00:00Z"),
				new BigDecimal("100"), "USD", null, REP), "CNY");

		assertThat(figures.orderCount()).isEqualTo(1);
		assertThat(figures.totalSpend()).isEqualByComparingTo("0");
	}

	@Test
	void theLatestFollowUpSetsTheNextDateWhicheverOrderTheyArrive() {
		Figures inOrder = Figures.NONE.plus(followUp("2026-01-01T00:00:00Z", "2026-01-10"), "CNY")
			.plus(followUp("2026-02-01T00:00:00Z", "2026-02-10"), "CNY");
		Figures reversed = Figures.NONE.plus(followUp("2026-02-01T00:00:00Z", "2026-02-10"), "CNY")
			.plus(followUp("2026-01-01T00:00:00Z", "2026-01-10"), "CNY");

		assertThat(inOrder).isEqualTo(reversed);
		assertThat(inOrder.nextFollowUpOn()).isEqualTo(LocalDate.parse("2026-02-10"));
		assertThat(inOrder.followUpBy()).isEqualTo(REP);
		assertThat(inOrder.plus(followUp("2026-03-01T00:00:00Z", null), "CNY").nextFollowUpOn()).isNull();
	}

}
