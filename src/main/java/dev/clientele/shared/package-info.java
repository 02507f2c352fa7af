/**
 * The few types every module speaks: ids, write context and source grammar, validation
 * problems, paging. Kept tiny on purpose; business rules live in their modules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.clientele.shared;
