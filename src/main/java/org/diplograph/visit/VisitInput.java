package org.diplograph.visit;

import java.util.List;

import org.diplograph.article.EvidenceRange;
import org.diplograph.model.VisitStatus;

import org.springframework.graphql.data.ArgumentValue;

/**
 * A visit as a write gives it: the fields of Visit, actors as references, the date as an
 * ISO string, sources as ranges of article bodies. A field left out keeps its value; an
 * explicit null clears an optional one.
 */
public record VisitInput(ArgumentValue<String> summary, ArgumentValue<List<String>> visitors,
		ArgumentValue<String> fromCountry, ArgumentValue<String> hostCountry, ArgumentValue<String> place,
		ArgumentValue<String> purpose, ArgumentValue<String> date, ArgumentValue<Integer> durationDays,
		ArgumentValue<VisitStatus> status, ArgumentValue<List<String>> metWith,
		ArgumentValue<List<EvidenceRange>> sources) {

}
