package org.diplograph.change;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.bson.Document;
import org.dataloader.DataLoader;

import org.diplograph.common.BadRequestException;
import org.diplograph.common.Connection;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.NodeType;
import org.diplograph.model.Visit;
import org.diplograph.node.Nodes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The change feed ({@code changes}), the history of each actor, visit, deal, engagement
 * and article (batched: one query per request level), and each change's subject.
 */
@Controller
class ChangeController {

	static final String HISTORY_LOADER = "history";

	private static final String CURSOR_VERSION = "ch1\n";

	private final ChangeFeed feed;

	ChangeController(ChangeFeed feed, BatchLoaderRegistry registry) {
		this.feed = feed;
		registry.<String, List<Change>>forName(HISTORY_LOADER)
			.registerMappedBatchLoader((ids, env) -> reactor.core.publisher.Mono.fromCallable(() -> {
				java.util.Map<String, List<Change>> history = new java.util.HashMap<>();
				for (Document change : feed.historyOf(ids)) {
					Change read = ChangeDocuments.toChange(change);
					java.util.Set<String> subjects = new java.util.LinkedHashSet<>();
					subjects.add(read.subjectId());
					subjects.addAll(change.getList("related", String.class, List.of()));
					subjects.stream()
						.filter(ids::contains)
						.forEach((id) -> history.computeIfAbsent(id, (key) -> new ArrayList<>()).add(read));
				}
				return history;
			}));
	}

	@QueryMapping
	Connection<Change> changes(@Argument String since, @Argument Integer first, @Argument String after) {
		PageRequest page = PageRequest.of(first, null, null, null);
		long from;
		if (after != null) {
			from = decode(after);
		}
		else if (since != null) {
			Long seq = this.feed.firstAtOrAfter(parseInstant(since));
			from = (seq != null) ? seq - 1 : Long.MAX_VALUE - 1;
		}
		else {
			from = 0;
		}
		ChangeFeed.Page found = this.feed.committedAfter(from, page.size() + 1);
		List<Document> changes = found.changes();
		boolean more = changes.size() > page.size();
		List<Connection.Edge<Change>> edges = new ArrayList<>();
		for (Document change : more ? changes.subList(0, page.size()) : changes) {
			Change read = ChangeDocuments.toChange(change);
			edges.add(new Connection.Edge<>(encode(read.seq()), read));
		}
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? ((after != null) ? after : null) : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new Connection.PageInfo(more, after != null, start, end), this.feed::count);
	}

	@SchemaMapping(typeName = "Actor")
	CompletableFuture<List<Change>> history(Actor actor, DataFetchingEnvironment env) {
		return historyOf(actor.id(), env);
	}

	@SchemaMapping(typeName = "Visit", field = "history")
	CompletableFuture<List<Change>> visitHistory(Visit visit, DataFetchingEnvironment env) {
		return historyOf(visit.id(), env);
	}

	@SchemaMapping(typeName = "DefenceDeal", field = "history")
	CompletableFuture<List<Change>> dealHistory(DefenceDeal deal, DataFetchingEnvironment env) {
		return historyOf(deal.id(), env);
	}

	@SchemaMapping(typeName = "Engagement", field = "history")
	CompletableFuture<List<Change>> engagementHistory(Engagement engagement, DataFetchingEnvironment env) {
		return historyOf(engagement.id(), env);
	}

	@SchemaMapping(typeName = "Article", field = "history")
	CompletableFuture<List<Change>> articleHistory(Article article, DataFetchingEnvironment env) {
		return historyOf(article.id(), env);
	}

	@SchemaMapping(typeName = "Change")
	CompletableFuture<Object> subject(Change change, DataFetchingEnvironment env) {
		if (NodeType.ofId(change.subjectId()) == null) {
			return CompletableFuture.completedFuture(null);
		}
		return Nodes.load(env, change.subjectId());
	}

	private static CompletableFuture<List<Change>> historyOf(String id, DataFetchingEnvironment env) {
		DataLoader<String, List<Change>> loader = env.getDataLoader(HISTORY_LOADER);
		return loader.load(id).thenApply((found) -> (found != null) ? found : List.of());
	}

	/** An ISO instant, or an ISO day taken as its start in UTC. */
	private static Instant parseInstant(String since) {
		if (since.length() > 40) {
			throw badSince(since.substring(0, 40) + "...");
		}
		try {
			return Instant.parse(since.strip());
		}
		catch (DateTimeException ex) {
			try {
				return LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeException notADay) {
				throw badSince(since);
			}
		}
	}

	private static BadRequestException badSince(String since) {
		return new BadRequestException("since is '" + since
				+ "'; give an ISO-8601 instant such as 2025-07-23T09:30:00Z, or a day such as 2025-07-23.");
	}

	private static String encode(long seq) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_VERSION + seq).getBytes(StandardCharsets.UTF_8));
	}

	private static long decode(String cursor) {
		try {
			if (cursor.length() <= 64) {
				String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				if (raw.startsWith(CURSOR_VERSION)) {
					long seq = Long.parseLong(raw.substring(CURSOR_VERSION.length()));
					if (seq >= 0) {
						return seq;
					}
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new BadRequestException(
				"after is not a cursor of the change feed; pass the cursor or endCursor a previous page returned.");
	}

}
