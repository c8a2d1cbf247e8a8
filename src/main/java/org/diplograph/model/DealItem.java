package org.diplograph.model;

/**
 * A system a deal covers: {@code quantity} is what was ordered or delivered,
 * {@code plannedQuantity} what is planned in total. {@code systemKey} is the folded
 * system name the system filter matches.
 */
public record DealItem(String system, String category, String manufacturerId, Integer quantity, Integer plannedQuantity,
		String systemKey) {

}
