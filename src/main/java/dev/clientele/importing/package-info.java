/**
 * Imports: customer files read, mapped, validated and loaded. Owns reading CSV (UTF-8, GBK/GB18030,
 * any common delimiter) and XLSX files row by row at constant memory, and mapping their columns
 * to customer fields from Chinese and English headers, synonyms and custom field labels.
 */
package dev.clientele.importing;
