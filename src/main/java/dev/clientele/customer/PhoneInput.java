package dev.clientele.customer;

/** A phone number as a client sends it. */
public record PhoneInput(String number, String label) {
}
