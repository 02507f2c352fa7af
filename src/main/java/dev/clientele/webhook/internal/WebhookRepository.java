package dev.clientele.webhook.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.webhook.Webhook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code webhooks} table. The secret is written here and read only by the dispatcher's claim. */
@Repository
class WebhookRepository {

	private static final String SELECT = "select id, url, events, role_id, active, created_at, updated_at from webhooks";

	private final JdbcClient jdbc;

	WebhookRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Webhook> findAll() {
		return jdbc.sql(SELECT + " order by created_at, id").query(WebhookRepository::map).list();
	}

	Optional<Webhook> findById(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(WebhookRepository::map).optional();
	}

	/** The active webhooks subscribed to a change type. */
	List<Webhook> findActiveFor(String event) {
		return jdbc.sql(SELECT + " where active = true and (',' || events || ',') like ? order by created_at, id")
			.param("%," + event + ",%")
			.query(WebhookRepository::map)
			.list();
	}

	void insert(Webhook webhook, String secret) {
		jdbc.sql("""
				insert into webhooks (id, url, events, secret, role_id, active, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(webhook.id(), webhook.url(), String.join(",", webhook.events()), secret, webhook.roleId(),
					webhook.active(), utc(webhook.createdAt()), utc(webhook.updatedAt()))
			.update();
	}

	/** Updates the settings; a {@code null} secret keeps the stored one. */
	void update(Webhook webhook, String secret) {
		jdbc.sql("""
				update webhooks set url = ?, events = ?, secret = coalesce(?, secret), role_id = ?, active = ?,
				       updated_at = ?
				where id = ?""")
			.params(webhook.url(), String.join(",", webhook.events()), secret, webhook.roleId(), webhook.active(),
					utc(webhook.updatedAt()), webhook.id())
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from webhook_attempts where delivery_id in (select id from webhook_deliveries where webhook_id = ?)")
			.param(id)
			.update();
		jdbc.sql("delete from webhook_deliveries where webhook_id = ?").param(id).update();
		jdbc.sql("delete from webhooks where id = ?").param(id).update();
	}

	private static Webhook map(ResultSet rs, int row) throws SQLException {
		String events = rs.getString("events");
		return new Webhook(rs.getObject("id", UUID.class), rs.getString("url"),
				events.isEmpty() ? List.of() : Arrays.asList(events.split(",")), rs.getObject("role_id", UUID.class),
				rs.getBoolean("active"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

}
