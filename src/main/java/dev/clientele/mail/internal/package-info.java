/** The SMTP sender behind {@link dev.clientele.mail.MailManagement} and its classification of failures. */
package dev.clientele.mail.internal;
