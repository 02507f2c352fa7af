package dev.clientele.filter;

/** The type of a filterable field, which decides how operands are read and which operators apply. */
public enum ValueType {

	TEXT, INTEGER, DECIMAL, DATE, INSTANT, BOOLEAN, ID

}
