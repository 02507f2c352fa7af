package dev.clientele.timeline.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Formats amounts with their currency for people, in the reader's language:
 * {@code ${@timelineMoney.format(entry.amount(), entry.currency(), #locale)}} shows {@code ¥1,999.90}.
 */
@Component("timelineMoney")
public class MoneyFormat {

	/** The amount with its currency's sign and grouping, keeping every place it has; empty for none. */
	public String format(BigDecimal amount, String currency, Locale locale) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		Currency unit = Currency.getInstance(currency == null ? "CNY" : currency);
		format.setCurrency(unit);
		int places = Math.max(unit.getDefaultFractionDigits(), amount.stripTrailingZeros().scale());
		format.setMinimumFractionDigits(Math.max(0, Math.min(places, unit.getDefaultFractionDigits())));
		format.setMaximumFractionDigits(Math.max(0, places));
		return format.format(amount);
	}

}
