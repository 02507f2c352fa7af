/**
 * The privacy module's inner workings: the registry walk for export and erasure, the keyed
 * hashing of phones and emails, the {@code erasure_blocks} table and the API and pages.
 */
package dev.clientele.privacy.internal;
