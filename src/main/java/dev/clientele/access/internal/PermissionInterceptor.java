package dev.clientele.access.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.clientele.access.AccessManagement;
import dev.clientele.access.RequiresPermission;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Checks {@link RequiresPermission} before a handler runs; a refusal is answered like any other 403. */
@Configuration(proxyBeanMethods = false)
class PermissionInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final AccessManagement access;

	PermissionInterceptor(AccessManagement access) {
		this.access = access;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// an async dispatch continues a request that was checked when it began (e.g. an event stream)
		if (handler instanceof HandlerMethod method && request.getDispatcherType() != DispatcherType.ASYNC) {
			RequiresPermission required = method.getMethodAnnotation(RequiresPermission.class);
			if (required != null) {
				access.current().require(required.value());
			}
		}
		return true;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

}
