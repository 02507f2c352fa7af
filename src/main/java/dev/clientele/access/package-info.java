/**
 * Users of Clientele: the people and jobs that own customers and act on them. Owns the
 * {@code users} table and the built-in {@code system} user; the security capability grows here.
 */
package dev.clientele.access;
