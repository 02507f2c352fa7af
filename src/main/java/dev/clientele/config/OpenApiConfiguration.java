package dev.clientele.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The OpenAPI description at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// The API writes JSON trees; describe them as JSON objects and arrays, not as Java beans.
		SpringDocUtils.getConfig()
			.replaceWithSchema(ObjectNode.class, new ObjectSchema())
			.replaceWithSchema(JsonNode.class, new ObjectSchema())
			.replaceWithSchema(ArrayNode.class, new ArraySchema().items(new ObjectSchema()));
	}

	@Bean
	OpenAPI clienteleOpenApi() {
		return new OpenAPI().info(new Info().title("Clientele API")
			.version("v1")
			.description("The customer database: customers, contacts, versions and custom fields. "
					+ "Errors are RFC 9457 problem details."));
	}

}
