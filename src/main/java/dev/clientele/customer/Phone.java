package dev.clientele.customer;

/**
 * A phone number as entered, with its E.164 form.
 *
 * @param number the original text, kept verbatim
 * @param label an optional label such as "mobile" or "办公"
 * @param e164 the number in E.164 form, e.g. {@code +8613800138000}
 */
public record Phone(String number, String label, String e164) {
}
