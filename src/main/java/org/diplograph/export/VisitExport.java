package org.diplograph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.model.Visit;

import org.springframework.stereotype.Component;

/** Visits: who went where and when, whom they met, and the passages that report it. */
@Component
class VisitExport implements CollectionExport<Visit> {

	private static final List<String> COLUMNS;

	static {
		List<String> columns = new ArrayList<>(List.of("id", "date.iso", "date.precision", "date.until", "status",
				"summary", "visitors.id", "visitors.name", "fromCountry.id", "fromCountry.name", "hostCountry.id",
				"hostCountry.name", "place", "purpose", "durationDays", "metWith.id", "metWith.name"));
		columns.addAll(Records.EVIDENCE_COLUMNS);
		COLUMNS = List.copyOf(columns);
	}

	@Override
	public String name() {
		return "visits";
	}

	@Override
	public Class<Visit> type() {
		return Visit.class;
	}

	@Override
	public List<String> csvColumns() {
		return COLUMNS;
	}

	@Override
	public Collection<String> actorIds(Visit visit) {
		List<String> ids = new ArrayList<>(Records.orEmpty(visit.visitorIds()));
		ids.addAll(Records.orEmpty(visit.metWithIds()));
		ids.add(visit.fromCountryId());
		ids.add(visit.hostCountryId());
		return ids;
	}

	@Override
	public Map<String, Object> toRecord(Visit visit, ActorNames names) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", visit.id());
		record.put("date", Records.date(visit.date()));
		record.put("status", (visit.status() != null) ? visit.status().name() : null);
		record.put("summary", visit.summary());
		record.put("visitors", names.refs(visit.visitorIds()));
		record.put("fromCountry", names.ref(visit.fromCountryId()));
		record.put("hostCountry", names.ref(visit.hostCountryId()));
		record.put("place", visit.place());
		record.put("purpose", visit.purpose());
		record.put("durationDays", visit.durationDays());
		record.put("metWith", names.refs(visit.metWithIds()));
		record.put("sources", Records.evidence(visit.sources()));
		return record;
	}

}
