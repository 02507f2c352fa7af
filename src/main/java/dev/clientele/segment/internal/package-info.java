/** Persistence, rules and web adapters of segments and saved list views. */
package dev.clientele.segment.internal;
