package dev.clientele.marketing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import dev.clientele.marketing.CampaignResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

/** Answers given on response forms, in {@code campaign_responses}, as JSON objects. */
@Repository
class ResponseRepository {

	private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	ResponseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CampaignResponse response, UUID memberId) {
		jdbc.sql("""
				insert into campaign_responses (id, campaign_id, member_id, customer_id, answers, received_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(response.id(), response.campaignId(), memberId, response.customerId(),
					CampaignRepository.JSON.writeValueAsString(response.answers()), utc(response.receivedAt()))
			.update();
	}

	java.util.Optional<CampaignResponse> find(UUID id) {
		return jdbc.sql("select id, campaign_id, customer_id, answers, received_at from campaign_responses where id = ?")
			.param(id)
			.query(ResponseRepository::map)
			.optional();
	}

	List<CampaignResponse> ofCustomer(UUID customerId) {
		return jdbc.sql("""
				select id, campaign_id, customer_id, answers, received_at from campaign_responses
				where customer_id = ? order by received_at""")
			.param(customerId)
			.query(ResponseRepository::map)
			.list();
	}

	private static CampaignResponse map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CampaignResponse(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getObject("customer_id", UUID.class), CampaignRepository.JSON.readValue(rs.getString("answers"), ANSWERS),
				instant(rs, "received_at"));
	}

}
