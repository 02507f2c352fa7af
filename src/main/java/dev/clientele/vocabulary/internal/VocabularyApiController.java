package dev.clientele.vocabulary.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import dev.clientele.vocabulary.AddVocabularyEntry;
import dev.clientele.vocabulary.ChangeVocabularyEntry;
import dev.clientele.vocabulary.Vocabulary;
import dev.clientele.vocabulary.VocabularyEntry;
import dev.clientele.vocabulary.VocabularyField;
import dev.clientele.vocabulary.VocabularyManagement;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * The vocabulary REST API: {@code /api/v1/vocabularies/{field}} with its entries. Entries are
 * never deleted; {@code "active": false} retires one.
 */
@RestController
@RequestMapping("/api/v1/vocabularies")
class VocabularyApiController {

	private static final Set<String> ADD = Set.of("code", "labelZh", "labelEn", "synonyms");

	private static final Set<String> CHANGE = Set.of("labelZh", "labelEn", "synonyms", "position", "active");

	private final VocabularyManagement vocabularies;

	VocabularyApiController(VocabularyManagement vocabularies) {
		this.vocabularies = vocabularies;
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/{field}")
	Vocabulary vocabulary(@PathVariable String field) {
		return vocabularies.vocabulary(field(field));
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/{field}/entries/{code}")
	VocabularyEntry entry(@PathVariable String field, @PathVariable String code) {
		return vocabularies.vocabulary(field(field)).entry(code).orElseThrow(VocabularyApiController::notFound);
	}

	@RequiresPermission(Permission.VOCABULARY_ADMIN)
	@PostMapping(path = "/{field}/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<VocabularyEntry> add(@PathVariable String field, @RequestBody JsonNode body) {
		VocabularyField vocabulary = field(field);
		Violations violations = new Violations();
		JsonFields.checkNames(body, ADD, Set.of("position", "active"), violations);
		violations.throwIfAny();
		AddVocabularyEntry command = new AddVocabularyEntry(JsonFields.text(body, "code", violations),
				JsonFields.text(body, "labelZh", violations), JsonFields.text(body, "labelEn", violations),
				JsonFields.strings(body, "synonyms", violations));
		violations.throwIfAny();
		VocabularyEntry entry = vocabularies.add(vocabulary, command);
		return ResponseEntity.created(URI.create("/api/v1/vocabularies/" + vocabulary.key() + "/entries/"
				+ UriUtils.encodePathSegment(entry.code(), StandardCharsets.UTF_8))).body(entry);
	}

	/** A merge patch: members left out stay as they are; {@code "synonyms": null} removes every synonym. */
	@RequiresPermission(Permission.VOCABULARY_ADMIN)
	@PatchMapping(path = "/{field}/entries/{code}",
			consumes = { "application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE })
	VocabularyEntry change(@PathVariable String field, @PathVariable String code, @RequestBody JsonNode body) {
		VocabularyField vocabulary = field(field);
		Violations violations = new Violations();
		JsonFields.checkNames(body, CHANGE, Set.of("code"), violations);
		violations.throwIfAny();
		ChangeVocabularyEntry command = new ChangeVocabularyEntry(label(body, "labelZh", violations),
				label(body, "labelEn", violations),
				body.has("synonyms") ? JsonFields.strings(body, "synonyms", violations) : null,
				position(body, violations), body.has("active") ? JsonFields.bool(body, "active", true, violations) : null);
		if (body.has("active") && body.get("active").isNull()) {
			violations.add("active", "json.boolean");
		}
		violations.throwIfAny();
		return vocabularies.change(vocabulary, code, command);
	}

	/** A label member: absent keeps the label, {@code null} or blank is refused as missing. */
	private static String label(JsonNode body, String name, Violations violations) {
		if (!body.has(name)) {
			return null;
		}
		String text = JsonFields.text(body, name, violations);
		return text == null ? "" : text;
	}

	private static Integer position(JsonNode body, Violations violations) {
		JsonNode node = body.get("position");
		if (node == null) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			violations.add("position", "json.integer");
			return null;
		}
		return node.intValue();
	}

	private static VocabularyField field(String key) {
		return VocabularyField.fromKey(key).orElseThrow(VocabularyApiController::notFound);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Vocabulary entry");
	}

}
