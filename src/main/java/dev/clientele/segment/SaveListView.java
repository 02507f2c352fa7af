package dev.clientele.segment;

/**
 * What a saved view holds; blank keyword, filter or sort are stored as none.
 *
 * @param filter JSON in the filter language, checked as the customer list checks it
 */
public record SaveListView(String name, boolean shared, String keyword, String filter, String sort) {
}
