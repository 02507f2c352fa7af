package dev.clientele.segment.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.customer.MatchCount;
import dev.clientele.exporting.ExportCustomers;
import dev.clientele.exporting.ExportFormat;
import dev.clientele.exporting.ExportManagement;
import dev.clientele.filter.Filter;
import dev.clientele.segment.CreateSegment;
import dev.clientele.segment.Segment;
import dev.clientele.segment.SegmentChanged;
import dev.clientele.segment.SegmentKind;
import dev.clientele.segment.SegmentManagement;
import dev.clientele.segment.UpdateSegment;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Slice;
import dev.clientele.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
class SegmentService implements SegmentManagement {

	private final SegmentRepository segments;

	private final CustomerManagement customers;

	private final ExportManagement exports;

	private final AccessManagement access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SegmentService(SegmentRepository segments, CustomerManagement customers, ExportManagement exports,
			AccessManagement access, ApplicationEventPublisher events, Clock clock) {
		this.segments = segments;
		this.customers = customers;
		this.exports = exports;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<UUID> memberIds(UUID segmentId, Access access) {
		access.require(Permission.SEGMENT_READ);
		Segment segment = segments.findLive(segmentId).orElseThrow(SegmentService::notFound);
		return customers.ids(SegmentRules.members(segment), access);
	}

	@Override
	public Optional<Segment> find(UUID segmentId, Access access) {
		return access.can(Permission.SEGMENT_READ) ? segments.findLive(segmentId) : Optional.empty();
	}

	@Override
	public List<Segment> list() {
		access.current().require(Permission.SEGMENT_READ);
		return segments.findLive();
	}

	@Override
	public Segment get(UUID id) {
		access.current().require(Permission.SEGMENT_READ);
		return segments.findLive(id).orElseThrow(SegmentService::notFound);
	}

	@Override
	@Transactional
	public Segment create(CreateSegment command) {
		Access current = access.current();
		current.require(Permission.SEGMENT_WRITE);
		Violations violations = new Violations();
		SegmentRules.checkTexts(command.name(), command.description(), violations);
		if (command.kind() == null) {
			violations.add("kind", "segment.kind");
		}
		String filterText = SegmentRules.blankToNull(command.filter());
		Filter filter = SegmentRules.parse(filterText, violations);
		violations.throwIfAny();
		check(filter);
		Instant now = now();
		Segment segment = new Segment(UUID.randomUUID(), command.name().strip(), SegmentRules.blankToNull(command.description()),
				command.kind(), filterText, null, null, now, current.userId(), now, current.userId());
		if (command.kind() == SegmentKind.SNAPSHOT) {
			return freeze(segment, filter, current, null);
		}
		segments.insert(segment);
		events.publishEvent(new SegmentChanged(segment.id(), current.userId(), "segment.created", "kind=dynamic"));
		return segment;
	}

	@Override
	@Transactional
	public Segment update(UpdateSegment command) {
		Access current = access.current();
		current.require(Permission.SEGMENT_WRITE);
		Segment existing = segments.findLive(command.id()).orElseThrow(SegmentService::notFound);
		Violations violations = new Violations();
		SegmentRules.checkTexts(command.name(), command.description(), violations);
		String filterText = SegmentRules.blankToNull(command.filter());
		if (existing.snapshot() && filterText != null && !filterText.equals(existing.filter())) {
			violations.add("filter", "segment.snapshotFrozen");
		}
		Filter filter = existing.snapshot() ? Filter.ALL : SegmentRules.parse(filterText, violations);
		violations.throwIfAny();
		check(filter);
		Segment next = new Segment(existing.id(), command.name().strip(), SegmentRules.blankToNull(command.description()),
				existing.kind(), existing.snapshot() ? existing.filter() : filterText, existing.takenFrom(),
				existing.frozenMembers(), existing.createdAt(), existing.createdBy(), now(), current.userId());
		segments.update(next);
		events.publishEvent(new SegmentChanged(next.id(), current.userId(), "segment.updated", null));
		return next;
	}

	@Override
	@Transactional
	public void archive(UUID id) {
		Access current = access.current();
		current.require(Permission.SEGMENT_WRITE);
		segments.findLive(id).orElseThrow(SegmentService::notFound);
		segments.archive(id, now(), current.userId());
		events.publishEvent(new SegmentChanged(id, current.userId(), "segment.archived", null));
	}

	@Override
	@Transactional
	public Segment snapshot(UUID id, String name) {
		Access current = access.current();
		current.require(Permission.SEGMENT_WRITE);
		Segment source = segments.findLive(id).orElseThrow(SegmentService::notFound);
		if (source.snapshot()) {
			throw InvalidInputException.of("id", "segment.alreadySnapshot");
		}
		String chosen = SegmentRules.blankToNull(name);
		if (chosen == null) {
			String suffix = " (" + LocalDate.now(clock) + ")";
			chosen = source.name().substring(0, Math.min(source.name().length(), SegmentRules.MAX_NAME - suffix.length()))
					+ suffix;
		}
		Violations violations = new Violations();
		SegmentRules.checkTexts(chosen, null, violations);
		violations.throwIfAny();
		Instant now = now();
		Segment snapshot = new Segment(UUID.randomUUID(), chosen, source.description(), SegmentKind.SNAPSHOT,
				source.filter(), source.id(), null, now, current.userId(), now, current.userId());
		return freeze(snapshot, SegmentRules.members(source), current, source.id());
	}

	/** Writes a snapshot with the customers the filter matches now, as the taker sees them. */
	private Segment freeze(Segment snapshot, Filter filter, Access taker, UUID from) {
		List<UUID> members = customers.ids(filter, taker);
		Segment frozen = new Segment(snapshot.id(), snapshot.name(), snapshot.description(), SegmentKind.SNAPSHOT,
				snapshot.filter(), from, members.size(), snapshot.createdAt(), snapshot.createdBy(), snapshot.updatedAt(),
				snapshot.updatedBy());
		segments.insert(frozen);
		segments.insertMembers(frozen.id(), members);
		events.publishEvent(new SegmentChanged(frozen.id(), taker.userId(), from == null ? "segment.created" : "segment.snapshotTaken",
				"kind=snapshot" + (from == null ? "" : " from=" + from) + " members=" + members.size()));
		return frozen;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true, noRollbackFor = NotFoundException.class)
	public MatchCount count(UUID id) {
		return customers.count(query(get(id), null, CustomerQuery.DEFAULT_LIMIT, null));
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true, noRollbackFor = NotFoundException.class)
	public Slice<Customer> members(UUID id, String sort, int limit, String cursor) {
		return customers.list(query(get(id), sort, limit, cursor));
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true, noRollbackFor = NotFoundException.class)
	public long export(UUID id, ExportFormat format, Locale locale, Supplier<OutputStream> output) {
		Segment segment = get(id);
		return exports.exportCustomers(new ExportCustomers(null, SegmentRules.membersJson(segment), null, false, null, format,
				locale), output);
	}

	/** Checks the filter's fields and operands as the customer list would, for the current user. */
	private void check(Filter filter) {
		customers.check(new CustomerQuery(null, filter, null, CustomerQuery.DEFAULT_LIMIT, null, false));
	}

	private static CustomerQuery query(Segment segment, String sort, int limit, String cursor) {
		return new CustomerQuery(null, SegmentRules.members(segment), sort, limit, cursor, false);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static NotFoundException notFound() {
		return new NotFoundException("Segment");
	}

}
