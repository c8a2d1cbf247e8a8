package org.diplograph.seed;

import java.util.List;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DealItem;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Visit;

/**
 * The real source texts as the seed loader reads them (cleaned by
 * {@code text/ArticleText}) with the curated actors, visits and deals, as plain rows:
 * what the extraction engine's second, independent measurement compares its proposals
 * with. Nothing here copies the texts; they are read from {@code ../shared/seeds}.
 */
public final class SeedTexts {

	/** An actor of the seed. */
	public record ActorRow(String id, String kind, String name, List<String> aliases, String code, String countryId) {

	}

	/** A cleaned source text. */
	public record ArticleRow(String id, String body, FuzzyDate publishedOn) {

	}

	/** A curated visit and the articles reporting it. */
	public record VisitRow(List<String> visitorIds, String fromId, String hostId, String place, FuzzyDate date,
			String status, Integer durationDays, List<String> articleIds) {

	}

	/** A curated deal, its first item, and the articles reporting it. */
	public record DealRow(String kind, String status, String buyerId, String supplierId, List<String> partyIds,
			String system, String manufacturerId, Integer quantity, Integer plannedQuantity, FuzzyDate date,
			List<String> articleIds) {

	}

	/** Everything at once. */
	public record Rows(List<ActorRow> actors, List<ArticleRow> articles, List<VisitRow> visits, List<DealRow> deals) {

	}

	private SeedTexts() {
	}

	public static Rows load() {
		Knowledge knowledge = KnowledgeBuilder.build(SeedSource
			.read(new SeedProperties(KnowledgeBuilderTests.SOURCE_DIR, KnowledgeBuilderTests.SEED_DIR, false, true)));
		List<ActorRow> actors = knowledge.actors()
			.stream()
			.map((Actor a) -> new ActorRow(a.id(), a.kind().name(), a.name(), a.aliases(), a.code(), a.countryId()))
			.toList();
		List<ArticleRow> articles = knowledge.articles()
			.stream()
			.map((Article a) -> new ArticleRow(a.id(), a.body(), a.publishedOn()))
			.toList();
		List<VisitRow> visits = knowledge.visits()
			.stream()
			.map((Visit v) -> new VisitRow(v.visitorIds(), v.fromCountryId(), v.hostCountryId(), v.place(), v.date(),
					v.status().name(), v.durationDays(), articleIds(v.sources())))
			.toList();
		List<DealRow> deals = knowledge.deals().stream().map((DefenceDeal d) -> {
			DealItem item = d.items().isEmpty() ? null : d.items().get(0);
			return new DealRow(d.kind().name(), d.status().name(), d.buyerId(), d.supplierId(), d.partyIds(),
					(item != null) ? item.system() : null, (item != null) ? item.manufacturerId() : null,
					(item != null) ? item.quantity() : null, (item != null) ? item.plannedQuantity() : null, d.date(),
					articleIds(d.sources()));
		}).toList();
		return new Rows(actors, articles, visits, deals);
	}

	private static List<String> articleIds(List<Evidence> sources) {
		return sources.stream().map(Evidence::articleId).distinct().toList();
	}

}
