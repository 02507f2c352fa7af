package dev.clientele.marketing.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import dev.clientele.customer.Contact;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.marketing.Campaign;
import dev.clientele.timeline.CustomerFigures;

/**
 * The values of a message's placeholders for one recipient, from what the caller could read:
 * for a preview the previewing user's view (masked stays masked), for sending the stored record.
 */
final class MessageValues {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private MessageValues() {
	}

	/**
	 * @param contact the contact reached, or {@code null}
	 * @param figures the customer's figures, or {@code null} when not read
	 * @param zone the zone dates are shown in
	 */
	static Map<String, String> of(Campaign campaign, Customer customer, Contact contact, CustomerFigures figures,
			Links links, ZoneId zone) {
		Map<String, String> values = new HashMap<>();
		CustomerProfile profile = customer.profile();
		values.put("customer.name", profile.name());
		values.put("customer.province", profile.province());
		values.put("customer.city", profile.city());
		values.put("customer.district", profile.district());
		values.put("customer.industry", profile.industry());
		values.put("customer.level", profile.level());
		values.put("customer.email", profile.emails().isEmpty() ? null : profile.emails().get(0).address());
		values.put("contact.name", contact == null ? profile.name() : contact.profile().name());
		values.put("contact.title", contact == null ? null : contact.profile().title());
		values.put("owner.name", customer.ownerName());
		if (figures != null) {
			values.put("figures.lastOrderAt",
					figures.lastOrderAt() == null ? null : DATE.format(figures.lastOrderAt().atZone(zone)));
			values.put("figures.totalSpend", figures.totalSpend() == null ? null : figures.totalSpend().toPlainString());
			values.put("figures.orderCount", String.valueOf(figures.orderCount()));
		}
		values.put("campaign.name", campaign.name());
		values.put("links.unsubscribe", links.unsubscribe());
		values.put("links.response", links.response());
		return values;
	}

	/** Whether a template needs the figures, which cost a read per recipient. */
	static boolean needsFigures(Campaign campaign) {
		return mentions(campaign, "figures.");
	}

	private static boolean mentions(Campaign campaign, String prefix) {
		var template = campaign.template();
		return contains(template.subject(), prefix) || contains(template.html(), prefix) || contains(template.text(), prefix);
	}

	private static boolean contains(String text, String prefix) {
		return text != null && text.contains(prefix);
	}

	/** The links a message carries: unsubscribe, and the response form when the campaign has one. */
	record Links(String unsubscribe, String response) {
	}

}
