/**
 * Exports: customer lists written out as CSV (UTF-8 with BOM, for Excel) or XLSX, streamed at
 * constant memory, with the list's keyword, filter, sort and as-of instant, the reader's scope
 * and field permissions, cells neutralised against formula injection, and one audit entry each.
 */
package dev.clientele.exporting;
