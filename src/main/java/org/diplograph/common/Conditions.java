package org.diplograph.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Builds the criteria of a filter, leaving out every condition whose value was not given,
 * so a filter states each field once: {@code new Conditions().is("kind", kind).list()}.
 */
public final class Conditions {

	private final List<Criteria> criteria = new ArrayList<>();

	/** The field equals the value, or contains it when the field is a list. */
	public Conditions is(String field, Object value) {
		if (value != null) {
			this.criteria.add(Criteria.where(field).is(value));
		}
		return this;
	}

	/** The list field contains every one of the values. */
	public Conditions containsAll(String field, Collection<?> values) {
		if (values != null && !values.isEmpty()) {
			this.criteria.add(Criteria.where(field).all(values));
		}
		return this;
	}

	/**
	 * The field contains the text, taken literally: user input never becomes a pattern.
	 */
	public Conditions containsText(String field, String text) {
		if (text != null) {
			this.criteria.add(Criteria.where(field).regex(Pattern.quote(text)));
		}
		return this;
	}

	/**
	 * The fuzzy date in the field names a period that overlaps the one from {@code from}
	 * to {@code to}, either open: it ends on or after {@code from} starts and starts on
	 * or before {@code to} ends.
	 */
	public Conditions overlaps(String dateField, FuzzyDate from, FuzzyDate to) {
		if (from != null) {
			this.criteria.add(Criteria.where(dateField + ".end").gte(from.start()));
		}
		if (to != null) {
			this.criteria.add(Criteria.where(dateField + ".start").lte(to.end()));
		}
		return this;
	}

	public Conditions and(Criteria condition) {
		this.criteria.add(condition);
		return this;
	}

	public List<Criteria> list() {
		return List.copyOf(this.criteria);
	}

	/** The query for all of the criteria; an empty list matches every document. */
	public static Query query(List<Criteria> criteria) {
		return criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
	}

}
