package dev.clientele.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What an erasure did, by part; holds no personal value.
 *
 * @param blockedValues how many phones and emails were added to the block list
 */
public record ErasureReport(UUID customerId, Instant erasedAt, UUID erasedBy, Map<String, ErasureCounts> parts,
		int blockedValues) {

	public ErasureReport {
		parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
	}

}
