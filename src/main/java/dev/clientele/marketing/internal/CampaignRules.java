package dev.clientele.marketing.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignInput;
import dev.clientele.marketing.CampaignStatus;
import dev.clientele.marketing.Channel;
import dev.clientele.marketing.EmailTemplate;
import dev.clientele.marketing.Question;
import dev.clientele.shared.Violations;

/** What makes a campaign well formed, and what may change in which status. Plain rules, no storage. */
final class CampaignRules {

	static final int MAX_PICKS = 10_000;

	static final int MAX_QUESTIONS = 10;

	static final int DEFAULT_ATTRIBUTION_DAYS = 30;

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private CampaignRules() {
	}

	/** Checks the fields of a campaign being created or changed as a draft. */
	static void check(CampaignInput input, Violations violations) {
		text(input.name(), "name", 200, true, violations);
		text(input.goal(), "goal", 2000, false, violations);
		if (input.channel() == null) {
			violations.add("channel", "field.required");
		}
		if (input.startsAt() != null && input.endsAt() != null && !input.endsAt().isAfter(input.startsAt())) {
			violations.add("endsAt", "campaign.endBeforeStart");
		}
		money(input.budget(), input.currency(), violations);
		if (input.customerIds().size() > MAX_PICKS) {
			violations.add("customerIds", "campaign.tooManyPicks", MAX_PICKS);
		}
		if (input.attributionDays() != null && (input.attributionDays() < 1 || input.attributionDays() > 365)) {
			violations.add("attributionDays", "campaign.attributionDays");
		}
		template(input.template(), violations);
		questions(input.questions(), violations);
	}

	/** What a campaign needs before it can start. */
	static void checkStartable(Campaign campaign, Violations violations) {
		if (campaign.segmentId() == null && campaign.customerIds().isEmpty()) {
			violations.add("segmentId", "campaign.noTarget");
		}
		if (campaign.channel() == Channel.EMAIL) {
			EmailTemplate template = campaign.template();
			if (template.subject() == null) {
				violations.add("template.subject", "field.required");
			}
			if (template.html() == null && template.text() == null) {
				violations.add("template.text", "campaign.noBody");
			}
		}
	}

	/** Whether a change of a campaign past draft touches only what may still change. */
	static void checkChangeOfStarted(Campaign current, Campaign changed, Violations violations) {
		if (current.status() == CampaignStatus.FINISHED) {
			violations.add("status", "campaign.finished");
			return;
		}
		fixed(current.channel(), changed.channel(), "channel", violations);
		fixed(current.startsAt(), changed.startsAt(), "startsAt", violations);
		fixed(current.segmentId(), changed.segmentId(), "segmentId", violations);
		fixed(Set.copyOf(current.customerIds()), Set.copyOf(changed.customerIds()), "customerIds", violations);
		fixed(current.attributionDays(), changed.attributionDays(), "attributionDays", violations);
		fixed(current.template(), changed.template(), "template", violations);
		fixed(current.questions(), changed.questions(), "questions", violations);
	}

	private static void fixed(Object before, Object after, String field, Violations violations) {
		if (!java.util.Objects.equals(before, after)) {
			violations.add(field, "campaign.fixedOnceStarted");
		}
	}

	private static void money(BigDecimal budget, String currency, Violations violations) {
		if (budget != null && budget.signum() < 0) {
			violations.add("budget", "campaign.budgetNegative");
		}
		if (budget != null && budget.scale() > 4) {
			violations.add("budget", "campaign.budgetScale");
		}
		if (budget != null && currency == null) {
			violations.add("currency", "field.required");
		}
		if (currency != null && !isCurrency(currency)) {
			violations.add("currency", "campaign.currency");
		}
	}

	private static boolean isCurrency(String code) {
		try {
			return code.equals(Currency.getInstance(code).getCurrencyCode());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void template(EmailTemplate template, Violations violations) {
		text(template.subject(), "template.subject", 500, false, violations);
		text(template.html(), "template.html", 100_000, false, violations);
		text(template.text(), "template.text", 100_000, false, violations);
		placeholders(template.subject(), "template.subject", violations);
		placeholders(template.html(), "template.html", violations);
		placeholders(template.text(), "template.text", violations);
		if (MessageTemplate.placeholderInLink(template.html())) {
			violations.add("template.html", "campaign.placeholderInLink");
		}
	}

	private static void placeholders(String template, String field, Violations violations) {
		for (String unknown : MessageTemplate.unknownPlaceholders(template)) {
			violations.add(field, "campaign.unknownPlaceholder", unknown);
		}
	}

	private static void questions(List<Question> questions, Violations violations) {
		if (questions.size() > MAX_QUESTIONS) {
			violations.add("questions", "campaign.tooManyQuestions", MAX_QUESTIONS);
			return;
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			String path = "questions[" + i + "]";
			if (question.key() == null || !KEY.matcher(question.key()).matches()) {
				violations.add(path + ".key", "campaign.questionKey");
			}
			else if (!keys.add(question.key())) {
				violations.add(path + ".key", "campaign.questionKeyTwice");
			}
			text(question.label(), path + ".label", 500, true, violations);
			if (!Question.TEXT.equals(question.type()) && !Question.CHOICE.equals(question.type())) {
				violations.add(path + ".type", "campaign.questionType");
			}
			if (Question.CHOICE.equals(question.type()) && question.choices().isEmpty()) {
				violations.add(path + ".choices", "field.required");
			}
			if (Question.TEXT.equals(question.type()) && !question.choices().isEmpty()) {
				violations.add(path + ".choices", "campaign.choicesForText");
			}
		}
	}

	private static void text(String value, String field, int max, boolean required, Violations violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(field, "field.required");
			}
			return;
		}
		if (value.length() > max) {
			violations.add(field, "field.tooLong", max);
		}
	}

}
