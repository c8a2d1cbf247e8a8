package org.diplograph.deal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.diplograph.common.FuzzyDate;
import org.diplograph.evidence.FactDraft;
import org.diplograph.model.DealItem;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;
import org.diplograph.model.DefenceDeal;

/**
 * A deal being edited: its own fields, with {@code partyIds} holding the parties besides
 * buyer and supplier, who join them when the document is made.
 */
class DealDraft extends FactDraft {

	private String title;

	private DealKind kind;

	private DealStatus status;

	private String buyerId;

	private String supplierId;

	private List<String> partyIds = new ArrayList<>();

	private List<DealItem> items = new ArrayList<>();

	private FuzzyDate date;

	/** The parties of a deal besides its buyer and supplier. */
	static List<String> otherParties(DefenceDeal deal) {
		return deal.partyIds()
			.stream()
			.filter((id) -> !id.equals(deal.buyerId()) && !id.equals(deal.supplierId()))
			.toList();
	}

	/** Buyer, supplier, then the other parties, each once. */
	List<String> allParties() {
		Set<String> all = new LinkedHashSet<>();
		all.add(this.buyerId);
		all.add(this.supplierId);
		all.addAll(this.partyIds);
		all.removeIf(Objects::isNull);
		return List.copyOf(all);
	}

	String sortKey() {
		return DefenceDeal.sortKeyOf(this.date);
	}

	@Override
	public void clear(String field) {
		switch (field) {
			case "buyer" -> this.buyerId = null;
			case "supplier" -> this.supplierId = null;
			case "parties" -> this.partyIds = new ArrayList<>();
			case "items" -> this.items = new ArrayList<>();
			case "date" -> this.date = null;
			default -> throw new IllegalArgumentException(field);
		}
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public DealKind getKind() {
		return this.kind;
	}

	public void setKind(DealKind kind) {
		this.kind = kind;
	}

	public DealStatus getStatus() {
		return this.status;
	}

	public void setStatus(DealStatus status) {
		this.status = status;
	}

	public String getBuyerId() {
		return this.buyerId;
	}

	public void setBuyerId(String buyerId) {
		this.buyerId = buyerId;
	}

	public String getSupplierId() {
		return this.supplierId;
	}

	public void setSupplierId(String supplierId) {
		this.supplierId = supplierId;
	}

	public List<String> getPartyIds() {
		return this.partyIds;
	}

	public void setPartyIds(List<String> partyIds) {
		this.partyIds = new ArrayList<>(partyIds);
	}

	public List<DealItem> getItems() {
		return this.items;
	}

	public void setItems(List<DealItem> items) {
		this.items = new ArrayList<>(items);
	}

	public FuzzyDate getDate() {
		return this.date;
	}

	public void setDate(FuzzyDate date) {
		this.date = date;
	}

}
