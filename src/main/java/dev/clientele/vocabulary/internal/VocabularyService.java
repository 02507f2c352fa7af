package dev.clientele.vocabulary.internal;

import java.util.ArrayList;
import java.util.List;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.shared.NotFoundException;
import dev.clientele.vocabulary.AddVocabularyEntry;
import dev.clientele.vocabulary.ChangeVocabularyEntry;
import dev.clientele.vocabulary.Vocabularies;
import dev.clientele.vocabulary.Vocabulary;
import dev.clientele.vocabulary.VocabularyEntry;
import dev.clientele.vocabulary.VocabularyEntryChanged;
import dev.clientele.vocabulary.VocabularyField;
import dev.clientele.vocabulary.VocabularyManagement;
import dev.clientele.vocabulary.VocabularyRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class VocabularyService implements VocabularyManagement {

	private final VocabularyRepository repository;

	private final AccessManagement access;

	private final ApplicationEventPublisher events;

	VocabularyService(VocabularyRepository repository, AccessManagement access, ApplicationEventPublisher events) {
		this.repository = repository;
		this.access = access;
		this.events = events;
	}

	@Override
	public Vocabulary vocabulary(VocabularyField field) {
		return repository.find(field);
	}

	@Override
	public Vocabularies vocabularies() {
		return new Vocabularies(repository.findAll());
	}

	@Override
	public VocabularyRules rules() {
		return new VocabularyIndex(repository.findAll());
	}

	@Override
	@Transactional
	public VocabularyEntry add(VocabularyField field, AddVocabularyEntry command) {
		Access admin = admin();
		VocabularyEntry entry = EntryRules.added(repository.lock(field), command);
		repository.insert(field, entry);
		events.publishEvent(new VocabularyEntryChanged(admin.userId(), field, entry.code(), "vocabulary.entryAdded",
				List.of("code", "labelZh", "labelEn", "synonyms", "position", "active")));
		return entry;
	}

	@Override
	@Transactional
	public VocabularyEntry change(VocabularyField field, String code, ChangeVocabularyEntry command) {
		Access admin = admin();
		Vocabulary vocabulary = repository.lock(field);
		VocabularyEntry current = vocabulary.entry(code).orElseThrow(() -> new NotFoundException("Vocabulary entry"));
		VocabularyEntry changed = EntryRules.changed(vocabulary, current, command);
		List<String> fields = changedFields(current, changed);
		if (fields.isEmpty()) {
			return current;
		}
		repository.update(field, changed);
		if (changed.position() != current.position()) {
			renumber(field, vocabulary, changed);
		}
		events.publishEvent(new VocabularyEntryChanged(admin.userId(), field, code, action(current, changed), fields));
		return changed;
	}

	private Access admin() {
		Access current = access.current();
		current.require(Permission.VOCABULARY_ADMIN);
		return current;
	}

	/** Puts the moved entry at its new place and numbers the others around it from 1. */
	private void renumber(VocabularyField field, Vocabulary vocabulary, VocabularyEntry moved) {
		List<VocabularyEntry> order = new ArrayList<>(vocabulary.entries());
		order.removeIf(e -> e.code().equals(moved.code()));
		order.add(moved.position() - 1, moved);
		for (int i = 0; i < order.size(); i++) {
			VocabularyEntry entry = order.get(i);
			if (entry != moved && entry.position() != i + 1) {
				repository.update(field, new VocabularyEntry(entry.code(), entry.labelZh(), entry.labelEn(),
						entry.synonyms(), i + 1, entry.active()));
			}
		}
	}

	private static List<String> changedFields(VocabularyEntry before, VocabularyEntry after) {
		List<String> fields = new ArrayList<>();
		if (!before.labelZh().equals(after.labelZh())) {
			fields.add("labelZh");
		}
		if (!before.labelEn().equals(after.labelEn())) {
			fields.add("labelEn");
		}
		if (!before.synonyms().equals(after.synonyms())) {
			fields.add("synonyms");
		}
		if (before.position() != after.position()) {
			fields.add("position");
		}
		if (before.active() != after.active()) {
			fields.add("active");
		}
		return fields;
	}

	private static String action(VocabularyEntry before, VocabularyEntry after) {
		if (before.active() == after.active()) {
			return "vocabulary.entryChanged";
		}
		return after.active() ? "vocabulary.entryReactivated" : "vocabulary.entryRetired";
	}

}
