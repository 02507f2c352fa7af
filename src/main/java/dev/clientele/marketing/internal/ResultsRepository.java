package dev.clientele.marketing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.marketing.CampaignResults;
import dev.clientele.shared.Chunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts behind campaign results, aggregated in the database over the members in scope. */
@Repository
class ResultsRepository {

	private static final String COUNTS = """
			count(*) as targeted, count(m.sent_at) as sent, count(m.delivered_at) as delivered,
			count(m.opened_at) as opened, count(m.clicked_at) as clicked, count(m.responded_at) as responded,
			count(m.converted_at) as converted, count(case when m.status = 'bounced' then 1 end) as bounced,
			count(m.unsubscribed_at) as unsubscribed, count(case when m.status = 'unknown' then 1 end) as unknowns,
			coalesce(sum(m.attributed_revenue), 0) as revenue""";

	/** The column a breakdown groups by. */
	enum Group {
		LEVEL("m.level"), CITY("m.city"), OWNER("m.owner_id");

		private final String column;

		Group(String column) {
			this.column = column;
		}
	}

	private final JdbcClient jdbc;

	ResultsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Totals totals(UUID campaignId, Set<UUID> owners) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = "select " + COUNTS + " from campaign_members m where m.campaign_id = :campaign" + scope(owners, params);
		params.put("campaign", campaignId);
		return jdbc.sql(sql).params(params).query((rs, n) -> totals(rs)).single();
	}

	/** Totals per value of the group's column, largest groups first, at most 50 groups. */
	Map<String, Totals> grouped(UUID campaignId, Set<UUID> owners, Group group) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = "select " + group.column + " as g, " + COUNTS + " from campaign_members m where m.campaign_id = :campaign"
				+ scope(owners, params) + " group by " + group.column + " order by count(*) desc fetch first 50 rows only";
		params.put("campaign", campaignId);
		Map<String, Totals> result = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query(rs -> {
			Object key = rs.getObject("g");
			result.put(key == null ? null : key.toString(), totals(rs));
		});
		return result;
	}

	/** Totals over the members among these customers (a segment's), 1,000 customers at a time. */
	Totals among(UUID campaignId, Set<UUID> owners, List<UUID> customerIds) {
		List<Totals> parts = new ArrayList<>();
		for (List<UUID> chunk : Chunks.of(customerIds, 1_000)) {
			Map<String, Object> params = new LinkedHashMap<>();
			String sql = "select " + COUNTS + " from campaign_members m where m.campaign_id = :campaign"
					+ " and m.customer_id in (:ids)" + scope(owners, params);
			params.put("campaign", campaignId);
			params.put("ids", chunk);
			parts.add(jdbc.sql(sql).params(params).query((rs, n) -> totals(rs)).single());
		}
		return parts.stream().reduce(Totals.NONE, Totals::plus);
	}

	private static String scope(Set<UUID> owners, Map<String, Object> params) {
		if (owners == null) {
			return "";
		}
		if (owners.isEmpty()) {
			return " and 1 = 0";
		}
		params.put("owners", List.copyOf(owners));
		return " and m.owner_id in (:owners)";
	}

	private static Totals totals(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Totals(new CampaignResults.Funnel(rs.getLong("targeted"), rs.getLong("sent"), rs.getLong("delivered"),
				rs.getLong("opened"), rs.getLong("clicked"), rs.getLong("responded"), rs.getLong("converted"),
				rs.getLong("bounced"), rs.getLong("unsubscribed"), rs.getLong("unknowns")), rs.getBigDecimal("revenue"));
	}

	/** A funnel and the revenue of a group of members. */
	record Totals(CampaignResults.Funnel funnel, BigDecimal revenue) {

		static final Totals NONE = new Totals(new CampaignResults.Funnel(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), BigDecimal.ZERO);

		Totals plus(Totals other) {
			CampaignResults.Funnel a = funnel;
			CampaignResults.Funnel b = other.funnel;
			return new Totals(new CampaignResults.Funnel(a.targeted() + b.targeted(), a.sent() + b.sent(),
					a.delivered() + b.delivered(), a.opened() + b.opened(), a.clicked() + b.clicked(),
					a.responded() + b.responded(), a.converted() + b.converted(), a.bounced() + b.bounced(),
					a.unsubscribed() + b.unsubscribed(), a.unknown() + b.unknown()), revenue.add(other.revenue));
		}

	}

}
