package dev.clientele.marketing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignStatus;
import dev.clientele.marketing.Channel;
import dev.clientele.marketing.EmailTemplate;
import dev.clientele.marketing.Question;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

/** Campaigns in {@code campaigns}, their hand-picked customers in {@code campaign_picks}; questions as JSON. */
@Repository
class CampaignRepository {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
	};

	private static final String SELECT = """
			select id, name, goal, channel, starts_at, ends_at, budget, currency, owner_id, status, segment_id,
			attribution_days, subject, body_html, body_text, questions, targeted_count, excluded_no_consent,
			excluded_no_address, created_at, created_by, updated_at, updated_by, started_at, started_by, finished_at, version
			from campaigns""";

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Campaign> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> map(rs, picks(id))).optional();
	}

	/** The campaign, its row locked until the transaction ends: state changes of one campaign happen one at a time. */
	Optional<Campaign> lock(UUID id) {
		return jdbc.sql(SELECT + " where id = ? for update").param(id).query((rs, n) -> map(rs, picks(id))).optional();
	}

	/** Newest first; with a status, only those. Hand-picked customers are left out of the list. */
	List<Campaign> list(CampaignStatus status, int limit) {
		String where = status == null ? "" : " where status = :status";
		var sql = jdbc.sql(SELECT + where + " order by created_at desc, id fetch first :limit rows only").param("limit", limit);
		if (status != null) {
			sql = sql.param("status", status.json());
		}
		return sql.query((rs, n) -> map(rs, List.of())).list();
	}

	/** The ids of campaigns in these statuses, oldest start first: for the sender and the scheduler. */
	List<UUID> ids(List<CampaignStatus> statuses) {
		return jdbc.sql("select id from campaigns where status in (:statuses) order by created_at")
			.param("statuses", statuses.stream().map(CampaignStatus::json).toList())
			.query(UUID.class)
			.list();
	}

	List<UUID> picks(UUID campaignId) {
		return jdbc.sql("select customer_id from campaign_picks where campaign_id = ? order by customer_id")
			.param(campaignId)
			.query(UUID.class)
			.list();
	}

	void insert(Campaign campaign) {
		jdbc.sql("""
				insert into campaigns (id, name, goal, channel, starts_at, ends_at, budget, currency, owner_id, status,
				segment_id, attribution_days, subject, body_html, body_text, questions, targeted_count,
				excluded_no_consent, excluded_no_address, created_at, created_by, updated_at, updated_by, version)
				values (:id, :name, :goal, :channel, :startsAt, :endsAt, :budget, :currency, :ownerId, :status,
				:segmentId, :attributionDays, :subject, :html, :text, :questions, 0, 0, 0, :createdAt, :createdBy,
				:updatedAt, :updatedBy, :version)""")
			.params(columns(campaign))
			.param("createdAt", utc(campaign.createdAt()))
			.param("createdBy", campaign.createdBy())
			.update();
		replacePicks(campaign.id(), campaign.customerIds());
	}

	/** Writes what a user may change; {@code false} if the version moved meanwhile. */
	boolean update(Campaign campaign, int expectedVersion) {
		int rows = jdbc.sql("""
				update campaigns set name = :name, goal = :goal, channel = :channel, starts_at = :startsAt,
				ends_at = :endsAt, budget = :budget, currency = :currency, owner_id = :ownerId, status = :status,
				segment_id = :segmentId, attribution_days = :attributionDays, subject = :subject, body_html = :html,
				body_text = :text, questions = :questions, updated_at = :updatedAt, updated_by = :updatedBy,
				version = :version
				where id = :id and version = :expected""")
			.params(columns(campaign))
			.param("expected", expectedVersion)
			.update();
		if (rows == 1) {
			replacePicks(campaign.id(), campaign.customerIds());
		}
		return rows == 1;
	}

	void changeStatus(UUID id, CampaignStatus status, UUID actor, Instant at) {
		String stamp = switch (status) {
			case RUNNING, SCHEDULED -> ", started_at = coalesce(started_at, :at), started_by = coalesce(started_by, :actor)";
			case FINISHED -> ", finished_at = :at";
			default -> "";
		};
		jdbc.sql("update campaigns set status = :status, updated_at = :at, updated_by = :actor, version = version + 1"
				+ stamp + " where id = :id")
			.param("status", status.json())
			.param("at", utc(at))
			.param("actor", actor)
			.param("id", id)
			.update();
	}

	void recordTargeting(UUID id, int targeted, int noConsent, int noAddress) {
		jdbc.sql("update campaigns set targeted_count = ?, excluded_no_consent = ?, excluded_no_address = ? where id = ?")
			.params(targeted, noConsent, noAddress, id)
			.update();
	}

	/** Who started (or scheduled) a campaign. */
	UUID startedBy(UUID id) {
		return jdbc.sql("select started_by from campaigns where id = ?").param(id).query(UUID.class).single();
	}

	private void replacePicks(UUID campaignId, List<UUID> customerIds) {
		jdbc.sql("delete from campaign_picks where campaign_id = ?").param(campaignId).update();
		for (UUID customerId : customerIds) {
			jdbc.sql("insert into campaign_picks (campaign_id, customer_id) values (?, ?)")
				.params(campaignId, customerId)
				.update();
		}
	}

	private static java.util.Map<String, Object> columns(Campaign c) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", c.id());
		params.put("name", c.name());
		params.put("goal", c.goal());
		params.put("channel", c.channel().json());
		params.put("startsAt", utc(c.startsAt()));
		params.put("endsAt", utc(c.endsAt()));
		params.put("budget", c.budget());
		params.put("currency", c.currency());
		params.put("ownerId", c.ownerId());
		params.put("status", c.status().json());
		params.put("segmentId", c.segmentId());
		params.put("attributionDays", c.attributionDays());
		params.put("subject", c.template().subject());
		params.put("html", c.template().html());
		params.put("text", c.template().text());
		params.put("questions", JSON.writeValueAsString(c.questions()));
		params.put("updatedAt", utc(c.updatedAt()));
		params.put("updatedBy", c.updatedBy());
		params.put("version", c.version());
		return params;
	}

	/** Money as stored, with at least the two decimals of a price. */
	static java.math.BigDecimal money(java.math.BigDecimal value) {
		if (value == null) {
			return null;
		}
		java.math.BigDecimal stripped = value.stripTrailingZeros();
		return stripped.setScale(Math.max(2, stripped.scale()));
	}

	private static Campaign map(ResultSet rs, List<UUID> picks) throws SQLException {
		return new Campaign(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("goal"),
				Channel.fromJson(rs.getString("channel")).orElseThrow(), instant(rs, "starts_at"), instant(rs, "ends_at"),
				money(rs.getBigDecimal("budget")),
				rs.getString("currency"), rs.getObject("owner_id", UUID.class),
				CampaignStatus.fromJson(rs.getString("status")), rs.getObject("segment_id", UUID.class), picks,
				rs.getInt("attribution_days"),
				new EmailTemplate(rs.getString("subject"), rs.getString("body_html"), rs.getString("body_text")),
				JSON.readValue(rs.getString("questions"), QUESTIONS), rs.getInt("targeted_count"),
				rs.getInt("excluded_no_consent"), rs.getInt("excluded_no_address"), instant(rs, "created_at"),
				rs.getObject("created_by", UUID.class), instant(rs, "updated_at"), rs.getObject("updated_by", UUID.class),
				instant(rs, "started_at"), instant(rs, "finished_at"), rs.getInt("version"));
	}

}
