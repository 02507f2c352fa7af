package dev.clientele.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An open follow-up: a customer whose latest follow-up set a next date, for the user it is for.
 *
 * @param customerName {@code null} when the reader may not see the name
 * @param dueOn the next follow-up date
 * @param lastContactAt when the follow-up that set the date happened
 */
public record FollowUp(UUID customerId, String customerName, LocalDate dueOn, Instant lastContactAt) {
}
