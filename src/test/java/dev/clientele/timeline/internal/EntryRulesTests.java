package dev.clientele.timeline.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.shared.Source;
import dev.clientele.shared.Violation;
import dev.clientele.shared.WriteContext;
import dev.clientele.timeline.EntryKind;
import dev.clientele.timeline.RecordEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryRulesTests {

	private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");

	private final EntryRules rules = new EntryRules(
			key -> BuiltInKinds.ALL.stream().filter(kind -> kind.key().equals(key)).findFirst(), "CNY");

	private static RecordEntry entry(String kind, String amount, String currency, String status,
			Map<String, String> attributes) {
		return new RecordEntry(UUID.randomUUID(), null, kind, null, null, null, amount, currency, status, attributes,
				"api", null, null, new WriteContext(UUID.randomUUID(), Source.API));
	}

	private List<String> paths(RecordEntry entry) {
		return rules.judge(entry, NOW).violations().list().stream().map(Violation::path).toList();
	}

	@Test
	void anOrderDefaultsToNowTheBaseCurrencyAndItsFirstStatus() {
		EntryDraft draft = rules.judge(entry("order", "1999.9", null, null, Map.of()), NOW).draft();

		assertThat(draft.occurredAt()).isEqualTo(NOW);
		assertThat(draft.currency()).isEqualTo("CNY");
		assertThat(draft.status()).isEqualTo("placed");
		assertThat(draft.amount()).isEqualByComparingTo("1999.90");
	}

	@Test
	void moneyIsExactNonNegativeAndOnlyWhereTheKindHasIt() {
		assertThat(paths(entry("order", "-1", null, null, Map.of()))).containsExactly("amount");
		assertThat(paths(entry("order", "1.00001", null, null, Map.of()))).containsExactly("amount");
		assertThat(paths(entry("order", "1234567890123456", null, null, Map.of()))).containsExactly("amount");
		assertThat(paths(entry("order", null, null, null, Map.of()))).containsExactly("amount");
		assertThat(paths(entry("order", "1", "RMB", null, Map.of()))).containsExactly("currency");
		assertThat(paths(entry("ticket", "1", null, null, Map.of()))).containsExactly("amount");
		assertThat(paths(entry("ticket", null, "CNY", null, Map.of()))).containsExactly("currency");
	}

	@Test
	void attributesAreTypedByTheKind() {
		assertThat(paths(entry("follow-up", null, null, null, Map.of()))).containsExactly("attributes.channel");
		assertThat(paths(entry("follow-up", null, null, null, Map.of("channel", "wechat", "nextFollowUpOn", "2027-02-30"))))
			.containsExactly("attributes.nextFollowUpOn");
		EntryDraft draft = rules
			.judge(entry("follow-up", null, null, null, Map.of("channel", "wechat", "nextFollowUpOn", "2027-01-31")), NOW)
			.draft();
		assertThat(draft.nextFollowUpOn()).hasToString("2027-01-31");
	}

	@Test
	void aStatusMustBeOneOfTheKindsAndOnlyKindsWithStatusesHaveOne() {
		assertThat(paths(entry("ticket", null, null, "lost", Map.of()))).containsExactly("status");
		assertThat(paths(entry("follow-up", null, null, "open", Map.of("channel", "call")))).containsExactly("status");
		assertThat(rules.judge(entry("ticket", null, null, "closed", Map.of()), NOW).draft().status()).isEqualTo("closed");
	}

	@Test
	void anEntryMayNotHappenMoreThanADayAhead() {
		RecordEntry tomorrow = new RecordEntry(UUID.randomUUID(), null, "order", "2026-12-06T12:00:00Z", null, null, "1",
				null, null, Map.of(), "api", null, null, new WriteContext(UUID.randomUUID(), Source.API));
		assertThat(paths(tomorrow)).containsExactly("occurredAt");
	}

	@Test
	void aKindAdministratorsAddIsCheckedLikeTheBuiltInOnes() {
		EntryKind fair = new EntryKind("fair", "展会", "Fair", true, false, List.of(),
				List.of(new EntryKind.Attribute("booth", "展位", "Booth", EntryKind.AttributeType.NUMBER, true, List.of())),
				false);
		EntryRules withFair = new EntryRules(key -> key.equals("fair") ? Optional.of(fair) : Optional.empty(), "CNY");
		assertThat(withFair.judge(entry("fair", null, null, null, Map.of("booth", "12.0")), NOW).draft().attributes())
			.containsEntry("booth", "12.0");
		assertThat(withFair.judge(entry("fair", null, null, null, Map.of("booth", "A12")), NOW).violations().list())
			.extracting(Violation::path)
			.containsExactly("attributes.booth");
	}

}
