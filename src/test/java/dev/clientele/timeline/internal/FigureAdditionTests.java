package dev.clientele.timeline.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What each figures table is written for: an addition touches only the table whose figures it changes. */
class FigureAdditionTests {

	private static final UUID REP = UUID.randomUUID();

	private static Figures add(String kind, String status, String amount, LocalDate next) {
		return Figures.NONE.plus(new Figures.Fact(kind, status, Instant.parse("2026-11-01T08:00:00Z"),
				amount == null ? null : new BigDecimal(amount), amount == null ? null : "CNY", next, REP), "CNY");
	}

	@Test
	void anOrderIsWrittenToTheOrderFiguresOnly() {
		Figures order = add("order", "completed", "10.00", null);

		assertThat(FigureAddition.ORDERS.adds().test(order)).isTrue();
		assertThat(FigureAddition.CONTACTS.adds().test(order)).isFalse();
	}

	@Test
	void aFollowUpIsWrittenToTheContactFiguresOnlyWithOrWithoutANextDate() {
		for (LocalDate next : new LocalDate[] { null, LocalDate.parse("2026-12-01") }) {
			Figures followUp = add("follow-up", null, null, next);

			assertThat(FigureAddition.ORDERS.adds().test(followUp)).as("next %s", next).isFalse();
			assertThat(FigureAddition.CONTACTS.adds().test(followUp)).as("next %s", next).isTrue();
		}
	}

	@Test
	void aRefundAloneTakesSpendOffTheOrderFigures() {
		Figures refund = add("refund", "refunded", "5.00", null);

		assertThat(refund.orderCount()).isZero();
		assertThat(FigureAddition.ORDERS.adds().test(refund)).isTrue();
		assertThat(FigureAddition.CONTACTS.adds().test(refund)).isFalse();
	}

	@Test
	void theValuesOfAnAdditionFollowItsTablesColumns() {
		Figures both = add("order", "completed", "10.00", null).plus(new Figures.Fact("follow-up", null,
				Instant.parse("2026-11-02T08:00:00Z"), null, null, LocalDate.parse("2026-12-01"), REP), "CNY");

		assertThat(FigureAddition.ORDERS.values().apply(both)).hasSameSizeAs(FigureAddition.ORDERS.columns())
			.contains(1, new BigDecimal("10.00"));
		assertThat(FigureAddition.CONTACTS.values().apply(both)).hasSameSizeAs(FigureAddition.CONTACTS.columns())
			.contains(LocalDate.parse("2026-12-01"), REP);
		assertThat(FigureAddition.ORDERS.valuesRow()).isEqualTo("(cast(? as uuid), cast(? as timestamp with time zone), "
				+ "cast(? as timestamp with time zone), cast(? as integer), cast(? as numeric(19, 4)))");
	}

}
