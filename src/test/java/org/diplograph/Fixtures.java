package org.diplograph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.diplograph.common.Connection;
import org.diplograph.common.Cursor;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Origin;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Role;
import org.diplograph.model.Visit;

/**
 * The documents the slice tests share, as spring-graphql's BookSource does for books: one
 * cast of actors, built once and looked up by ID, a builder for any other actor, and
 * pages of any document as a repository returns them.
 */
public final class Fixtures {

	public static final Actor TURKIYE = country("country-tr", "Türkiye", "TR");

	public static final Actor BANGLADESH = country("country-bd", "Bangladesh", "BD");

	public static final Actor PAKISTAN = country("country-pk", "Pakistan", "PK");

	public static final Actor SECRETARIAT = actor("defence-industries-secretariat", "Defence Industries Secretariat",
			ActorKind.ORGANIZATION)
		.country(TURKIYE)
		.build();

	public static final Actor MKE = actor("mke", "Makina ve Kimya Endüstrisi", ActorKind.ORGANIZATION).country(TURKIYE)
		.build();

	public static final Actor OTOKAR = actor("otokar", "Otokar", ActorKind.ORGANIZATION).country(TURKIYE).build();

	public static final Actor ARMY = actor("bangladesh-army", "Bangladesh Army", ActorKind.ORGANIZATION)
		.country(BANGLADESH)
		.build();

	public static final Actor GORGUN = actor("haluk-gorgun", "Haluk Görgün", ActorKind.PERSON).country(TURKIYE)
		.aliases("Gorgun")
		.role("President of Defence Industries", SECRETARIAT, "2023-06", null)
		.build();

	public static final Actor BOLAT = actor("omer-bolat", "Ömer Bolat", ActorKind.PERSON).country(TURKIYE)
		.role("Minister of Trade", TURKIYE, null, null)
		.build();

	public static final Actor YUNUS = actor("muhammad-yunus", "Muhammad Yunus", ActorKind.PERSON).country(BANGLADESH)
		.role("Chief Adviser", BANGLADESH, "2024-08", null)
		.build();

	public static final Actor TOUHID = actor("touhid-hossain", "Touhid Hossain", ActorKind.PERSON).country(BANGLADESH)
		.build();

	public static final Actor KHALID = actor("khalid-hossain", "Khalid Hossain", ActorKind.PERSON).country(BANGLADESH)
		.build();

	public static final Actor RAHMAN = actor("faizur-rahman", "Faizur Rahman", ActorKind.PERSON).country(BANGLADESH)
		.build();

	public static final Actor DAR = actor("ishaq-dar", "Ishaq Dar", ActorKind.PERSON).country(PAKISTAN).build();

	/** Every actor above. */
	public static final List<Actor> ACTORS = List.of(TURKIYE, BANGLADESH, PAKISTAN, SECRETARIAT, MKE, OTOKAR, ARMY,
			GORGUN, BOLAT, YUNUS, TOUHID, KHALID, RAHMAN, DAR);

	private Fixtures() {
	}

	/** The actors of the cast with these IDs, as a repository finds them. */
	public static List<Actor> actorsWithIds(Collection<String> ids) {
		return ACTORS.stream().filter((actor) -> ids.contains(actor.id())).toList();
	}

	public static ActorBuilder actor(String slug, String name, ActorKind kind) {
		return new ActorBuilder(slug, name, kind);
	}

	/**
	 * One page holding all of these documents, with the cursors a repository gives them.
	 */
	@SafeVarargs
	public static <T> Connection<T> page(T... documents) {
		List<Connection.Edge<T>> edges = Arrays.stream(documents)
			.map((document) -> new Connection.Edge<>(cursorOf(document).encode(), document))
			.toList();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new Connection.PageInfo(false, false, start, end), documents.length);
	}

	private static Cursor cursorOf(Object document) {
		if (document instanceof Actor actor) {
			return new Cursor(actor.sortKey(), actor.id());
		}
		if (document instanceof Article article) {
			return new Cursor(article.sortKey(), article.id());
		}
		if (document instanceof Visit visit) {
			return new Cursor(visit.date().start(), visit.id());
		}
		if (document instanceof DefenceDeal deal) {
			return new Cursor(deal.sortKey(), deal.id());
		}
		if (document instanceof Engagement engagement) {
			return new Cursor(engagement.sortKey(), engagement.id());
		}
		throw new IllegalArgumentException("No cursor for " + document);
	}

	private static Actor country(String slug, String name, String code) {
		return actor(slug, name, ActorKind.COUNTRY).code(code).build();
	}

	/** Builds an actor as the seed would, giving only what a test needs. */
	public static final class ActorBuilder {

		private final String slug;

		private final String name;

		private final ActorKind kind;

		private final List<String> aliases = new ArrayList<>();

		private final List<String> exactAliases = new ArrayList<>();

		private final List<Role> roles = new ArrayList<>();

		private String code;

		private String countryId;

		private ActorBuilder(String slug, String name, ActorKind kind) {
			this.slug = slug;
			this.name = name;
			this.kind = kind;
		}

		public ActorBuilder code(String code) {
			this.code = code;
			return this;
		}

		public ActorBuilder country(Actor country) {
			this.countryId = country.id();
			return this;
		}

		public ActorBuilder aliases(String... aliases) {
			this.aliases.addAll(List.of(aliases));
			return this;
		}

		/** Aliases that name the actor only in the case written, as acronyms do. */
		public ActorBuilder exactAliases(String... aliases) {
			this.exactAliases.addAll(List.of(aliases));
			return this;
		}

		public ActorBuilder role(String title, Actor organization, String since, String until) {
			this.roles.add(
					new Role(title, organization.id(), FuzzyDate.parseOptional(since), FuzzyDate.parseOptional(until)));
			return this;
		}

		public Actor build() {
			return new Actor(Actor.ID_PREFIX + this.slug, this.name, this.kind, List.copyOf(this.aliases),
					List.copyOf(this.exactAliases), this.code, this.countryId, List.copyOf(this.roles), null, List.of(),
					"", List.of(), List.of(), List.of(), this.name.toLowerCase(), List.of(), 1, Origin.SEED);
		}

	}

}
