package dev.clientele.marketing.internal;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.consent.ConsentManagement;
import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerManagement.Reachable;
import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.Channel;
import dev.clientele.shared.NotFoundException;
import dev.clientele.timeline.CustomerFigures;
import dev.clientele.timeline.TimelineManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gathers what a message says to one recipient and renders it: for sending, from the stored
 * record with signed links; for a preview, from what the previewing user may read, with the links
 * left as written and no tracking.
 */
@Component
class MessageFacts {

	private final TrackingLinks links;

	private final ConsentManagement consents;

	private final TimelineManagement timeline;

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	private final AccessManagement access;

	private final ZoneId zone;

	MessageFacts(TrackingLinks links, ConsentManagement consents, TimelineManagement timeline,
			CustomerManagement customers, ContactManagement contacts, AccessManagement access,
			@Value("${clientele.marketing.zone:Asia/Shanghai}") ZoneId zone) {
		this.links = links;
		this.consents = consents;
		this.timeline = timeline;
		this.customers = customers;
		this.contacts = contacts;
		this.access = access;
		this.zone = zone;
	}

	/** The message a member is sent; runs without a user (the sender's thread), so figures are read in full. */
	RenderedMessage compose(Campaign campaign, MemberRow member, Reachable customer) {
		Contact contact = member.contactId() == null ? null
				: customer.contacts().stream().filter(c -> c.id().equals(member.contactId())).findFirst().orElse(null);
		CustomerFigures figures = MessageValues.needsFigures(campaign) ? figures(member.customerId()) : null;
		MessageValues.Links memberLinks = new MessageValues.Links(unsubscribeUrl(campaign, member),
				campaign.questions().isEmpty() ? null : links.response(member.id()));
		Map<String, String> values = MessageValues.of(campaign, customer.customer(), contact, figures, memberLinks, zone);
		return MessageComposer.compose(campaign, member.address(), values, index -> links.click(member.id(), index),
				links.open(member.id()));
	}

	String unsubscribeUrl(Campaign campaign, MemberRow member) {
		return consents.unsubscribeUrl(member.customerId(), member.contactId(), campaign.id());
	}

	/**
	 * The message as the current user would see it for one customer: their data scope and field
	 * permissions apply, so what is masked for them is masked in the preview.
	 *
	 * @throws NotFoundException if the customer is not one the user sees
	 */
	RenderedMessage preview(Campaign campaign, UUID customerId) {
		Access reader = access.current();
		Customer customer = customers.findAll(Set.of(customerId)).get(customerId);
		if (customer == null) {
			throw new NotFoundException("Customer");
		}
		Contact contact = null;
		String to = customer.profile().emails().isEmpty() ? null : customer.profile().emails().get(0).address();
		if (campaign.channel() == Channel.EMAIL && to == null && reader.can(Permission.CONTACT_READ)) {
			for (Contact candidate : contacts.listByCustomer(customerId)) {
				if (!candidate.profile().emails().isEmpty()) {
					contact = candidate;
					to = candidate.profile().emails().get(0).address();
					break;
				}
			}
		}
		CustomerFigures figures = reader.can(Permission.TIMELINE_READ) && MessageValues.needsFigures(campaign)
				? timeline.figures(customerId) : null;
		MessageValues.Links previewLinks = new MessageValues.Links("#unsubscribe", campaign.questions().isEmpty() ? null
				: "#response-form");
		return MessageComposer.compose(campaign, to, MessageValues.of(campaign, customer, contact, figures, previewLinks, zone),
				null, null);
	}

	private CustomerFigures figures(UUID customerId) {
		try {
			return timeline.figures(customerId);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

}
