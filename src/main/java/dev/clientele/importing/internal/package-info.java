/**
 * The import's internals: row readers for CSV and XLSX files, encoding and delimiter detection,
 * header checks and the mapping of columns to target fields.
 */
package dev.clientele.importing.internal;
