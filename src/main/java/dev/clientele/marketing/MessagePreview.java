package dev.clientele.marketing;

/**
 * A campaign's message as it would read for one customer, with the previewing user's view of the
 * customer: what is masked for them is masked here. Links are shown as written, without tracking.
 *
 * @param to the address it would go to, as the user may see it; {@code null} if there is none
 */
public record MessagePreview(String to, String subject, String html, String text) {
}
