/**
 * The one filter language of Clientele: a JSON tree of {@code and}/{@code or}/{@code not} and
 * conditions ({@code eq}, {@code in}, {@code contains}, {@code startsWith}, {@code between},
 * {@code isEmpty}, {@code withinLastDays}), parsed with errors that name the bad part and compiled through a whitelist
 * of fields into parameterised SQL. List views, segments and exports all use it; modules
 * contribute fields through {@link dev.clientele.filter.FilterFieldContributor}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.clientele.filter;
