package org.diplograph.visit;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.common.FuzzyDate;
import org.diplograph.evidence.FactDraft;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitStatus;

/**
 * A visit being edited: the document's own fields, set one by one as the input gives
 * them, before the document is made from it with its derived fields.
 */
class VisitDraft extends FactDraft {

	private String summary;

	private List<String> visitorIds = new ArrayList<>();

	private String fromCountryId;

	private String hostCountryId;

	private String place;

	private String purpose;

	private FuzzyDate date;

	private Integer durationDays;

	private VisitStatus status;

	private List<String> metWithIds = new ArrayList<>();

	List<String> involvedIds() {
		return Visit.involved(this.visitorIds, this.fromCountryId, this.hostCountryId, this.metWithIds);
	}

	@Override
	public void clear(String field) {
		switch (field) {
			case "place" -> this.place = null;
			case "purpose" -> this.purpose = null;
			case "durationDays" -> this.durationDays = null;
			case "visitors" -> this.visitorIds = new ArrayList<>();
			case "metWith" -> this.metWithIds = new ArrayList<>();
			default -> throw new IllegalArgumentException(field);
		}
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<String> getVisitorIds() {
		return this.visitorIds;
	}

	public void setVisitorIds(List<String> visitorIds) {
		this.visitorIds = new ArrayList<>(visitorIds);
	}

	public String getFromCountryId() {
		return this.fromCountryId;
	}

	public void setFromCountryId(String fromCountryId) {
		this.fromCountryId = fromCountryId;
	}

	public String getHostCountryId() {
		return this.hostCountryId;
	}

	public void setHostCountryId(String hostCountryId) {
		this.hostCountryId = hostCountryId;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public FuzzyDate getDate() {
		return this.date;
	}

	public void setDate(FuzzyDate date) {
		this.date = date;
	}

	public Integer getDurationDays() {
		return this.durationDays;
	}

	public void setDurationDays(Integer durationDays) {
		this.durationDays = durationDays;
	}

	public VisitStatus getStatus() {
		return this.status;
	}

	public void setStatus(VisitStatus status) {
		this.status = status;
	}

	public List<String> getMetWithIds() {
		return this.metWithIds;
	}

	public void setMetWithIds(List<String> metWithIds) {
		this.metWithIds = new ArrayList<>(metWithIds);
	}

}
