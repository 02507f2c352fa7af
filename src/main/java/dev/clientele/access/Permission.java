package dev.clientele.access;

import java.util.List;

/** The permission keys roles are made of. */
public final class Permission {

	public static final String CUSTOMER_READ = "customer:read";

	public static final String CUSTOMER_CREATE = "customer:create";

	public static final String CUSTOMER_UPDATE = "customer:update";

	public static final String CUSTOMER_DELETE = "customer:delete";

	public static final String CUSTOMER_IMPORT = "customer:import";

	public static final String CUSTOMER_EXPORT = "customer:export";

	public static final String CUSTOMER_TRANSFER = "customer:transfer";

	public static final String CUSTOMER_REVEAL = "customer:reveal";

	/** Export one customer's complete personal data, unmasked (subject access, GDPR Art. 15/20, PIPL Art. 45). */
	public static final String CUSTOMER_PERSONAL_DATA = "customer:personal-data";

	/** Erase one customer's personal data for good, and lift erasure blocks (GDPR Art. 17, PIPL Art. 47). */
	public static final String CUSTOMER_ERASE = "customer:erase";

	public static final String CONTACT_READ = "contact:read";

	public static final String CONTACT_CREATE = "contact:create";

	public static final String CONTACT_UPDATE = "contact:update";

	public static final String CONTACT_DELETE = "contact:delete";

	/** Read customers' timelines and figures. */
	public static final String TIMELINE_READ = "timeline:read";

	/** Append entries to customers' timelines, correct and void them. */
	public static final String TIMELINE_WRITE = "timeline:write";

	/** Add kinds of timeline entries and recompute the RFM scores. */
	public static final String TIMELINE_ADMIN = "timeline:admin";

	/** See campaigns, their members in one's data scope, their results, and customers' promotion history. */
	public static final String CAMPAIGN_READ = "campaign:read";

	/** Create, change, start, pause, resume and finish campaigns, and log members' outcomes. */
	public static final String CAMPAIGN_WRITE = "campaign:write";

	/** Record customers' and contacts' consent to be contacted per channel, and send double opt-in emails. */
	public static final String CONSENT_WRITE = "consent:write";

	/** See segments and saved their definitions; members, counts and exports also need {@code customer:read}. */
	public static final String SEGMENT_READ = "segment:read";

	/** Create, change, snapshot and archive segments. */
	public static final String SEGMENT_WRITE = "segment:write";

	public static final String CUSTOM_FIELD_ADMIN = "custom-field:admin";

	public static final String USER_ADMIN = "user:admin";

	public static final String AUDIT_READ = "audit:read";

	public static final String WEBHOOK_ADMIN = "webhook:admin";

	/** Manage the vocabularies of level, industry and source: add, relabel, reorder and retire entries. */
	public static final String VOCABULARY_ADMIN = "vocabulary:admin";

	/** Every permission there is, in display order. */
	public static final List<String> ALL = List.of(CUSTOMER_READ, CUSTOMER_CREATE, CUSTOMER_UPDATE, CUSTOMER_DELETE,
			CUSTOMER_IMPORT, CUSTOMER_EXPORT, CUSTOMER_TRANSFER, CUSTOMER_REVEAL, CUSTOMER_PERSONAL_DATA, CUSTOMER_ERASE,
			CONTACT_READ, CONTACT_CREATE, CONTACT_UPDATE, CONTACT_DELETE, TIMELINE_READ, TIMELINE_WRITE, TIMELINE_ADMIN,
			SEGMENT_READ, SEGMENT_WRITE, CAMPAIGN_READ, CAMPAIGN_WRITE, CONSENT_WRITE, CUSTOM_FIELD_ADMIN, USER_ADMIN,
			AUDIT_READ, WEBHOOK_ADMIN, VOCABULARY_ADMIN);

	private Permission() {
	}

}
