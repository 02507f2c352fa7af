/**
 * Marketing through the customer database: campaigns on a channel, their members fixed when a
 * campaign starts, each member's trail through the funnel (targeted to converted), personalised
 * email sent at a steady rate and at most once, feedback by tracking and response forms, and the
 * results that show what worked.
 */
package dev.clientele.marketing;
