package dev.clientele.customer;

/**
 * One field's change within a version.
 *
 * @param field the field's name as in JSON, e.g. {@code city} or {@code customFields.vip}
 * @param oldValue the value before, as JSON text ({@code null} if there was none)
 * @param newValue the value after, as JSON text ({@code null} if there is none)
 */
public record FieldChange(String field, String oldValue, String newValue) {
}
