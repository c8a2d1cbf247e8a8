package org.diplograph.engagement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplograph.common.FuzzyDate;
import org.diplograph.evidence.FactDraft;
import org.diplograph.model.Engagement;
import org.diplograph.model.EngagementKind;
import org.diplograph.model.VisitStatus;

/**
 * An engagement being edited: the document's own fields, set one by one as the input
 * gives them, before the document is made from it with its derived fields.
 */
class EngagementDraft extends FactDraft {

	private EngagementKind kind;

	private String summary;

	private List<String> participantIds = new ArrayList<>();

	private List<String> countryIds = new ArrayList<>();

	private String place;

	private String hostCountryId;

	private String occasion;

	private FuzzyDate date;

	private VisitStatus status;

	List<String> involvedIds() {
		return Engagement.involved(this.participantIds, this.countryIds, this.hostCountryId);
	}

	/**
	 * The participants and countries taking part, each once (the host alone takes no
	 * part).
	 */
	Set<String> takingPart() {
		Set<String> taking = new LinkedHashSet<>(this.participantIds);
		taking.addAll(this.countryIds);
		return taking;
	}

	String sortKey() {
		return Engagement.sortKeyOf(this.date);
	}

	@Override
	public void clear(String field) {
		switch (field) {
			case "participants" -> this.participantIds = new ArrayList<>();
			case "countries" -> this.countryIds = new ArrayList<>();
			case "place" -> this.place = null;
			case "hostCountry" -> this.hostCountryId = null;
			case "occasion" -> this.occasion = null;
			case "date" -> this.date = null;
			default -> throw new IllegalArgumentException(field);
		}
	}

	public EngagementKind getKind() {
		return this.kind;
	}

	public void setKind(EngagementKind kind) {
		this.kind = kind;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<String> getParticipantIds() {
		return this.participantIds;
	}

	public void setParticipantIds(List<String> participantIds) {
		this.participantIds = new ArrayList<>(participantIds);
	}

	public List<String> getCountryIds() {
		return this.countryIds;
	}

	public void setCountryIds(List<String> countryIds) {
		this.countryIds = new ArrayList<>(countryIds);
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getHostCountryId() {
		return this.hostCountryId;
	}

	public void setHostCountryId(String hostCountryId) {
		this.hostCountryId = hostCountryId;
	}

	public String getOccasion() {
		return this.occasion;
	}

	public void setOccasion(String occasion) {
		this.occasion = occasion;
	}

	public FuzzyDate getDate() {
		return this.date;
	}

	public void setDate(FuzzyDate date) {
		this.date = date;
	}

	public VisitStatus getStatus() {
		return this.status;
	}

	public void setStatus(VisitStatus status) {
		this.status = status;
	}

}
