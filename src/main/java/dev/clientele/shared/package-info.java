/**
 * The few types every module speaks: ids, write context and source grammar, validation
 * problems, paging, and the one seam for bulk inserts ({@link dev.clientele.shared.BulkInsert},
 * COPY on PostgreSQL). Kept tiny on purpose; business rules live in their modules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.clientele.shared;
