/**
 * Sending email through any SMTP server ({@code CLIENTELE_SMTP_*}): one message or a run of them
 * over one connection, each with a stable Message-ID, and an outcome per message that tells a
 * delivery accepted, a temporary failure worth retrying and a permanent one.
 */
package dev.clientele.mail;
