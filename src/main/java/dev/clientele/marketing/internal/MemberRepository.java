package dev.clientele.marketing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.clientele.marketing.MemberEvent;
import dev.clientele.marketing.MemberStatus;
import dev.clientele.shared.BulkInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

/**
 * Members in {@code campaign_members} and their trail in {@code campaign_member_events}. Reads that
 * users ask for take the data scope as the owners whose customers they see ({@code null}: all).
 */
@Repository
class MemberRepository {

	/** The stage columns, by the status they record. */
	static final Map<MemberStatus, String> STAGE_COLUMNS = stageColumns();

	private static final String SELECT = "select m.* from campaign_members m";

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	MemberRepository(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	void insertAll(List<MemberRow> members) {
		bulk.insert(new BulkInsert.Table("campaign_members", List.of("id", "campaign_id", "customer_id", "contact_id", "address", "owner_id",
				"level", "city", "status", "targeted_at", "attempts", "attributed_revenue")),
				members.stream()
					.map(m -> new Object[] { m.id(), m.campaignId(), m.customerId(), m.contactId(), m.address(), m.ownerId(),
							m.level(), m.city(), MemberStatus.TARGETED.json(), m.targetedAt(), 0, BigDecimal.ZERO })
					.toList());
	}

	Optional<MemberRow> find(UUID id) {
		return jdbc.sql(SELECT + " where m.id = ?").param(id).query(MemberRepository::map).optional();
	}

	Optional<MemberRow> lock(UUID id) {
		return jdbc.sql(SELECT + " where m.id = ? for update").param(id).query(MemberRepository::map).optional();
	}

	Optional<MemberRow> find(UUID campaignId, UUID customerId) {
		return jdbc.sql(SELECT + " where m.campaign_id = ? and m.customer_id = ?")
			.params(campaignId, customerId)
			.query(MemberRepository::map)
			.optional();
	}

	/** A page of a campaign's members in scope, by id, after {@code afterId}. */
	List<MemberRow> page(UUID campaignId, MemberStatus status, Set<UUID> owners, UUID afterId, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("campaign", campaignId);
		params.put("limit", limit);
		StringBuilder sql = new StringBuilder(SELECT).append(" where m.campaign_id = :campaign");
		if (status != null) {
			sql.append(" and m.status = :status");
			params.put("status", status.json());
		}
		scope(sql, params, owners);
		if (afterId != null) {
			sql.append(" and m.id > :after");
			params.put("after", afterId);
		}
		sql.append(" order by m.id fetch first :limit rows only");
		return jdbc.sql(sql.toString()).params(params).query(MemberRepository::map).list();
	}

	/** Every member of one customer, the newest campaign first. */
	List<MemberRow> ofCustomer(UUID customerId) {
		return jdbc.sql(SELECT + " where m.customer_id = ? order by m.targeted_at desc, m.id")
			.param(customerId)
			.query(MemberRepository::map)
			.list();
	}

	/** A customer's members that were reached (sent at least). */
	List<MemberRow> reachedOf(UUID customerId) {
		return jdbc.sql(SELECT + " where m.customer_id = ? and m.sent_at is not null")
			.param(customerId)
			.query(MemberRepository::map)
			.list();
	}

	/** A page of a campaign's reached members, by id, after {@code afterId}. */
	List<MemberRow> reached(UUID campaignId, UUID afterId, int limit) {
		return jdbc.sql(SELECT + " where m.campaign_id = :campaign and m.sent_at is not null"
				+ (afterId == null ? "" : " and m.id > :after") + " order by m.id fetch first :limit rows only")
			.param("campaign", campaignId)
			.param("limit", limit)
			.params(afterId == null ? Map.of() : Map.of("after", afterId))
			.query(MemberRepository::map)
			.list();
	}

	/** Writes a member's new stages, the trail entry that explains them, and any error. */
	void observe(MemberRow member, Funnel.Stages stages, MemberEvent event, String error) {
		StringBuilder sql = new StringBuilder("update campaign_members set status = :status, last_error = :error");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("status", stages.status().json());
		params.put("error", error == null ? member.lastError() : error);
		for (Map.Entry<MemberStatus, String> column : STAGE_COLUMNS.entrySet()) {
			sql.append(", ").append(column.getValue()).append(" = :").append(column.getValue());
			params.put(column.getValue(), utc(stages.at(column.getKey())));
		}
		sql.append(" where id = :id");
		params.put("id", member.id());
		jdbc.sql(sql.toString()).params(params).update();
		if (event != null) {
			insertEvents(List.of(new Trail(member, event)));
		}
	}

	record Trail(MemberRow member, MemberEvent event) {
	}

	void insertEvents(List<Trail> trail) {
		bulk.insert(new BulkInsert.Table("campaign_member_events", List.of("id", "member_id", "campaign_id", "customer_id", "status",
				"occurred_at", "recorded_at", "actor_id", "origin", "detail")),
				trail.stream()
					.map(t -> new Object[] { UUID.randomUUID(), t.member().id(), t.member().campaignId(),
							t.member().customerId(), t.event().status().json(), t.event().occurredAt(),
							t.event().recordedAt(), t.event().actorId(), t.event().origin(), t.event().detail() })
					.toList());
	}

	/** Each member's trail, oldest first. */
	Map<UUID, List<MemberEvent>> trails(Collection<UUID> memberIds) {
		Map<UUID, List<MemberEvent>> trails = new LinkedHashMap<>();
		if (memberIds.isEmpty()) {
			return trails;
		}
		jdbc.sql("""
				select member_id, status, occurred_at, recorded_at, origin, actor_id, detail from campaign_member_events
				where member_id in (:ids) order by recorded_at, occurred_at, id""")
			.param("ids", List.copyOf(memberIds))
			.query(rs -> {
				trails.computeIfAbsent(rs.getObject("member_id", UUID.class), id -> new ArrayList<>())
					.add(new MemberEvent(MemberStatus.fromJson(rs.getString("status")).orElseThrow(),
							instant(rs, "occurred_at"), instant(rs, "recorded_at"), rs.getString("origin"),
							rs.getObject("actor_id", UUID.class), rs.getString("detail")));
			});
		return trails;
	}

	void setRevenue(UUID memberId, BigDecimal revenue) {
		jdbc.sql("update campaign_members set attributed_revenue = ? where id = ?").params(revenue, memberId).update();
	}

	/** Follows an owner change of customers, so that scope stays right for campaign members. */
	int reassign(Collection<UUID> customerIds, UUID ownerId) {
		if (customerIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("update campaign_members set owner_id = :owner where customer_id in (:ids)")
			.param("owner", ownerId)
			.param("ids", List.copyOf(customerIds))
			.update();
	}

	/** Members of a campaign waiting to be sent, whose retry time (if any) has come, by id. */
	List<MemberRow> due(UUID campaignId, Instant now, int limit) {
		return jdbc.sql(SELECT + " " + """
				where m.campaign_id = :campaign and m.status = 'targeted'
				and (m.next_attempt_at is null or m.next_attempt_at <= :now)
				order by m.id fetch first :limit rows only""")
			.param("campaign", campaignId)
			.param("now", utc(now))
			.param("limit", limit)
			.query(MemberRepository::map)
			.list();
	}

	/**
	 * Claims a member for sending, with its stable Message-ID: only one claim can win, so a message
	 * goes out at most once even with two senders.
	 *
	 * @return whether this claim won
	 */
	boolean claim(UUID memberId, String messageId, Instant now) {
		return jdbc.sql("""
				update campaign_members set status = 'sending', claimed_at = ?, attempts = attempts + 1, message_id = ?
				where id = ? and status = 'targeted'""")
			.params(utc(now), messageId, memberId)
			.update() == 1;
	}

	/** Puts a claimed member back to wait for another attempt after a temporary failure. */
	void release(UUID memberId, Instant retryAt, String error) {
		jdbc.sql("""
				update campaign_members set status = 'targeted', next_attempt_at = ?, last_error = ?
				where id = ? and status = 'sending'""")
			.params(utc(retryAt), error, memberId)
			.update();
	}

	/** Members claimed but never marked: a sender stopped between sending and recording. */
	List<MemberRow> claimed() {
		return jdbc.sql(SELECT + " where m.status = 'sending'").query(MemberRepository::map).list();
	}

	/** Moves every member of one owner's customers to another (a departing rep's handover). */
	int handOver(UUID fromOwner, UUID toOwner) {
		return jdbc.sql("update campaign_members set owner_id = ? where owner_id = ?").params(toOwner, fromOwner).update();
	}

	/** Deletes a customer's members, trail and responses (erasure); answers the counts. */
	Map<String, Integer> deleteCustomer(UUID customerId) {
		int responses = jdbc.sql("delete from campaign_responses where customer_id = ?").param(customerId).update();
		int events = jdbc.sql("delete from campaign_member_events where customer_id = ?").param(customerId).update();
		int members = jdbc.sql("delete from campaign_members where customer_id = ?").param(customerId).update();
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("members", members);
		counts.put("memberEvents", events);
		counts.put("responses", responses);
		return counts;
	}

	private static void scope(StringBuilder sql, Map<String, Object> params, Set<UUID> owners) {
		if (owners == null) {
			return;
		}
		if (owners.isEmpty()) {
			sql.append(" and 1 = 0");
			return;
		}
		sql.append(" and m.owner_id in (:owners)");
		params.put("owners", List.copyOf(owners));
	}

	static MemberRow map(ResultSet rs, int row) throws SQLException {
		Map<MemberStatus, Instant> reached = new EnumMap<>(MemberStatus.class);
		for (Map.Entry<MemberStatus, String> column : STAGE_COLUMNS.entrySet()) {
			Instant at = instant(rs, column.getValue());
			if (at != null) {
				reached.put(column.getKey(), at);
			}
		}
		MemberStatus status = MemberStatus.fromJson(rs.getString("status")).orElseThrow();
		BigDecimal revenue = rs.getBigDecimal("attributed_revenue");
		return new MemberRow(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getObject("customer_id", UUID.class), rs.getObject("contact_id", UUID.class), rs.getString("address"),
				rs.getObject("owner_id", UUID.class), rs.getString("level"), rs.getString("city"),
				new Funnel.Stages(status, reached), instant(rs, "targeted_at"), rs.getInt("attempts"),
				rs.getString("message_id"), rs.getString("last_error"),
				CampaignRepository.money(revenue == null ? BigDecimal.ZERO : revenue));
	}

	private static Map<MemberStatus, String> stageColumns() {
		Map<MemberStatus, String> columns = new EnumMap<>(MemberStatus.class);
		for (MemberStatus status : MemberStatus.values()) {
			if (status != MemberStatus.TARGETED && status != MemberStatus.SENDING) {
				columns.put(status, status.json() + "_at");
			}
		}
		return columns;
	}

}
