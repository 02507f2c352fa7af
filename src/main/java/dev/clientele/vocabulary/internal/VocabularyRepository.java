package dev.clientele.vocabulary.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.clientele.vocabulary.Vocabulary;
import dev.clientele.vocabulary.VocabularyEntry;
import dev.clientele.vocabulary.VocabularyField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The entries in {@code vocabulary_entries}; synonyms are kept as a JSON array of strings. */
@Repository
class VocabularyRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final String SELECT = "select field, code, label_zh, label_en, synonyms, position, active from vocabulary_entries";

	private final JdbcClient jdbc;

	VocabularyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every vocabulary, each in display order; a field without entries has an empty one. */
	List<Vocabulary> findAll() {
		Map<VocabularyField, List<VocabularyEntry>> entries = new EnumMap<>(VocabularyField.class);
		for (VocabularyField field : VocabularyField.values()) {
			entries.put(field, new ArrayList<>());
		}
		jdbc.sql(SELECT + " order by field, position, code").query(rs -> {
			VocabularyField field = VocabularyField.fromKey(rs.getString("field")).orElseThrow();
			entries.get(field).add(map(rs));
		});
		return entries.entrySet().stream().map(e -> new Vocabulary(e.getKey(), e.getValue())).toList();
	}

	Vocabulary find(VocabularyField field) {
		return new Vocabulary(field, jdbc.sql(SELECT + " where field = ? order by position, code")
			.param(field.key())
			.query((rs, row) -> map(rs))
			.list());
	}

	/**
	 * Locks the field's entries until the transaction ends, so that two administrators changing
	 * one vocabulary at once cannot give one term to two entries or one position to two.
	 */
	Vocabulary lock(VocabularyField field) {
		return new Vocabulary(field, jdbc.sql(SELECT + " where field = ? order by position, code for update")
			.param(field.key())
			.query((rs, row) -> map(rs))
			.list());
	}

	void insert(VocabularyField field, VocabularyEntry entry) {
		jdbc.sql("""
				insert into vocabulary_entries (field, code, label_zh, label_en, synonyms, position, active)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(field.key(), entry.code(), entry.labelZh(), entry.labelEn(), JSON.writeValueAsString(entry.synonyms()),
					entry.position(), entry.active())
			.update();
	}

	void update(VocabularyField field, VocabularyEntry entry) {
		jdbc.sql("""
				update vocabulary_entries set label_zh = ?, label_en = ?, synonyms = ?, position = ?, active = ?
				where field = ? and code = ?""")
			.params(entry.labelZh(), entry.labelEn(), JSON.writeValueAsString(entry.synonyms()), entry.position(),
					entry.active(), field.key(), entry.code())
			.update();
	}

	private static VocabularyEntry map(ResultSet rs) throws SQLException {
		return new VocabularyEntry(rs.getString("code"), rs.getString("label_zh"), rs.getString("label_en"),
				JSON.readValue(rs.getString("synonyms"), STRINGS), rs.getInt("position"), rs.getBoolean("active"));
	}

}
