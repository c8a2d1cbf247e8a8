package org.diplograph.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.Names;
import org.diplograph.model.Actor;
import org.diplograph.model.DealItem;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Origin;
import org.diplograph.seed.SeedEntries.DealEntry;
import org.diplograph.seed.SeedEntries.ItemEntry;

/**
 * Stage 3 for the deals: checks each entry (a unique slug, a title, kind and status,
 * known parties and manufacturers, items with a system and no negative quantity,
 * evidence) and builds its document, buyer and supplier counted among the parties.
 */
final class DealBuilder {

	private DealBuilder() {
	}

	/** The deals by date, undated last, then by ID. */
	static List<DefenceDeal> build(List<DealEntry> entries, Map<String, Actor> actors, EvidenceBuilder evidence,
			Problems problems) {
		List<DefenceDeal> deals = new ArrayList<>(problems.eachEntry(SeedEntries.DEALS, entries, DealEntry::id,
				(entry, where) -> deal(entry, where, actors, evidence, problems)));
		deals.sort(Comparator.comparing(DefenceDeal::sortKey).thenComparing(DefenceDeal::id));
		return deals;
	}

	private static DefenceDeal deal(DealEntry entry, String where, Map<String, Actor> actors, EvidenceBuilder evidence,
			Problems problems) {
		if (entry.title() == null || entry.title().isBlank()) {
			problems.add(where + ": title is missing");
		}
		DealKind kind = problems.enumValue(where, "kind", DealKind.class, entry.kind());
		DealStatus status = problems.enumValue(where, "status", DealStatus.class, entry.status());
		String buyerId = problems.actor(where, "buyer", entry.buyer(), actors.keySet());
		String supplierId = problems.actor(where, "supplier", entry.supplier(), actors.keySet());
		Set<String> parties = new LinkedHashSet<>();
		if (buyerId != null) {
			parties.add(buyerId);
		}
		if (supplierId != null) {
			parties.add(supplierId);
		}
		parties.addAll(problems.actors(where, "parties", entry.parties(), actors.keySet()));
		List<DealItem> items = items(where, entry.items(), actors, problems);
		FuzzyDate date = problems.optionalDateOrSpan(where, "date", entry.date());
		List<Evidence> sources = evidence.evidence(where, entry.sources());
		return new DefenceDeal(DefenceDeal.ID_PREFIX + entry.id(), entry.title(), kind, status, buyerId, supplierId,
				List.copyOf(parties), items, date, sources, EvidenceBuilder.articleIds(sources),
				DefenceDeal.sortKeyOf(date), 1, Origin.SEED);
	}

	private static List<DealItem> items(String where, List<ItemEntry> entries, Map<String, Actor> actors,
			Problems problems) {
		List<DealItem> items = new ArrayList<>();
		for (ItemEntry item : Problems.list(entries)) {
			if (item.system() == null || item.system().isBlank()) {
				problems.add(where + ": an item has no system");
				continue;
			}
			if (isNegative(item.quantity()) || isNegative(item.plannedQuantity())) {
				problems.add(where + ": item " + item.system() + " has a negative quantity");
			}
			items.add(new DealItem(item.system(), item.category(),
					problems.actor(where, "item manufacturer", item.manufacturer(), actors.keySet()), item.quantity(),
					item.plannedQuantity(), Names.key(item.system())));
		}
		return items;
	}

	private static boolean isNegative(Integer value) {
		return value != null && value < 0;
	}

}
