package dev.clientele.marketing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignInput;
import dev.clientele.marketing.Channel;
import dev.clientele.marketing.EmailTemplate;
import dev.clientele.marketing.Question;
import dev.clientele.shared.Ids;
import dev.clientele.shared.Violations;
import dev.clientele.web.TextLines;

/**
 * A campaign as the page form posts it. Start and end are the browser's {@code datetime-local}
 * values, read in the server's time zone (the zone every page shows times in); hand-picked
 * customers are one id per line; the response form is a group of up to
 * {@value CampaignRules#MAX_QUESTIONS} rows, blank rows ignored.
 */
public class CampaignForm {

	static final String[] BINDABLE = { "name", "goal", "channel", "startsAt", "endsAt", "budget", "currency", "ownerId",
			"segmentId", "customerIds", "attributionDays", "subject", "html", "text", "questions*", "version" };

	static final ZoneId ZONE = ZoneId.systemDefault();

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private String name;

	private String goal;

	private String channel;

	private String startsAt;

	private String endsAt;

	private String budget;

	private String currency;

	private String ownerId;

	private String segmentId;

	private String customerIds;

	private String attributionDays;

	private String subject;

	private String html;

	private String text;

	private List<QuestionRow> questions = new ArrayList<>();

	private int version;

	/** A blank form: an email campaign budgeted in yuan, credited for 30 days. */
	static CampaignForm empty() {
		CampaignForm form = new CampaignForm();
		form.channel = Channel.EMAIL.json();
		form.currency = "CNY";
		form.attributionDays = String.valueOf(CampaignRules.DEFAULT_ATTRIBUTION_DAYS);
		return form.withBlankRows();
	}

	static CampaignForm of(Campaign campaign) {
		CampaignForm form = new CampaignForm();
		form.name = campaign.name();
		form.goal = campaign.goal();
		form.channel = campaign.channel().json();
		form.startsAt = local(campaign.startsAt());
		form.endsAt = local(campaign.endsAt());
		form.budget = campaign.budget() == null ? null : campaign.budget().toPlainString();
		form.currency = campaign.currency();
		form.ownerId = campaign.ownerId() == null ? null : campaign.ownerId().toString();
		form.segmentId = campaign.segmentId() == null ? null : campaign.segmentId().toString();
		form.customerIds = String.join("\n", campaign.customerIds().stream().map(UUID::toString).toList());
		form.attributionDays = String.valueOf(campaign.attributionDays());
		form.subject = campaign.template().subject();
		form.html = campaign.template().html();
		form.text = campaign.template().text();
		for (Question question : campaign.questions()) {
			form.questions.add(QuestionRow.of(question));
		}
		form.version = campaign.version();
		return form.withBlankRows();
	}

	/** The questions given first, then blank rows up to the most a form takes. */
	CampaignForm withBlankRows() {
		List<QuestionRow> rows = new ArrayList<>(questions.stream().filter(row -> !row.blank()).toList());
		while (rows.size() < CampaignRules.MAX_QUESTIONS) {
			rows.add(new QuestionRow());
		}
		questions = rows;
		return this;
	}

	/**
	 * The input, with what cannot be read (a date, a number, an id) added to {@code violations} by
	 * field. Blank question rows are dropped first, so that {@code questions[i]} is the i-th row shown.
	 */
	CampaignInput toInput(Violations violations) {
		questions = new ArrayList<>(questions.stream().filter(row -> !row.blank()).toList());
		Channel chosen = channel == null ? null : Channel.fromJson(channel).orElse(null);
		if (channel != null && !channel.isBlank() && chosen == null) {
			violations.add("channel", "campaign.channel");
		}
		return new CampaignInput(name, goal, chosen, instant(startsAt, "startsAt", violations),
				instant(endsAt, "endsAt", violations), decimal(violations), blank(currency), id(ownerId, "ownerId", violations),
				id(segmentId, "segmentId", violations), ids(violations), days(violations),
				new EmailTemplate(blank(subject), blank(html), blank(text)), questions.stream().map(QuestionRow::question).toList());
	}

	/** The fields fixed once a campaign has started, taken from the campaign, the rest from this form. */
	CampaignInput toChangeOfStarted(Campaign current, Violations violations) {
		CampaignInput given = toInput(violations);
		return new CampaignInput(given.name(), given.goal(), current.channel(), current.startsAt(), given.endsAt(),
				given.budget(), given.currency(), given.ownerId(), current.segmentId(), current.customerIds(),
				current.attributionDays(), current.template(), current.questions());
	}

	private static String local(Instant instant) {
		return instant == null ? null : LOCAL.format(instant.atZone(ZONE));
	}

	private static Instant instant(String local, String field, Violations violations) {
		if (local == null || local.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(local.strip()).atZone(ZONE).toInstant();
		}
		catch (DateTimeParseException notADateTime) {
			violations.add(field, "timeline.dateTimeInvalid");
			return null;
		}
	}

	private BigDecimal decimal(Violations violations) {
		if (budget == null || budget.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(budget.strip());
		}
		catch (NumberFormatException ex) {
			violations.add("budget", "campaigns.form.decimal");
			return null;
		}
	}

	private Integer days(Violations violations) {
		if (attributionDays == null || attributionDays.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(attributionDays.strip());
		}
		catch (NumberFormatException ex) {
			violations.add("attributionDays", "campaign.attributionDays");
			return null;
		}
	}

	private List<UUID> ids(Violations violations) {
		List<UUID> ids = new ArrayList<>();
		List<String> lines = TextLines.of(customerIds);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int number = i + 1;
			Ids.parse(line).ifPresentOrElse(ids::add,
					() -> violations.add("customerIds[" + (number - 1) + "]", "campaigns.form.notAnId", number, line));
		}
		return ids;
	}

	private static UUID id(String text, String field, Violations violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Ids.parse(text.strip()).orElseGet(() -> {
			violations.add(field, "json.id");
			return null;
		});
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getGoal() {
		return goal;
	}

	public void setGoal(String goal) {
		this.goal = goal;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt;
	}

	public String getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(String endsAt) {
		this.endsAt = endsAt;
	}

	public String getBudget() {
		return budget;
	}

	public void setBudget(String budget) {
		this.budget = budget;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(String ownerId) {
		this.ownerId = ownerId;
	}

	public String getSegmentId() {
		return segmentId;
	}

	public void setSegmentId(String segmentId) {
		this.segmentId = segmentId;
	}

	public String getCustomerIds() {
		return customerIds;
	}

	public void setCustomerIds(String customerIds) {
		this.customerIds = customerIds;
	}

	public String getAttributionDays() {
		return attributionDays;
	}

	public void setAttributionDays(String attributionDays) {
		this.attributionDays = attributionDays;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getHtml() {
		return html;
	}

	public void setHtml(String html) {
		this.html = html;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public List<QuestionRow> getQuestions() {
		return questions;
	}

	public void setQuestions(List<QuestionRow> questions) {
		this.questions = questions;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
