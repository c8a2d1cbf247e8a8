package org.diplograph.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

import org.diplograph.common.BadRequestException;
import org.diplograph.common.Connection;
import org.diplograph.common.Limits;
import org.diplograph.common.PageRequest;
import org.diplograph.common.RequestBudget;
import org.diplograph.node.Nodes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code search}: ranked full-text hits with highlights; the hit items load in batches.
 */
@Controller
class SearchController {

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@QueryMapping
	Connection<SearchHit> search(@Argument String query, @Argument List<SearchType> types, @Argument Integer first,
			@Argument String after, GraphQLContext context) {
		RequestBudget budget = RequestBudget.of(context);
		PageRequest page = PageRequest.of(first, null, null, null);
		int offset = decodeOffset(after);
		SearchQuery parsed = SearchQuery.parse(query, this.index.stemming(), this.index.exact());
		if (parsed.isEmpty()) {
			return new Connection<>(List.of(), new Connection.PageInfo(false, offset > 0, null, null), 0);
		}
		Set<SearchType> wanted = (types == null || types.isEmpty()) ? EnumSet.allOf(SearchType.class)
				: EnumSet.copyOf(types);
		SearchIndex.Result result = this.index.search(parsed.toLucene(true), wanted, offset + page.size(), budget);
		if (result.total() == 0 && parsed.clauses().size() > 1) {
			result = this.index.search(parsed.toLucene(false), wanted, offset + page.size(), budget);
		}
		Highlighter highlighter = new Highlighter(parsed, this.index.stemming(), this.index.exact());
		List<Connection.Edge<SearchHit>> edges = new ArrayList<>();
		List<SearchIndex.Hit> hits = result.hits();
		for (int i = offset; i < hits.size(); i++) {
			SearchIndex.Hit hit = hits.get(i);
			edges.add(new Connection.Edge<>(encodeOffset(i + 1),
					new SearchHit(hit.score(), hit.type(), hit.id(), highlighter.highlight(hit.values()))));
		}
		boolean hasNext = offset + edges.size() < result.total();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new Connection.PageInfo(hasNext, offset > 0, start, end), result.total());
	}

	@SchemaMapping(typeName = "SearchHit")
	CompletableFuture<Object> item(SearchHit hit, DataFetchingEnvironment env) {
		return Nodes.load(env, hit.id());
	}

	private static String encodeOffset(int offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("s1\n" + offset).getBytes(StandardCharsets.UTF_8));
	}

	private static int decodeOffset(String cursor) {
		if (cursor == null) {
			return 0;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (raw.startsWith("s1\n")) {
				int offset = Integer.parseInt(raw.substring(3));
				if (offset >= 0 && offset <= Limits.MAX_SEARCH_DEPTH) {
					return offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new BadRequestException("after is not a cursor of this search (or pages deeper than "
				+ Limits.MAX_SEARCH_DEPTH + " hits); pass the endCursor a previous page returned.");
	}

	/** One hit: its score, what it is, and where it matched. */
	record SearchHit(double score, SearchType type, String id, List<Highlighter.Match> highlights) {
	}

}
