package org.diplograph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.model.DealItem;
import org.diplograph.model.DefenceDeal;

import org.springframework.stereotype.Component;

/** Defence deals: parties, items, status, and the passages that report them. */
@Component
class DealExport implements CollectionExport<DefenceDeal> {

	private static final List<String> COLUMNS;

	static {
		List<String> columns = new ArrayList<>(List.of("id", "title", "kind", "status", "date.iso", "date.precision",
				"date.until", "buyer.id", "buyer.name", "supplier.id", "supplier.name", "parties.id", "parties.name",
				"items.system", "items.category", "items.manufacturer.id", "items.manufacturer.name", "items.quantity",
				"items.plannedQuantity"));
		columns.addAll(Records.EVIDENCE_COLUMNS);
		COLUMNS = List.copyOf(columns);
	}

	@Override
	public String name() {
		return "deals";
	}

	@Override
	public Class<DefenceDeal> type() {
		return DefenceDeal.class;
	}

	@Override
	public List<String> csvColumns() {
		return COLUMNS;
	}

	@Override
	public Collection<String> actorIds(DefenceDeal deal) {
		List<String> ids = new ArrayList<>(Records.orEmpty(deal.partyIds()));
		ids.add(deal.buyerId());
		ids.add(deal.supplierId());
		Records.orEmpty(deal.items()).forEach((item) -> ids.add(item.manufacturerId()));
		return ids;
	}

	@Override
	public Map<String, Object> toRecord(DefenceDeal deal, ActorNames names) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", deal.id());
		record.put("title", deal.title());
		record.put("kind", (deal.kind() != null) ? deal.kind().name() : null);
		record.put("status", (deal.status() != null) ? deal.status().name() : null);
		record.put("date", Records.date(deal.date()));
		record.put("buyer", names.ref(deal.buyerId()));
		record.put("supplier", names.ref(deal.supplierId()));
		record.put("parties", names.refs(deal.partyIds()));
		List<Map<String, Object>> items = new ArrayList<>();
		for (DealItem item : Records.orEmpty(deal.items())) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("system", item.system());
			entry.put("category", item.category());
			entry.put("manufacturer", names.ref(item.manufacturerId()));
			entry.put("quantity", item.quantity());
			entry.put("plannedQuantity", item.plannedQuantity());
			items.add(entry);
		}
		record.put("items", items);
		record.put("sources", Records.evidence(deal.sources()));
		return record;
	}

}
