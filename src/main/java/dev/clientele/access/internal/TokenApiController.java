package dev.clientele.access.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import dev.clientele.access.ApiToken;
import dev.clientele.access.SignInAttempted;
import dev.clientele.access.UserManagement;
import dev.clientele.shared.ForbiddenException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.UnauthenticatedException;
import dev.clientele.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Personal API tokens. {@code POST /api/v1/tokens} signs in with HTTP Basic (and the one-time code
 * in {@code X-Clientele-OTP} where the second factor is set up) and answers the token once.
 */
@RestController
class TokenApiController {

	static final String OTP_HEADER = "X-Clientele-OTP";

	private final SignIn signIn;

	private final TokenService tokens;

	private final UserManagement users;

	private final ApplicationEventPublisher events;

	TokenApiController(SignIn signIn, TokenService tokens, UserManagement users, ApplicationEventPublisher events) {
		this.signIn = signIn;
		this.tokens = tokens;
		this.users = users;
		this.events = events;
	}

	/** The token's secret, shown once. */
	record Created(String token, UUID id, String name, String scope, Instant expiresAt) {
	}

	@PostMapping("/api/v1/tokens")
	ResponseEntity<Created> create(@RequestHeader("Authorization") String authorization,
			@RequestHeader(name = OTP_HEADER, required = false) String otp, @RequestBody JsonNode body,
			HttpServletRequest request) {
		String[] credentials = basic(authorization);
		SignIn.Outcome outcome = signIn.attempt(credentials[0], credentials[1], otp);
		String ip = request.getRemoteAddr();
		if (!(outcome instanceof SignIn.Outcome.Success success)) {
			SignIn.Outcome.Failure failure = (SignIn.Outcome.Failure) outcome;
			events.publishEvent(SignInAttempted.failed(failure.account().map(Account::id).orElse(null), ip, failure.locked()));
			throw new UnauthenticatedException();
		}
		if (success.mfaRequiredButMissing()) {
			throw ForbiddenException.permission("mfa-enrolment");
		}
		Violations violations = new Violations();
		JsonFields.checkNames(body, Set.of("name", "scope", "expiresAt"), Set.of("id", "token", "createdAt"), violations);
		violations.throwIfAny();
		String scope = JsonFields.text(body, "scope", violations);
		Instant expiresAt = instant(JsonFields.text(body, "expiresAt", violations), violations);
		String name = JsonFields.text(body, "name", violations);
		violations.throwIfAny();
		TokenService.Issued issued = tokens.issue(success.account().id(), name, scope == null ? "read" : scope, expiresAt);
		events.publishEvent(new SignInAttempted(success.account().id(), ip, "token.created", issued.token().id().toString()));
		ApiToken token = issued.token();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Created(issued.secret(), token.id(), token.name(), token.scope(), token.expiresAt()));
	}

	@GetMapping("/api/v1/tokens")
	List<ApiToken> mine() {
		return tokens.tokensOf(users.currentActor());
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable String id) {
		UUID tokenId = Ids.parse(id).orElseThrow(() -> new NotFoundException("Token"));
		tokens.tokensOf(users.currentActor())
			.stream()
			.filter(t -> t.id().equals(tokenId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Token"));
		tokens.revoke(tokenId);
	}

	private static Instant instant(String text, Violations violations) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			violations.add("expiresAt", "json.instant");
			return null;
		}
	}

	private static String[] basic(String authorization) {
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				throw new UnauthenticatedException();
			}
			return new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException ex) {
			throw new UnauthenticatedException();
		}
	}

}
