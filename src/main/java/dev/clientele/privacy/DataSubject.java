package dev.clientele.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer as the privacy module sees it.
 *
 * @param displayName the name to show on the erasure form (empty once erased)
 * @param erasedAt when its personal data was erased, or {@code null}
 */
public record DataSubject(UUID customerId, String displayName, Instant erasedAt) {

	public boolean erased() {
		return erasedAt != null;
	}

}
