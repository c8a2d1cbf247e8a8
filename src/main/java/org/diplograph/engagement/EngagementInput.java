package org.diplograph.engagement;

import java.util.List;

import org.diplograph.article.EvidenceRange;
import org.diplograph.model.EngagementKind;
import org.diplograph.model.VisitStatus;

import org.springframework.graphql.data.ArgumentValue;

/**
 * An engagement as a write gives it: the fields of Engagement, actors as references, the
 * date as an ISO string, sources as ranges of article bodies. A field left out keeps its
 * value; an explicit null clears an optional one.
 */
public record EngagementInput(ArgumentValue<String> summary, ArgumentValue<EngagementKind> kind,
		ArgumentValue<List<String>> participants, ArgumentValue<List<String>> countries, ArgumentValue<String> place,
		ArgumentValue<String> hostCountry, ArgumentValue<String> occasion, ArgumentValue<String> date,
		ArgumentValue<VisitStatus> status, ArgumentValue<List<EvidenceRange>> sources) {

}
