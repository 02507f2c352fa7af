package dev.clientele.marketing.internal;

/** A campaign message rendered for one recipient. */
record RenderedMessage(String to, String subject, String html, String text) {
}
