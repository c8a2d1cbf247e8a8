package org.diplograph.extraction;

/**
 * A system a deal covers: its name, its category, who makes it, the quantity ordered or
 * delivered and the quantity planned in total.
 */
public record DealItemCandidate(String system, String category, ActorRef manufacturer, Integer quantity,
		Integer plannedQuantity) {

}
