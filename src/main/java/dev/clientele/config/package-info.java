/**
 * Application-wide wiring that belongs to no business module: the clock, JSON, locale
 * resolution and the translation of failures into RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.clientele.config;
