/**
 * Demo data: on request ({@code clientele.demo.customers=N}) fills an empty database with N
 * realistic, deterministic customers, their contacts and the sales reps who own them, through
 * the customer and access façades only. Owns no tables.
 */
package dev.clientele.demo;
