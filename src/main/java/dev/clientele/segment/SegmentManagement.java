package dev.clientele.segment;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dev.clientele.access.Access;
import dev.clientele.customer.Customer;
import dev.clientele.customer.MatchCount;
import dev.clientele.exporting.ExportFormat;
import dev.clientele.shared.Slice;

/**
 * The façade of segments. Every user with {@code segment:read} sees every segment's definition;
 * members, counts and exports go through the customer module, so they also need
 * {@code customer:read} and show only the customers in the reader's data scope, with the reader's
 * field permissions. A dynamic segment is evaluated live on every read; a snapshot shows those of
 * its frozen members that are still live (not in the recycle bin) and in the reader's scope.
 * Writes need {@code segment:write} and are audited. Archived segments are gone for every reader.
 */
public interface SegmentManagement {

	/**
	 * The customer ids of the segment as {@code access} sees it now, in one query that reads ids
	 * only: a dynamic segment's live customers matching its filter within the access's scope, a
	 * snapshot's frozen members still live and within scope. For campaigns, which fix their members
	 * with the access of whoever starts them.
	 *
	 * @throws dev.clientele.shared.NotFoundException if there is no such segment (or it is archived)
	 * @throws dev.clientele.shared.ForbiddenException if the access lacks {@code segment:read} or {@code customer:read}
	 */
	List<UUID> memberIds(UUID segmentId, Access access);

	/** The segment if it exists, is not archived and the access has {@code segment:read}. */
	Optional<Segment> find(UUID segmentId, Access access);

	/** The live segments, by name. */
	List<Segment> list();

	/** @throws dev.clientele.shared.NotFoundException if there is no such live segment */
	Segment get(UUID id);

	/**
	 * @throws dev.clientele.shared.InvalidInputException naming {@code name}, {@code description},
	 * {@code kind} or the bad part of the filter ({@code filter.and[0].field} ...)
	 */
	Segment create(CreateSegment command);

	/** @throws dev.clientele.shared.InvalidInputException as {@link #create}, and for a filter given to a snapshot */
	Segment update(UpdateSegment command);

	/** Archives the segment: it leaves every list, and a snapshot's member rows are removed. */
	void archive(UUID id);

	/**
	 * Freezes a dynamic segment's members as the current user sees them now into a new snapshot.
	 *
	 * @param name the snapshot's name; blank for the segment's name and today's date
	 * @throws dev.clientele.shared.InvalidInputException if the segment is itself a snapshot
	 */
	Segment snapshot(UUID id, String name);

	/** How many members the current user sees, counted as the customer list counts (capped). */
	MatchCount count(UUID id);

	/** One page of the members the current user sees, as the customer list pages them. */
	Slice<Customer> members(UUID id, String sort, int limit, String cursor);

	/**
	 * Writes the members the current user sees as a file, as the customer export does (masked
	 * fields stay masked; needs {@code customer:export}; audited by the export).
	 *
	 * @return how many customers were written
	 */
	long export(UUID id, ExportFormat format, Locale locale, Supplier<OutputStream> output);

}
