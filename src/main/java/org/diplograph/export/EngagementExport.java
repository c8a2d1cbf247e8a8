package org.diplograph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.model.Engagement;

import org.springframework.stereotype.Component;

/**
 * Engagements: what kind of contact, who and which countries took part, where and when,
 * and the passages that report it.
 */
@Component
class EngagementExport implements CollectionExport<Engagement> {

	private static final List<String> COLUMNS;

	static {
		List<String> columns = new ArrayList<>(List.of("id", "kind", "date.iso", "date.precision", "date.until",
				"status", "summary", "participants.id", "participants.name", "countries.id", "countries.name", "place",
				"hostCountry.id", "hostCountry.name", "occasion"));
		columns.addAll(Records.EVIDENCE_COLUMNS);
		COLUMNS = List.copyOf(columns);
	}

	@Override
	public String name() {
		return "engagements";
	}

	@Override
	public Class<Engagement> type() {
		return Engagement.class;
	}

	@Override
	public List<String> csvColumns() {
		return COLUMNS;
	}

	@Override
	public Collection<String> actorIds(Engagement engagement) {
		List<String> ids = new ArrayList<>(Records.orEmpty(engagement.participantIds()));
		ids.addAll(Records.orEmpty(engagement.countryIds()));
		if (engagement.hostCountryId() != null) {
			ids.add(engagement.hostCountryId());
		}
		return ids;
	}

	@Override
	public Map<String, Object> toRecord(Engagement engagement, ActorNames names) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", engagement.id());
		record.put("kind", (engagement.kind() != null) ? engagement.kind().name() : null);
		record.put("date", Records.date(engagement.date()));
		record.put("status", (engagement.status() != null) ? engagement.status().name() : null);
		record.put("summary", engagement.summary());
		record.put("participants", names.refs(engagement.participantIds()));
		record.put("countries", names.refs(engagement.countryIds()));
		record.put("place", engagement.place());
		record.put("hostCountry", names.ref(engagement.hostCountryId()));
		record.put("occasion", engagement.occasion());
		record.put("sources", Records.evidence(engagement.sources()));
		return record;
	}

}
