package dev.clientele.marketing.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTemplateTests {

	@Test
	void placeholdersAreFilledWithTheCustomersValues() {
		String text = MessageTemplate.render("{{customer.name}}，您好！{{ customer.city }}的新店开业了。",
				Map.of("customer.name", "王芳", "customer.city", "深圳市"), false, null);

		assertThat(text).isEqualTo("王芳，您好！深圳市的新店开业了。");
	}

	@Test
	void customerDataCannotInjectMarkupOrPlaceholders() {
		Map<String, String> values = Map.of("customer.name", "<script>alert(1)</script>{{links.unsubscribe}}",
				"links.unsubscribe", "https://crm.example.com/unsubscribe/x");

		String html = MessageTemplate.render("<p>Dear {{customer.name}}</p>", values, true, null);

		assertThat(html).isEqualTo("<p>Dear &lt;script&gt;alert(1)&lt;/script&gt;{{links.unsubscribe}}</p>");
	}

	@Test
	void unknownPlaceholdersAreNamedAndKnownOnesAreNot() {
		assertThat(MessageTemplate.unknownPlaceholders("{{customer.name}} {{customer.salary}} {{T(java.lang.Runtime)}}"))
			.containsExactly("customer.salary", "T(java.lang.Runtime)");
	}

	@Test
	void everyLinkOfTheHtmlBodyIsTrackedByItsPosition() {
		String html = MessageTemplate.render(
				"<a href=\"https://shop.example.com/a?x=1&amp;y=2\">A</a> <a href=\"http://b.example.com\">B</a> <a href=\"#top\">top</a>",
				Map.of(), true, index -> "https://crm.example.com/t/c/token" + index);

		assertThat(html).contains("href=\"https://crm.example.com/t/c/token0\"", "href=\"https://crm.example.com/t/c/token1\"",
				"href=\"#top\"");
		assertThat(MessageTemplate.links("<a href=\"https://shop.example.com/a?x=1&amp;y=2\">A</a>"))
			.containsExactly("https://shop.example.com/a?x=1&y=2");
	}

	@Test
	void aPlaceholderInsideATrackedLinkIsFound() {
		assertThat(MessageTemplate.placeholderInLink("<a href=\"https://x.example.com/?n={{customer.name}}\">x</a>")).isTrue();
		assertThat(MessageTemplate.placeholderInLink("<a href=\"https://x.example.com/\">{{customer.name}}</a>")).isFalse();
	}

}
