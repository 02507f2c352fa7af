package dev.clientele.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * What a customer's timeline adds up to, kept current on every append, correction and void.
 * Orders count unless cancelled; total spend is orders less refunds in the base currency; the
 * last contact is the latest follow-up, whose next date is the next follow-up. The RFM scores
 * (1 to 5, by quintile over all customers with orders) are recomputed by a job.
 *
 * @param totalSpend {@code null} when the reader may not see it
 * @param followUpBy who the next follow-up is for
 */
public record CustomerFigures(UUID customerId, Instant firstOrderAt, Instant lastOrderAt, int orderCount,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalSpend, String currency, Instant lastContactAt, LocalDate nextFollowUpOn, UUID followUpBy,
		Integer recency, Integer frequency, Integer monetary) {

	public static CustomerFigures none(UUID customerId, String currency) {
		return new CustomerFigures(customerId, null, null, 0, BigDecimal.ZERO, currency, null, null, null, null, null,
				null);
	}

}
