package dev.clientele.importing.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.clientele.importing.MappingTemplate;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each user's saved column mappings; saving under a name that exists replaces it. */
@Repository
class MappingTemplates {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	MappingTemplates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<MappingTemplate> all(UUID user) {
		return jdbc.sql("select id, name, mapping, created_at from import_mappings where created_by = ? order by name")
			.param(user)
			.query((rs, n) -> new MappingTemplate(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("mapping"), instant(rs, "created_at")))
			.list();
	}

	MappingTemplate save(UUID user, String name, String mapping) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw InvalidInputException.of("name", trimmed.isEmpty() ? "field.required" : "field.tooLong", 100);
		}
		requireObjectOfStrings(mapping);
		jdbc.sql("delete from import_mappings where created_by = ? and name = ?").params(user, trimmed).update();
		UUID id = Ids.newId();
		jdbc.sql("insert into import_mappings (id, name, mapping, created_by, created_at) values (?, ?, ?, ?, ?)")
			.params(id, trimmed, mapping, user, utc(clock.instant()))
			.update();
		return all(user).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
	}

	private static void requireObjectOfStrings(String mapping) {
		try {
			JsonNode root = mapping == null ? null : JSON.readTree(mapping);
			if (root != null && root.isObject() && root.valueStream().allMatch(v -> v.isString() || v.isNull())) {
				return;
			}
		}
		catch (JacksonException ex) {
			// reported below
		}
		throw InvalidInputException.of("mapping", "import.mapping.invalid");
	}

}
