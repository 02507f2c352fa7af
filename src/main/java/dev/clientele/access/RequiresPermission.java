package dev.clientele.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page or API handler that needs a permission before it does anything (e.g. showing an
 * empty form). The façades check permissions on every call anyway; this makes a page that would
 * only lead to a refused call answer 403 at once.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresPermission {

	/** A permission key from {@link Permission}. */
	String value();

}
