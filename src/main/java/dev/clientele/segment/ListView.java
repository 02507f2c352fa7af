package dev.clientele.segment;

import java.time.Instant;
import java.util.UUID;

/**
 * A saved view of the customer list: its keyword, filter and sort under a name.
 *
 * @param shared whether every user who can read customers sees it; only its owner changes it
 * @param filter JSON in the filter language, or {@code null}
 */
public record ListView(UUID id, String name, UUID ownerId, String ownerName, boolean shared, String keyword,
		String filter, String sort, Instant createdAt, Instant updatedAt) {

	/** The customer list showing this view: {@code /customers?q=...&filter=...&sort=...}, encoded. */
	public String link() {
		org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder
			.fromPath("/customers");
		if (keyword != null) {
			uri.queryParam("q", keyword);
		}
		if (filter != null) {
			uri.queryParam("filter", filter);
		}
		if (sort != null) {
			uri.queryParam("sort", sort);
		}
		return uri.build().encode().toUriString();
	}

}
