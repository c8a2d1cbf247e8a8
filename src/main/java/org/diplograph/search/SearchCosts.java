package org.diplograph.search;

import graphql.analysis.FieldComplexityEnvironment;

import org.diplograph.common.BadRequestException;
import org.diplograph.limits.FieldCosts;
import org.diplograph.common.Limits;

import org.springframework.stereotype.Component;

/**
 * What a search costs the cost model: each word that may be misspelt is matched against
 * its misspellings in every field, by far the dearest part and dearer the longer the
 * word, and a query whose words do not all match one item runs a second time for any of
 * them.
 */
@Component
class SearchCosts implements FieldCosts {

	private final SearchIndex index;

	SearchCosts(SearchIndex index) {
		this.index = index;
	}

	@Override
	public long work(FieldComplexityEnvironment field) {
		if (!FieldCosts.coordinates(field).equals("Query.search")
				|| !(field.getArguments().get("query") instanceof String text)) {
			return 0;
		}
		SearchQuery query;
		try {
			query = SearchQuery.parse(text, this.index.stemming(), this.index.exact());
		}
		catch (BadRequestException ex) {
			// refused when it runs, with the reason
			return 0;
		}
		long cost = 0;
		for (SearchQuery.Clause clause : query.clauses()) {
			boolean fuzzy = clause.kind() == SearchQuery.Kind.WORD && SearchQuery.maxEdits(clause.whole()) > 0;
			// the automaton of a word's misspellings grows with its length
			cost += fuzzy ? (long) Limits.FUZZY_LETTER_COST * clause.whole().length() : Limits.SEARCH_WORD_COST;
		}
		return (query.clauses().size() > 1) ? 2 * cost : cost;
	}

	@Override
	public long items(FieldComplexityEnvironment field) {
		// a hit is highlighted in one or two fields, each at most
		// MAX_HIGHLIGHTS_PER_FIELD times
		return FieldCosts.coordinates(field).equals("SearchHit.highlights") ? 2L * Limits.MAX_HIGHLIGHTS_PER_FIELD : -1;
	}

}
