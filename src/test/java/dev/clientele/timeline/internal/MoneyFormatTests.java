package dev.clientele.timeline.internal;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyFormatTests {

	final MoneyFormat money = new MoneyFormat();

	@Test
	void amountsShowTheirCurrencyAndGroupingInTheReadersLanguage() {
		assertThat(money.format(new BigDecimal("1999.9"), "CNY", Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥1,999.90");
		assertThat(money.format(new BigDecimal("1999.90"), "USD", Locale.ENGLISH)).contains("1,999.90").contains("$");
		assertThat(money.format(new BigDecimal("500"), "JPY", Locale.SIMPLIFIED_CHINESE)).endsWith("500");
	}

	@Test
	void noPlaceAnAmountHasIsRoundedAway() {
		assertThat(money.format(new BigDecimal("0.125"), "CNY", Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥0.125");
		assertThat(money.format(new BigDecimal("12.3456"), "CNY", Locale.ENGLISH)).endsWith("12.3456");
	}

	@Test
	void noAmountIsShownAsNothing() {
		assertThat(money.format(null, "CNY", Locale.ENGLISH)).isEmpty();
	}

}
