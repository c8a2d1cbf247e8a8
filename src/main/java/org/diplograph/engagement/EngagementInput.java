package org.diplograph.engagement;

import java.util.List;

import org.diplograph.article.EvidenceRange;
import org.diplograph.model.EngagementKind;
import org.diplograph.model.VisitStatus;

import org.springframework.graphql.data.ArgumentValue;

/**
 * An engagement as a write gives it: the fields of Engagement, actors as references, the
 * date as an ISO string or span, sources as ranges of article bodies. A field left out
 * keeps its value; an explicit null clears an optional one.
 */
public record EngagementInput(ArgumentValue<EngagementKind> kind, ArgumentValue<String> summary,
		ArgumentValue<List<String>> participants, ArgumentValue<List<String>> countries, ArgumentValue<String> place,
		ArgumentValue<String> hostCountry, ArgumentValue<String> occasion, ArgumentValue<String> date,
		ArgumentValue<VisitStatus> status, ArgumentValue<List<EvidenceRange>> sources) {

}
