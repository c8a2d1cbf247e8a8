package org.diplograph.actor;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.change.Draft;
import org.diplograph.common.Names;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Role;

/**
 * An actor being edited: its own fields and its links, before the document is made with
 * the name keys lookups match.
 */
class ActorDraft extends Draft {

	private String name;

	private ActorKind kind;

	private List<String> aliases = new ArrayList<>();

	private List<String> exactAliases = new ArrayList<>();

	private String code;

	private String countryId;

	private List<Role> roles = new ArrayList<>();

	private String description;

	private List<String> articleIds = new ArrayList<>();

	private List<Actor.VisitRef> visitRefs = new ArrayList<>();

	private List<String> dealIds = new ArrayList<>();

	private List<String> engagementIds = new ArrayList<>();

	List<String> nameKeys() {
		return Actor.nameKeys(this.name, this.aliases, this.exactAliases);
	}

	String searchText() {
		return Actor.searchText(nameKeys());
	}

	String sortKey() {
		return Names.key(this.name);
	}

	@Override
	public void clear(String field) {
		switch (field) {
			case "aliases" -> this.aliases = new ArrayList<>();
			case "code" -> this.code = null;
			case "country" -> this.countryId = null;
			case "description" -> this.description = null;
			default -> throw new IllegalArgumentException(field);
		}
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ActorKind getKind() {
		return this.kind;
	}

	public void setKind(ActorKind kind) {
		this.kind = kind;
	}

	public List<String> getAliases() {
		return this.aliases;
	}

	public void setAliases(List<String> aliases) {
		this.aliases = new ArrayList<>(aliases);
	}

	public List<String> getExactAliases() {
		return this.exactAliases;
	}

	public void setExactAliases(List<String> exactAliases) {
		this.exactAliases = new ArrayList<>(exactAliases);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getCountryId() {
		return this.countryId;
	}

	public void setCountryId(String countryId) {
		this.countryId = countryId;
	}

	public List<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(List<Role> roles) {
		this.roles = new ArrayList<>(roles);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<String> getArticleIds() {
		return this.articleIds;
	}

	public void setArticleIds(List<String> articleIds) {
		this.articleIds = new ArrayList<>(articleIds);
	}

	public List<Actor.VisitRef> getVisitRefs() {
		return this.visitRefs;
	}

	public void setVisitRefs(List<Actor.VisitRef> visitRefs) {
		this.visitRefs = new ArrayList<>(visitRefs);
	}

	public List<String> getDealIds() {
		return this.dealIds;
	}

	public void setDealIds(List<String> dealIds) {
		this.dealIds = new ArrayList<>(dealIds);
	}

	public List<String> getEngagementIds() {
		return this.engagementIds;
	}

	public void setEngagementIds(List<String> engagementIds) {
		this.engagementIds = new ArrayList<>(engagementIds);
	}

}
