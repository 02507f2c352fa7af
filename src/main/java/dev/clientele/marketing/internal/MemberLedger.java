package dev.clientele.marketing.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.FieldAccess;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignMember;
import dev.clientele.marketing.MemberEvent;
import dev.clientele.marketing.MemberStatus;
import dev.clientele.marketing.OutcomesLogged;
import dev.clientele.marketing.Promotion;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Slice;
import dev.clientele.shared.Violations;
import dev.clientele.shared.WriteContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Members as users see them (their data scope; addresses as their field permissions allow), the
 * promotion history of a customer, and outcomes logged by hand or from a file.
 */
@Component
class MemberLedger {

	static final int MAX_FILE_LINES = 100_000;

	private final MemberRepository members;

	private final CampaignRepository campaigns;

	private final CustomerManagement customers;

	private final AccessManagement access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MemberLedger(MemberRepository members, CampaignRepository campaigns, CustomerManagement customers,
			AccessManagement access, ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.campaigns = campaigns;
		this.customers = customers;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	Slice<CampaignMember> members(UUID campaignId, MemberStatus status, int limit, String cursor) {
		if (limit < 1 || limit > 200) {
			throw InvalidInputException.of("limit", "list.limit", 200);
		}
		UUID after = cursor == null || cursor.isBlank() ? null
				: Ids.parse(cursor).orElseThrow(() -> InvalidInputException.of("cursor", "json.id"));
		Access reader = access.current();
		List<MemberRow> rows = members.page(campaignId, status, reader.visibleOwners(), after, limit + 1);
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			next = rows.get(limit - 1).id().toString();
		}
		return new Slice<>(views(rows, reader), next);
	}

	Optional<Promotion> promotion(Campaign campaign, UUID customerId) {
		Access reader = access.current();
		return members.find(campaign.id(), customerId)
			.filter(row -> inScope(row, reader))
			.map(row -> promotion(campaign, row, reader));
	}

	List<Promotion> promotions(UUID customerId) {
		Access reader = access.current();
		if (customers.visible(Set.of(customerId)).isEmpty()) {
			throw new NotFoundException("Customer");
		}
		List<MemberRow> rows = members.ofCustomer(customerId);
		Map<UUID, List<MemberEvent>> trails = members.trails(rows.stream().map(MemberRow::id).toList());
		List<Promotion> promotions = new ArrayList<>();
		List<CampaignMember> views = views(rows, reader);
		for (int i = 0; i < rows.size(); i++) {
			Campaign campaign = campaigns.find(rows.get(i).campaignId()).orElseThrow();
			promotions.add(new Promotion(campaign.id(), campaign.name(), campaign.channel(), views.get(i),
					trails.getOrDefault(rows.get(i).id(), List.of())));
		}
		return promotions;
	}

	Promotion log(Campaign campaign, UUID customerId, MemberStatus status, Instant at, String note,
			WriteContext context) {
		Violations violations = new Violations();
		checkLoggable(status, at, note, "", violations);
		violations.throwIfAny();
		Access reader = access.current();
		MemberRow member = members.find(campaign.id(), customerId)
			.filter(row -> inScope(row, reader))
			.orElseThrow(() -> new NotFoundException("Campaign member"));
		apply(member, status, at, note, "manual", context.actor());
		events.publishEvent(new OutcomesLogged(campaign.id(), 1, "manual", context.actor()));
		return promotion(campaign, members.find(member.id()).orElseThrow(), reader);
	}

	int logFile(Campaign campaign, Reader csv, WriteContext context) {
		Access reader = access.current();
		Violations violations = new Violations();
		List<Outcome> outcomes = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get().parse(csv)) {
			for (String required : List.of("customerId", "status")) {
				if (!parser.getHeaderMap().containsKey(required)) {
					violations.add("header", "campaign.fileColumn", required);
				}
			}
			violations.throwIfAny();
			for (CSVRecord record : parser) {
				if (outcomes.size() >= MAX_FILE_LINES) {
					violations.add("file", "campaign.fileTooLong", MAX_FILE_LINES);
					break;
				}
				outcomes.add(outcome(campaign, record, reader, violations));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw InvalidInputException.of("file", "campaign.fileNotCsv");
		}
		violations.throwIfAny();
		for (Outcome outcome : outcomes) {
			apply(members.lock(outcome.member().id()).orElseThrow(), outcome.status(), outcome.at(), outcome.note(), "file",
					context.actor());
		}
		events.publishEvent(new OutcomesLogged(campaign.id(), outcomes.size(), "file", context.actor()));
		return outcomes.size();
	}

	/**
	 * Records an observation of a member: its stages, and a trail entry if anything changed.
	 *
	 * @return whether anything changed
	 */
	boolean apply(MemberRow member, MemberStatus status, Instant at, String detail, String origin, UUID actor) {
		Funnel.Step step = Funnel.observe(member.stages(), status, at);
		if (!step.changed()) {
			return false;
		}
		members.observe(member, step.stages(), new MemberEvent(status, at, clock.instant(), origin, actor, detail), null);
		return true;
	}

	private Outcome outcome(Campaign campaign, CSVRecord record, Access reader, Violations violations) {
		String line = "line " + (record.getRecordNumber() + 1) + ": ";
		String id = value(record, "customerId");
		UUID customerId = id == null ? null : Ids.parse(id).orElse(null);
		MemberRow member = null;
		if (customerId == null) {
			violations.add(line + "customerId", id == null ? "field.required" : "campaign.notAnId");
		}
		else {
			member = members.find(campaign.id(), customerId).filter(row -> inScope(row, reader)).orElse(null);
			if (member == null) {
				violations.add(line + "customerId", "campaign.notAMember");
			}
		}
		String statusText = value(record, "status");
		MemberStatus status = statusText == null ? null : MemberStatus.fromJson(statusText).orElse(null);
		Instant at = clock.instant();
		String occurred = value(record, "occurredAt");
		if (occurred != null) {
			try {
				at = dev.clientele.shared.Instants.parse(occurred, line + "occurredAt");
			}
			catch (InvalidInputException ex) {
				violations.addAll(ex.violations());
			}
		}
		String note = value(record, "note");
		if (status == null) {
			violations.add(line + "status", statusText == null ? "field.required" : "campaign.loggableStatus",
					MemberStatus.LOGGABLE.stream().map(MemberStatus::json).collect(Collectors.joining(", ")));
		}
		else {
			checkLoggable(status, at, note, line, violations);
		}
		return new Outcome(member, status, at, note);
	}

	private void checkLoggable(MemberStatus status, Instant at, String note, String prefix, Violations violations) {
		if (status == null || !MemberStatus.LOGGABLE.contains(status)) {
			violations.add(prefix + "status", "campaign.loggableStatus",
					MemberStatus.LOGGABLE.stream().map(MemberStatus::json).collect(Collectors.joining(", ")));
		}
		if (at != null && at.isAfter(clock.instant().plusSeconds(300))) {
			violations.add(prefix + "occurredAt", "campaign.inFuture");
		}
		if (note != null && note.length() > 500) {
			violations.add(prefix + "note", "field.tooLong", 500);
		}
	}

	private static String value(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private Promotion promotion(Campaign campaign, MemberRow row, Access reader) {
		List<MemberEvent> trail = members.trails(List.of(row.id())).getOrDefault(row.id(), List.of());
		return new Promotion(campaign.id(), campaign.name(), campaign.channel(), views(List.of(row), reader).get(0),
				trail);
	}

	private List<CampaignMember> views(List<MemberRow> rows, Access reader) {
		Map<UUID, Customer> found = rows.isEmpty() ? Map.of()
				: customers.findAll(rows.stream().map(MemberRow::customerId).collect(Collectors.toSet()));
		Map<UUID, String> names = new HashMap<>();
		found.forEach((id, customer) -> names.put(id, customer.profile().name()));
		return rows.stream().map(row -> row.view(names.get(row.customerId()), shownAddress(row, reader))).toList();
	}

	private static String shownAddress(MemberRow row, Access reader) {
		if (row.address() == null) {
			return null;
		}
		String field = row.address().contains("@") ? "emails" : "phones";
		FieldAccess fieldAccess = reader.field(field);
		if (fieldAccess == FieldAccess.HIDDEN) {
			return null;
		}
		return fieldAccess == FieldAccess.MASKED ? AddressMask.mask(row.address()) : row.address();
	}

	private static boolean inScope(MemberRow row, Access reader) {
		return reader.seesAllCustomers() || reader.visibleOwners().contains(row.ownerId());
	}

	private record Outcome(MemberRow member, MemberStatus status, Instant at, String note) {
	}

}
