package dev.clientele.marketing;

import java.io.Reader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.shared.Slice;
import dev.clientele.shared.WriteContext;

/**
 * Campaigns and their members. Every user with the read permission sees every campaign; of its
 * members, outcomes and results each user sees only the customers in their data scope.
 */
public interface CampaignManagement {

	/**
	 * Creates a draft.
	 *
	 * @throws dev.clientele.shared.InvalidInputException naming each bad field
	 */
	Campaign create(CampaignInput input, WriteContext context);

	/**
	 * Changes a campaign. A draft takes every field; a scheduled, running or paused one only its
	 * name, goal, end, budget and owner (what it targets and says is fixed once it starts); a
	 * finished one nothing.
	 *
	 * @throws dev.clientele.shared.ConflictException if {@code expectedVersion} is not the current version
	 */
	Campaign update(UUID id, CampaignInput input, int expectedVersion, WriteContext context);

	Optional<Campaign> find(UUID id);

	/** Newest first, at most 500; with a status, only those. */
	List<Campaign> list(CampaignStatus status);

	/**
	 * Starts a draft: with a start in the future it is {@code scheduled} and starts by itself then;
	 * otherwise its members are fixed now, as the starting user sees the target (their data scope),
	 * leaving out those without consent to the channel (email, SMS, phone) and, for email, without
	 * an address. An email campaign's members are then sent to in the background.
	 */
	Campaign start(UUID id, WriteContext context);

	/** Stops sending; members already claimed finish. */
	Campaign pause(UUID id, WriteContext context);

	Campaign resume(UUID id, WriteContext context);

	/**
	 * Renders the campaign's message for one customer the current user sees, with their field
	 * permissions applied.
	 *
	 * @throws dev.clientele.shared.NotFoundException if the customer is not one the user sees
	 */
	MessagePreview preview(UUID campaignId, UUID customerId);

	/** Ends a campaign for good: nothing more is sent; feedback and orders still count. */
	Campaign finish(UUID id, WriteContext context);

	/**
	 * How the campaign did over the members in the reader's scope, broken down by level, city, owner
	 * and by each of {@code segmentIds} the reader may see.
	 */
	CampaignResults results(UUID campaignId, List<UUID> segmentIds);

	/**
	 * Several campaigns' results side by side, without breakdowns, in the order asked.
	 *
	 * @throws dev.clientele.shared.NotFoundException if one of them does not exist
	 */
	List<CampaignResults> compare(List<UUID> campaignIds);

	/** A page of the campaign's members in the reader's scope, optionally of one status. */
	Slice<CampaignMember> members(UUID campaignId, MemberStatus status, int limit, String cursor);

	/** One member's trail, oldest first; empty if out of the reader's scope. */
	Optional<Promotion> member(UUID campaignId, UUID customerId);

	/** Every campaign the customer was part of, newest first, with each trail: the promotion history. */
	List<Promotion> promotions(UUID customerId);

	/**
	 * Logs an outcome observed outside Clientele (a call answered, a visit to the event ...) for one
	 * member of a started campaign. Stages already reached are kept.
	 *
	 * @param at when it happened; {@code null} for now
	 */
	Promotion logOutcome(UUID campaignId, UUID customerId, MemberStatus status, Instant at, String note,
			WriteContext context);

	/**
	 * Logs outcomes from CSV with the columns {@code customerId}, {@code status} and optionally
	 * {@code occurredAt} and {@code note}. All or nothing: a file with a bad line logs nothing and
	 * every bad line is reported.
	 *
	 * @return how many members' outcomes were logged
	 * @throws dev.clientele.shared.InvalidInputException naming each bad line and column, e.g. {@code line 3: status}
	 */
	int logOutcomes(UUID campaignId, Reader csv, WriteContext context);

}
