package dev.clientele.customfield;

/**
 * Implemented by each module that stores custom field values, so that a field in use is
 * archived rather than deleted.
 */
public interface CustomFieldUsage {

	boolean isInUse(FieldEntity entity, String key);

}
