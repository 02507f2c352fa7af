package dev.clientele.webhook;

import java.util.List;

/** The change types a webhook can subscribe to, named {@code <entity>.<change>}. */
public final class WebhookEvents {

	public static final String CUSTOMER_CREATED = "customer.created";

	public static final String CUSTOMER_UPDATED = "customer.updated";

	public static final String CUSTOMER_DELETED = "customer.deleted";

	public static final String CUSTOMER_RESTORED = "customer.restored";

	public static final String CONTACT_CREATED = "contact.created";

	public static final String CONTACT_UPDATED = "contact.updated";

	public static final String CONTACT_DELETED = "contact.deleted";

	public static final String CONTACT_RESTORED = "contact.restored";

	/** Every change type, in display order. */
	public static final List<String> ALL = List.of(CUSTOMER_CREATED, CUSTOMER_UPDATED, CUSTOMER_DELETED,
			CUSTOMER_RESTORED, CONTACT_CREATED, CONTACT_UPDATED, CONTACT_DELETED, CONTACT_RESTORED);

	private WebhookEvents() {
	}

}
