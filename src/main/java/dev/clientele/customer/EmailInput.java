package dev.clientele.customer;

/** An email address as a client sends it. */
public record EmailInput(String address, String label) {
}
