package dev.clientele.marketing;

import java.util.Locale;

/**
 * Where a campaign is in its life: {@code draft} until started; {@code scheduled} when started
 * with a later start; {@code running} (members fixed, email being sent); {@code paused};
 * {@code finished}, which is final.
 */
public enum CampaignStatus {

	DRAFT, SCHEDULED, RUNNING, PAUSED, FINISHED;

	@com.fasterxml.jackson.annotation.JsonValue
	public String json() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static CampaignStatus fromJson(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

}
