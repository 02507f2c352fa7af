package dev.clientele.marketing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.marketing.CampaignInput;
import dev.clientele.marketing.Channel;
import dev.clientele.marketing.EmailTemplate;
import dev.clientele.marketing.Question;
import dev.clientele.shared.Ids;
import dev.clientele.shared.Instants;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.Violations;
import tools.jackson.databind.JsonNode;

/** Reads a campaign from the JSON of the REST API, naming every bad member by its path. */
final class CampaignJson {

	static final Set<String> WRITABLE = Set.of("name", "goal", "channel", "startsAt", "endsAt", "budget", "currency",
			"ownerId", "segmentId", "customerIds", "attributionDays", "template", "questions");

	static final Set<String> READ_ONLY = Set.of("id", "status", "targeted", "excludedNoConsent", "excludedNoAddress",
			"createdAt", "createdBy", "updatedAt", "updatedBy", "startedAt", "finishedAt");

	private CampaignJson() {
	}

	/** @param versioned whether {@code version} is expected (a change) rather than refused (a creation) */
	static CampaignInput read(JsonNode body, boolean versioned, Violations violations) {
		Set<String> writable = new java.util.HashSet<>(WRITABLE);
		Set<String> readOnly = new java.util.HashSet<>(READ_ONLY);
		(versioned ? writable : readOnly).add("version");
		JsonFields.checkNames(body, writable, readOnly, violations);
		if (!violations.isEmpty()) {
			return null;
		}
		String channelText = JsonFields.text(body, "channel", violations);
		Channel channel = channelText == null ? null : Channel.fromJson(channelText).orElse(null);
		if (channelText != null && channel == null) {
			violations.add("channel", "campaign.channel");
		}
		CampaignInput input = new CampaignInput(JsonFields.text(body, "name", violations), JsonFields.text(body, "goal", violations),
				channel, instant(body, "startsAt", violations), instant(body, "endsAt", violations),
				decimal(body, "budget", violations), JsonFields.text(body, "currency", violations),
				JsonFields.id(body, "ownerId", violations), JsonFields.id(body, "segmentId", violations),
				ids(body, "customerIds", violations), integer(body, "attributionDays", violations),
				template(body.get("template"), violations), questions(body.get("questions"), violations));
		if (!violations.isEmpty()) {
			// the façade checks the rules again; here they complete the report, so one answer names every bad field
			Violations rules = new Violations();
			CampaignRules.check(input, rules);
			rules.list().stream().filter(v -> !v.path().equals("channel")).forEach(v -> violations.add(v.path(), v.code(),
					v.args().toArray()));
		}
		return input;
	}

	/** The {@code version} member of a change: required. */
	static int version(JsonNode body) {
		JsonNode node = body == null ? null : body.get("version");
		if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
			throw InvalidInputException.of("version", "field.required");
		}
		return node.intValue();
	}

	private static EmailTemplate template(JsonNode node, Violations violations) {
		if (node == null || node.isNull()) {
			return EmailTemplate.NONE;
		}
		if (!node.isObject()) {
			violations.add("template", "body.notObject");
			return EmailTemplate.NONE;
		}
		Violations inner = new Violations();
		JsonFields.checkNames(node, Set.of("subject", "html", "text"), Set.of(), inner);
		EmailTemplate template = new EmailTemplate(blank(JsonFields.text(node, "subject", inner)),
				blank(JsonFields.text(node, "html", inner)), blank(JsonFields.text(node, "text", inner)));
		inner.list().forEach(v -> violations.add("template." + v.path(), v.code(), v.args().toArray()));
		return template;
	}

	private static List<Question> questions(JsonNode node, Violations violations) {
		List<Question> questions = new ArrayList<>();
		if (node == null || node.isNull()) {
			return questions;
		}
		if (!node.isArray()) {
			violations.add("questions", "json.array");
			return questions;
		}
		for (int i = 0; i < node.size(); i++) {
			Violations inner = new Violations();
			JsonNode item = node.get(i);
			JsonFields.checkNames(item, Set.of("key", "label", "type", "choices", "required"), Set.of(), inner);
			if (inner.isEmpty()) {
				questions.add(new Question(JsonFields.text(item, "key", inner), JsonFields.text(item, "label", inner),
						JsonFields.text(item, "type", inner), JsonFields.strings(item, "choices", inner),
						JsonFields.bool(item, "required", false, inner)));
			}
			String prefix = "questions[" + i + "]";
			inner.list().forEach(v -> violations.add(v.path().isEmpty() ? prefix : prefix + "." + v.path(), v.code(),
					v.args().toArray()));
		}
		return questions;
	}

	private static Instant instant(JsonNode body, String name, Violations violations) {
		String text = JsonFields.text(body, name, violations);
		if (text == null) {
			return null;
		}
		try {
			return Instants.parse(text, name);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
			return null;
		}
	}

	private static BigDecimal decimal(JsonNode body, String name, Violations violations) {
		JsonNode node = body.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			violations.add(name, "campaign.decimalString");
			return null;
		}
		try {
			return new BigDecimal(node.stringValue().strip());
		}
		catch (NumberFormatException ex) {
			violations.add(name, "campaign.decimalString");
			return null;
		}
	}

	private static Integer integer(JsonNode body, String name, Violations violations) {
		JsonNode node = body.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			violations.add(name, "json.integer");
			return null;
		}
		return node.intValue();
	}

	private static List<UUID> ids(JsonNode body, String name, Violations violations) {
		List<UUID> ids = new ArrayList<>();
		List<String> texts = JsonFields.strings(body, name, violations);
		for (int i = 0; i < texts.size(); i++) {
			int index = i;
			Ids.parse(texts.get(i)).ifPresentOrElse(ids::add, () -> violations.add(name + "[" + index + "]", "json.id"));
		}
		return ids;
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
