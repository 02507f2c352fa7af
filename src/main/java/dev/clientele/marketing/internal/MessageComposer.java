package dev.clientele.marketing.internal;

import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import dev.clientele.marketing.Campaign;
import org.springframework.web.util.HtmlUtils;

/** Renders a campaign's message for one member: placeholders, tracked links and the open pixel. */
final class MessageComposer {

	private MessageComposer() {
	}

	/**
	 * @param trackedLink the URL a tracked link of the given index goes through; {@code null} keeps the links as written
	 * @param pixel the URL of the open-tracking image, or {@code null} for none
	 */
	static RenderedMessage compose(Campaign campaign, String to, Map<String, String> values, IntFunction<String> trackedLink,
			String pixel) {
		var template = campaign.template();
		String subject = MessageTemplate.render(template.subject(), values, false, null);
		String html = MessageTemplate.render(template.html(), values, true, trackedLink);
		if (html != null && pixel != null) {
			String image = "<img src=\"" + HtmlUtils.htmlEscape(pixel) + "\" width=\"1\" height=\"1\" alt=\"\">";
			int end = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
			html = end < 0 ? html + image : html.substring(0, end) + image + html.substring(end);
		}
		String text = MessageTemplate.render(template.text(), values, false, null);
		return new RenderedMessage(to, subject == null ? "" : subject.replaceAll("[\\r\\n]+", " ").strip(), html, text);
	}

	/** The stable Message-ID of a member's message: a resend would carry the same one. */
	static String messageId(UUID memberId, String publicUrl) {
		String host = java.net.URI.create(publicUrl).getHost();
		return "<" + memberId + "@" + (host == null ? "clientele" : host) + ">";
	}

	static ZoneId zone() {
		return ZoneId.of("Asia/Shanghai");
	}

}
