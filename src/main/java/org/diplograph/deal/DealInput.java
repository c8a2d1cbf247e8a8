package org.diplograph.deal;

import java.util.List;

import org.diplograph.article.EvidenceRange;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;

import org.springframework.graphql.data.ArgumentValue;

/**
 * A deal as a write gives it: the fields of DefenceDeal, actors as references, the date
 * as an ISO string, sources as ranges of article bodies. A field left out keeps its
 * value; an explicit null clears an optional one.
 */
public record DealInput(ArgumentValue<String> title, ArgumentValue<DealKind> kind, ArgumentValue<DealStatus> status,
		ArgumentValue<String> buyer, ArgumentValue<String> supplier, ArgumentValue<List<String>> parties,
		ArgumentValue<List<DealItemInput>> items, ArgumentValue<String> date,
		ArgumentValue<List<EvidenceRange>> sources) {

	/** One system the deal covers, its manufacturer an actor reference. */
	public record DealItemInput(String system, String category, String manufacturer, Integer quantity,
			Integer plannedQuantity) {
	}

}
