package dev.clientele.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.privacy.CustomerErased;
import dev.clientele.privacy.DataSubject;
import dev.clientele.privacy.DataSubjects;
import dev.clientele.privacy.ErasureBlock;
import dev.clientele.privacy.ErasureBlockLifted;
import dev.clientele.privacy.ErasureContext;
import dev.clientele.privacy.ErasureCounts;
import dev.clientele.privacy.ErasureReport;
import dev.clientele.privacy.PersonalDataExported;
import dev.clientele.privacy.PersonalDataPart;
import dev.clientele.privacy.PrivacyManagement;
import dev.clientele.privacy.SubjectIdentifiers;
import dev.clientele.shared.GoneException;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks the registry of personal data parts: the export asks each for its share, the erasure first
 * blocks the customer's phones and emails, then has each part erase its share, all in one
 * transaction that the audit entry joins.
 */
@Service
class PrivacyService implements PrivacyManagement {

	static final int MAX_REASON = 1000;

	static final String FORMAT = "clientele-personal-data/1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ObjectProvider<PersonalDataPart> parts;

	private final DataSubjects subjects;

	private final ErasureBlockService blocks;

	private final ErasureBlockRepository blockRows;

	private final AccessManagement access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PrivacyService(ObjectProvider<PersonalDataPart> parts, DataSubjects subjects, ErasureBlockService blocks,
			ErasureBlockRepository blockRows, AccessManagement access, ApplicationEventPublisher events, Clock clock) {
		this.parts = parts;
		this.subjects = subjects;
		this.blocks = blocks;
		this.blockRows = blockRows;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ObjectNode export(UUID customerId) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_PERSONAL_DATA);
		subject(customerId, access, false);
		ObjectNode document = JSON.createObjectNode();
		document.put("format", FORMAT);
		document.put("customerId", customerId.toString());
		document.put("exportedAt", now().toString());
		document.put("exportedBy", access.userId().toString());
		ObjectNode byPart = document.putObject("parts");
		List<String> names = new ArrayList<>();
		for (PersonalDataPart part : registered()) {
			byPart.set(part.name(), part.export(customerId));
			names.add(part.name());
		}
		events.publishEvent(new PersonalDataExported(customerId, access.userId(), names));
		return document;
	}

	@Override
	@Transactional
	public ErasureReport erase(UUID customerId, String reason) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_ERASE);
		String stated = reason(reason);
		subject(customerId, access, true);
		ErasureContext context = new ErasureContext(access.userId(), now());
		List<PersonalDataPart> registered = registered();
		List<String> phones = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		for (PersonalDataPart part : registered) {
			SubjectIdentifiers identifiers = part.identifiers(customerId);
			phones.addAll(identifiers.phones());
			emails.addAll(identifiers.emails());
		}
		int blocked = blocks.block(customerId, new SubjectIdentifiers(phones, emails), context.actorId(),
				context.erasedAt());
		Map<String, ErasureCounts> counts = new LinkedHashMap<>();
		for (PersonalDataPart part : registered) {
			counts.put(part.name(), part.erase(customerId, context));
		}
		events.publishEvent(new CustomerErased(customerId, context.actorId(), stated, summary(counts), blocked));
		return new ErasureReport(customerId, context.erasedAt(), context.actorId(), counts, blocked);
	}

	@Override
	@Transactional(readOnly = true)
	public DataSubject subject(UUID customerId) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_ERASE);
		return subject(customerId, access, false);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ErasureBlock> blocks() {
		access.current().require(Permission.CUSTOMER_ERASE);
		return blockRows.all();
	}

	@Override
	@Transactional
	public ErasureBlock lift(String hash) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_ERASE);
		String key = hash == null ? "" : hash.strip().toLowerCase(Locale.ROOT);
		ErasureBlock block = blockRows.find(key).orElseThrow(() -> new NotFoundException("Erasure block"));
		blockRows.remove(key);
		events.publishEvent(new ErasureBlockLifted(block.hash(), block.kind(), block.customerId(), access.userId()));
		return block;
	}

	@Override
	@Transactional
	public ErasureBlock liftValue(String phone, String email) {
		access.current().require(Permission.CUSTOMER_ERASE);
		boolean hasPhone = phone != null && !phone.isBlank();
		boolean hasEmail = email != null && !email.isBlank();
		Violations violations = new Violations();
		if (hasPhone == hasEmail) {
			violations.add("phone", "erasure.phoneOrEmail");
			violations.add("email", "erasure.phoneOrEmail");
			violations.throwIfAny();
		}
		if (hasPhone) {
			String e164 = SubjectHasher.normalisedPhone(phone).orElseThrow(() -> InvalidInputException.of("phone", "phone.invalid", phone.strip()));
			return lift(blocks.phoneHash(e164));
		}
		String address = SubjectHasher.normalisedEmail(email).orElseThrow(() -> InvalidInputException.of("email", "email.invalid", email.strip()));
		return lift(blocks.emailHash(address));
	}

	private DataSubject subject(UUID customerId, Access access, boolean lock) {
		DataSubject subject = subjects.find(customerId, access.visibleOwners(), lock)
			.orElseThrow(() -> new NotFoundException("Customer"));
		if (subject.erased()) {
			throw new GoneException("Customer", "customer.erased");
		}
		return subject;
	}

	private List<PersonalDataPart> registered() {
		return parts.stream().sorted(Comparator.comparing(PersonalDataPart::name)).toList();
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "field.required");
		}
		String stated = reason.strip();
		if (stated.length() > MAX_REASON) {
			throw InvalidInputException.of("reason", "field.tooLong", MAX_REASON);
		}
		return stated;
	}

	private static String summary(Map<String, ErasureCounts> counts) {
		StringJoiner joiner = new StringJoiner(" ");
		counts.forEach((part, erased) -> erased.counts().forEach((what, n) -> joiner.add(part + "." + what + "=" + n)));
		return joiner.toString();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
