package dev.clientele.access;

import java.util.UUID;

/**
 * Published for every sign-in attempt, token creation and notable token use. Never carries a
 * password or token.
 *
 * @param userId the account concerned, or {@code null} for an unknown login
 * @param action {@code login.succeeded}, {@code login.failed}, {@code login.locked}, {@code logout},
 * {@code token.created}, {@code token.used}
 * @param detail e.g. how the user signed in ({@code session}, {@code token}) or the token's id
 */
public record SignInAttempted(UUID userId, String ip, String action, String detail) {

	public static SignInAttempted succeeded(UUID userId, String ip, String via) {
		return new SignInAttempted(userId, ip, "login.succeeded", via);
	}

	public static SignInAttempted failed(UUID userId, String ip, boolean locked) {
		return new SignInAttempted(userId, ip, locked ? "login.locked" : "login.failed", null);
	}

}
