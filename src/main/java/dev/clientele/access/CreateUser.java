package dev.clientele.access;

/** Creates a user with a unique login. */
public record CreateUser(String login, String name) {
}
