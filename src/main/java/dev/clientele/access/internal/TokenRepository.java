package dev.clientele.access.internal;

import static dev.clientele.access.internal.AccountRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.access.ApiToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_tokens} rows: a SHA-256 hash of each token, never the token itself. */
@Repository
class TokenRepository {

	private static final String SELECT = """
			select id, user_id, name, scope, created_at, expires_at, revoked_at, last_used_at, last_used_ip from api_tokens""";

	private final JdbcClient jdbc;

	TokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiToken token, String hash) {
		jdbc.sql("""
				insert into api_tokens (id, user_id, name, token_hash, scope, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(token.id(), token.userId(), token.name(), hash, token.scope(), utc(token.createdAt()),
					utc(token.expiresAt()))
			.update();
	}

	Optional<StoredToken> findByHash(String hash) {
		return jdbc.sql(SELECT + " where token_hash = ?").param(hash).query(TokenRepository::map).optional();
	}

	List<ApiToken> findByUser(UUID userId) {
		return jdbc.sql(SELECT + " where user_id = ? order by created_at desc")
			.param(userId)
			.query(TokenRepository::map)
			.list()
			.stream()
			.map(StoredToken::token)
			.toList();
	}

	void markUsed(UUID id, Instant at, String ip) {
		jdbc.sql("update api_tokens set last_used_at = ?, last_used_ip = ? where id = ?").params(utc(at), ip, id).update();
	}

	void revoke(UUID id, Instant at) {
		jdbc.sql("update api_tokens set revoked_at = ? where id = ? and revoked_at is null").params(utc(at), id).update();
	}

	void revokeAllOf(UUID userId, Instant at) {
		jdbc.sql("update api_tokens set revoked_at = ? where user_id = ? and revoked_at is null").params(utc(at), userId).update();
	}

	/** A token with what the first-use-per-day audit needs. */
	record StoredToken(ApiToken token, String lastUsedIp) {
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static StoredToken map(ResultSet rs, int row) throws SQLException {
		return new StoredToken(new ApiToken(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("name"), rs.getString("scope"), instant(rs, "created_at"), instant(rs, "expires_at"),
				instant(rs, "revoked_at"), instant(rs, "last_used_at")), rs.getString("last_used_ip"));
	}

}
