package dev.clientele.marketing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignResults;
import dev.clientele.marketing.CampaignResults.Breakdown;
import dev.clientele.segment.SegmentManagement;
import dev.clientele.vocabulary.VocabularyField;
import dev.clientele.vocabulary.VocabularyManagement;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts a campaign's results together for the current reader: their scope, their field permissions. */
@Component
class Results {

	private final ResultsRepository repository;

	private final AccessManagement access;

	private final UserManagement users;

	private final SegmentManagement segments;

	private final VocabularyManagement vocabularies;

	Results(ResultsRepository repository, AccessManagement access, UserManagement users, SegmentManagement segments,
			VocabularyManagement vocabularies) {
		this.repository = repository;
		this.access = access;
		this.users = users;
		this.segments = segments;
		this.vocabularies = vocabularies;
	}

	CampaignResults of(Campaign campaign, List<UUID> segmentIds, boolean breakdowns) {
		Access reader = access.current();
		Set<UUID> owners = reader.visibleOwners();
		ResultsRepository.Totals totals = repository.totals(campaign.id(), owners);
		boolean amounts = reader.field("timeline.amount") != FieldAccess.HIDDEN;
		BigDecimal revenue = amounts ? CampaignRepository.money(totals.revenue()) : null;
		BigDecimal returnOnBudget = revenue == null || campaign.budget() == null || campaign.budget().signum() == 0 ? null
				: revenue.divide(campaign.budget(), 4, RoundingMode.HALF_UP);
		List<Breakdown> bySegment = new ArrayList<>();
		List<Breakdown> byLevel = List.of();
		List<Breakdown> byCity = List.of();
		List<Breakdown> byOwner = List.of();
		if (breakdowns) {
			for (UUID segmentId : segmentIds) {
				String name = segments.find(segmentId, reader).map(s -> s.name()).orElse(null);
				if (name != null) {
					bySegment.add(breakdown(segmentId.toString(), name,
							repository.among(campaign.id(), owners, segments.memberIds(segmentId, reader)), amounts));
				}
			}
			if (reader.field("level") != FieldAccess.HIDDEN) {
				byLevel = breakdowns(repository.grouped(campaign.id(), owners, ResultsRepository.Group.LEVEL), amounts,
						this::levelLabel);
			}
			if (reader.field("city") != FieldAccess.HIDDEN) {
				byCity = breakdowns(repository.grouped(campaign.id(), owners, ResultsRepository.Group.CITY), amounts,
						city -> city);
			}
			Map<String, ResultsRepository.Totals> owned = repository.grouped(campaign.id(), owners,
					ResultsRepository.Group.OWNER);
			Map<UUID, User> names = users.findAll(owned.keySet().stream().filter(k -> k != null).map(UUID::fromString)
				.collect(Collectors.toSet()));
			byOwner = breakdowns(owned, amounts, id -> id == null || !names.containsKey(UUID.fromString(id)) ? id
					: names.get(UUID.fromString(id)).name());
		}
		return new CampaignResults(campaign.id(), campaign.name(), campaign.channel(), campaign.status(), totals.funnel(),
				rates(totals.funnel()), revenue, campaign.currency() == null ? "CNY" : campaign.currency(), campaign.budget(),
				returnOnBudget, bySegment, byLevel, byCity, byOwner);
	}

	private static List<Breakdown> breakdowns(Map<String, ResultsRepository.Totals> groups, boolean amounts,
			java.util.function.Function<String, String> label) {
		List<Breakdown> list = new ArrayList<>();
		groups.forEach((key, totals) -> list.add(breakdown(key, key == null ? null : label.apply(key), totals, amounts)));
		return list;
	}

	private static Breakdown breakdown(String key, String label, ResultsRepository.Totals totals, boolean amounts) {
		CampaignResults.Funnel f = totals.funnel();
		return new Breakdown(key, label, f.targeted(), f.responded(), f.converted(), share(f.responded(), f.targeted()),
				share(f.converted(), f.targeted()), amounts ? CampaignRepository.money(totals.revenue()) : null);
	}

	static CampaignResults.Rates rates(CampaignResults.Funnel f) {
		return new CampaignResults.Rates(share(f.delivered(), f.targeted()), share(f.opened(), f.targeted()),
				share(f.clicked(), f.targeted()), share(f.responded(), f.targeted()), share(f.converted(), f.targeted()));
	}

	static double share(long part, long whole) {
		return whole == 0 ? 0 : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
	}

	private String levelLabel(String code) {
		Locale locale = LocaleContextHolder.getLocale();
		return vocabularies.vocabulary(VocabularyField.LEVEL).entry(code).map(e -> e.label(locale)).orElse(code);
	}

}
