package org.diplograph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;

/** The parts several records share: dates and evidence, shaped as in the GraphQL API. */
final class Records {

	private Records() {
	}

	static Map<String, Object> date(FuzzyDate date) {
		if (date == null) {
			return null;
		}
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("iso", date.iso());
		record.put("precision", date.precision().name());
		if (date.until() != null) {
			// a span: the date lies between iso's start and until's end
			record.put("until", date.until().iso());
		}
		return record;
	}

	static List<Map<String, Object>> evidence(List<Evidence> sources) {
		List<Map<String, Object>> records = new ArrayList<>();
		if (sources != null) {
			for (Evidence source : sources) {
				Map<String, Object> record = new LinkedHashMap<>();
				record.put("article", source.articleId());
				record.put("start", source.start());
				record.put("end", source.end());
				record.put("quote", source.quote());
				records.add(record);
			}
		}
		return records;
	}

	static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	static final List<String> EVIDENCE_COLUMNS = List.of("sources.article", "sources.start", "sources.end",
			"sources.quote");

}
