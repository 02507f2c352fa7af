package dev.clientele.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.clientele.access.ApiToken;
import dev.clientele.shared.Ids;
import dev.clientele.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: shown once, stored as a SHA-256 hash, and checked from a cache so that a
 * request costs no password hash and, mostly, no query. Revoking a token or deactivating its user
 * empties the cache entry at once.
 */
@Service
class TokenService {

	static final String PREFIX = "clt_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TokenRepository tokens;

	private final Clock clock;

	private final Map<String, Optional<TokenRepository.StoredToken>> cache = new ConcurrentHashMap<>();

	TokenService(TokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A new token and its secret, which is never stored. */
	record Issued(ApiToken token, String secret) {
	}

	@Transactional
	Issued issue(UUID userId, String name, String scope, Instant expiresAt) {
		Violations violations = new Violations();
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty() || cleanName.length() > 100) {
			violations.add("name", "field.required");
		}
		if (!"read".equals(scope) && !"read-write".equals(scope)) {
			violations.add("scope", "token.scope");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			violations.add("expiresAt", "token.expiry");
		}
		violations.throwIfAny();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = new ApiToken(Ids.newId(), userId, cleanName, scope, now, expiresAt, null, null);
		tokens.insert(token, hash(secret));
		return new Issued(token, secret);
	}

	/** The live token with this secret, if any. */
	Optional<TokenRepository.StoredToken> verify(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Optional<TokenRepository.StoredToken> stored = cache.computeIfAbsent(hash(secret), tokens::findByHash);
		Instant now = clock.instant();
		return stored.filter(s -> s.token().revokedAt() == null)
			.filter(s -> s.token().expiresAt() == null || s.token().expiresAt().isAfter(now));
	}

	/** Records a use; the first use of a day or from a new address is worth an audit entry. */
	@Transactional
	boolean markUsed(TokenRepository.StoredToken stored, String ip) {
		Instant now = clock.instant();
		Instant last = stored.token().lastUsedAt();
		boolean notable = last == null || !last.truncatedTo(ChronoUnit.DAYS).equals(now.truncatedTo(ChronoUnit.DAYS))
				|| !ip.equals(stored.lastUsedIp());
		if (notable) {
			tokens.markUsed(stored.token().id(), now, ip);
			cache.values().removeIf(entry -> entry.filter(s -> s.token().id().equals(stored.token().id())).isPresent());
		}
		return notable;
	}

	List<ApiToken> tokensOf(UUID userId) {
		return tokens.findByUser(userId);
	}

	@Transactional
	void revoke(UUID tokenId) {
		tokens.revoke(tokenId, clock.instant());
		cache.clear();
	}

	@Transactional
	void revokeAllOf(UUID userId) {
		tokens.revokeAllOf(userId, clock.instant());
		cache.clear();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
