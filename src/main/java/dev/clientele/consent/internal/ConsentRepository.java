package dev.clientele.consent.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.consent.Channel;
import dev.clientele.consent.Consent;
import dev.clientele.consent.ConsentRecord;
import dev.clientele.consent.ConsentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consent history ({@code consent_events}) and the consents in force ({@code consents}). */
@Repository
class ConsentRepository {

	private static final String CURRENT_COLUMNS = "customer_id, contact_id, channel, status, source, occurred_at, recorded_at, recorded_by";

	private final JdbcClient jdbc;

	ConsentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(ConsentRecord record) {
		jdbc.sql("""
				insert into consent_events (id, customer_id, contact_id, channel, status, source, occurred_at, recorded_at,
				    recorded_by, campaign_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(record.id(), record.customerId(), record.contactId(), record.channel().key(), record.status().key(),
					record.source(), utc(record.at()), utc(record.recordedAt()), record.recordedBy(), record.campaignId())
			.update();
	}

	/**
	 * Makes the record the consent in force for its subject and channel unless one that happened
	 * later is in force already.
	 *
	 * @return whether it is now in force
	 */
	boolean putInForce(ConsentRecord record) {
		UUID subject = subject(record.customerId(), record.contactId());
		int inserted = jdbc.sql("""
				insert into consents (subject_id, channel, customer_id, contact_id, status, source, occurred_at,
				    recorded_at, recorded_by, event_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(subject, record.channel().key(), record.customerId(), record.contactId(), record.status().key(),
					record.source(), utc(record.at()), utc(record.recordedAt()), record.recordedBy(), record.id())
			.update();
		if (inserted > 0) {
			return true;
		}
		return jdbc.sql("""
				update consents set status = ?, source = ?, occurred_at = ?, recorded_at = ?, recorded_by = ?, event_id = ?
				where subject_id = ? and channel = ? and occurred_at <= ?""")
			.params(record.status().key(), record.source(), utc(record.at()), utc(record.recordedAt()),
					record.recordedBy(), record.id(), subject, record.channel().key(), utc(record.at()))
			.update() > 0;
	}

	/** The subject's own consent in force on the channel (a contact's, without falling back to its customer's). */
	Optional<Consent> inForce(UUID customerId, UUID contactId, Channel channel) {
		return jdbc.sql("select " + CURRENT_COLUMNS + " from consents where subject_id = ? and channel = ?")
			.params(subject(customerId, contactId), channel.key())
			.query(ConsentRepository::consent)
			.optional();
	}

	/** Every consent in force for the customer and its contacts: the customer's first, then by contact and channel. */
	List<Consent> inForce(UUID customerId) {
		return jdbc.sql("select " + CURRENT_COLUMNS
				+ " from consents where customer_id = ? order by case when contact_id is null then 0 else 1 end, contact_id, channel")
			.params(customerId)
			.query(ConsentRepository::consent)
			.list();
	}

	/** The customer's history, newest recorded first. */
	List<ConsentRecord> history(UUID customerId) {
		return jdbc.sql("""
				select id, customer_id, contact_id, channel, status, source, occurred_at, recorded_at, recorded_by, campaign_id
				from consent_events where customer_id = ? order by recorded_at desc, occurred_at desc, id""")
			.params(customerId)
			.query((rs, row) -> new ConsentRecord(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
					rs.getObject("contact_id", UUID.class), channel(rs), status(rs), rs.getString("source"),
					instant(rs, "occurred_at"), instant(rs, "recorded_at"), rs.getObject("recorded_by", UUID.class),
					rs.getObject("campaign_id", UUID.class)))
			.list();
	}

	/** The status in force on the channel of each subject among {@code subjectIds} that has one, in one query. */
	Map<UUID, ConsentStatus> statuses(Collection<UUID> subjectIds, Channel channel) {
		Map<UUID, ConsentStatus> statuses = new HashMap<>();
		if (subjectIds.isEmpty()) {
			return statuses;
		}
		jdbc.sql("select subject_id, status from consents where channel = :channel and subject_id in (:subjects)")
			.param("channel", channel.key())
			.param("subjects", subjectIds)
			.query(rs -> {
				statuses.put(rs.getObject("subject_id", UUID.class), status(rs));
			});
		return statuses;
	}

	int deleteHistory(UUID customerId) {
		return jdbc.sql("delete from consent_events where customer_id = ?").params(customerId).update();
	}

	int deleteInForce(UUID customerId) {
		return jdbc.sql("delete from consents where customer_id = ?").params(customerId).update();
	}

	static UUID subject(UUID customerId, UUID contactId) {
		return contactId != null ? contactId : customerId;
	}

	private static Consent consent(ResultSet rs, int row) throws SQLException {
		return new Consent(rs.getObject("customer_id", UUID.class), rs.getObject("contact_id", UUID.class), channel(rs),
				status(rs), rs.getString("source"), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
				rs.getObject("recorded_by", UUID.class));
	}

	private static Channel channel(ResultSet rs) throws SQLException {
		return Channel.fromKey(rs.getString("channel")).orElseThrow();
	}

	private static ConsentStatus status(ResultSet rs) throws SQLException {
		return ConsentStatus.fromKey(rs.getString("status")).orElseThrow();
	}

}
