package dev.clientele.customer;

/** An email address, stored in lower case, with an optional label. */
public record Email(String address, String label) {
}
