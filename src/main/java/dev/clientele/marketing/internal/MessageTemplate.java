package dev.clientele.marketing.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The placeholders of campaign messages and their safe rendering. Rendering is one pass over the
 * template: a value is inserted as text (escaped for HTML in an HTML body) and never read again,
 * so customer data holding {@code {{...}}} or markup shows as written and does nothing.
 */
final class MessageTemplate {

	static final Set<String> PLACEHOLDERS = Set.of("customer.name", "customer.province", "customer.city",
			"customer.district", "customer.industry", "customer.level", "customer.email", "contact.name",
			"contact.title", "owner.name", "figures.lastOrderAt", "figures.totalSpend", "figures.orderCount",
			"campaign.name", "links.unsubscribe", "links.response");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s]*)\\s*}}");

	private static final Pattern LINK = Pattern.compile("href\\s*=\\s*\"(https?://[^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private MessageTemplate() {
	}

	/** The placeholders a template names that do not exist, in order of appearance. */
	static List<String> unknownPlaceholders(String template) {
		Set<String> unknown = new LinkedHashSet<>();
		if (template != null) {
			Matcher matcher = PLACEHOLDER.matcher(template);
			while (matcher.find()) {
				if (!PLACEHOLDERS.contains(matcher.group(1))) {
					unknown.add(matcher.group(1));
				}
			}
		}
		return List.copyOf(unknown);
	}

	/** The tracked links of an HTML body: its literal {@code http(s)} hrefs, in order; a link's index is its position. */
	static List<String> links(String html) {
		List<String> links = new ArrayList<>();
		if (html != null) {
			Matcher matcher = LINK.matcher(html);
			while (matcher.find()) {
				links.add(HtmlUtils.htmlUnescape(matcher.group(1)));
			}
		}
		return links;
	}

	/** Whether a tracked link holds a placeholder, which would make its target depend on customer data. */
	static boolean placeholderInLink(String html) {
		return links(html).stream().anyMatch(link -> PLACEHOLDER.matcher(link).find());
	}

	/**
	 * Renders a template.
	 *
	 * @param values the value of each placeholder; a missing one renders empty
	 * @param html whether the template is HTML: values are escaped, and each tracked link becomes
	 * {@code trackedLink.apply(index)}
	 */
	static String render(String template, Map<String, String> values, boolean html,
			java.util.function.IntFunction<String> trackedLink) {
		if (template == null) {
			return null;
		}
		String source = template;
		if (html && trackedLink != null) {
			StringBuilder linked = new StringBuilder();
			Matcher links = LINK.matcher(template);
			int index = 0;
			while (links.find()) {
				links.appendReplacement(linked,
						Matcher.quoteReplacement("href=\"" + HtmlUtils.htmlEscape(trackedLink.apply(index++)) + "\""));
			}
			links.appendTail(linked);
			source = linked.toString();
		}
		StringBuilder out = new StringBuilder();
		Matcher matcher = PLACEHOLDER.matcher(source);
		while (matcher.find()) {
			String value = values.getOrDefault(matcher.group(1), "");
			value = value == null ? "" : value;
			matcher.appendReplacement(out, Matcher.quoteReplacement(html ? HtmlUtils.htmlEscape(value, "UTF-8") : value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
