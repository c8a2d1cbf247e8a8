package org.diplograph.engagement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import org.diplograph.actor.ActorReferences;
import org.diplograph.article.ArticleEvidence;
import org.diplograph.article.EvidenceRange;
import org.diplograph.change.ChangeAction;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.Identifiers;
import org.diplograph.change.Plan;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.Edits;
import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.Inputs;
import org.diplograph.common.InvalidDateException;
import org.diplograph.common.NotFoundException;
import org.diplograph.common.Slugs;
import org.diplograph.evidence.FactEvidence;
import org.diplograph.evidence.Sources;
import org.diplograph.model.Engagement;
import org.diplograph.model.EngagementKind;
import org.diplograph.model.NodeIds;
import org.diplograph.model.Origin;
import org.diplograph.model.VisitStatus;

import org.springframework.stereotype.Component;

/**
 * The writes of engagements: created from an input (as an accepted candidate is), and
 * sources added or removed; each input checked and resolved, and written as one logged
 * change.
 */
@Component
public class EngagementWrites implements FactEvidence {

	private final EngagementRepository engagements;

	private final ArticleEvidence evidence;

	private final ChangeWrites changes;

	private final Identifiers identifiers;

	EngagementWrites(EngagementRepository engagements, ArticleEvidence evidence, ChangeWrites changes,
			Identifiers identifiers) {
		this.engagements = engagements;
		this.evidence = evidence;
		this.changes = changes;
		this.identifiers = identifiers;
	}

	/**
	 * Creates an engagement in the change {@code change} starts for the new ID (accepting
	 * a candidate decides it in the same change), resolving references through
	 * {@code actors}. Summary, kind, at least one country, status and at least one source
	 * are required.
	 */
	public Engagement create(EngagementInput input, ActorReferences actors, Function<String, Plan> change) {
		String summary = required("input.summary",
				Edits.given(input.summary(), (text) -> Inputs.text("input.summary", text, Inputs.MAX_TEXT)));
		EngagementKind kind = required("input.kind", Edits.given(input.kind(), (value) -> value));
		List<String> countries = Edits.given(input.countries(),
				(refs) -> ids("input.countries", refs, actors::resolveCountry));
		if (countries == null || countries.isEmpty()) {
			throw Inputs.missing("input.countries", "an engagement (at least one country taking part)");
		}
		List<String> participants = Edits.given(input.participants(),
				(refs) -> ids("input.participants", refs, actors::resolve));
		String host = Edits.given(input.hostCountry(), (ref) -> actors.resolveCountry("input.hostCountry", ref));
		FuzzyDate date = Edits.given(input.date(), EngagementWrites::date);
		VisitStatus status = required("input.status", Edits.given(input.status(), (value) -> value));
		List<Evidence> sources = required("input.sources", Edits.given(input.sources(), this::sources));
		List<String> people = (participants != null) ? participants : List.of();
		String place = Edits.given(input.place(), (text) -> Inputs.text("input.place", text, Inputs.MAX_NAME));
		String occasion = Edits.given(input.occasion(), (text) -> Inputs.text("input.occasion", text, Inputs.MAX_NAME));
		StringBuilder base = new StringBuilder(Engagement.ID_PREFIX);
		if (date != null) {
			base.append(date.iso(), 0, Math.min(7, date.iso().length())).append('-');
		}
		countries
			.forEach((id) -> base.append(Slugs.of(actors.resolveActor("input.countries", id).name(), 2)).append('-'));
		base.append(Slugs.of(kind.name().replace('_', ' '), 2));
		Engagement[] created = new Engagement[1];
		this.identifiers.create(Engagement.class, base.toString(), (id) -> {
			created[0] = new Engagement(id, kind, summary, people, countries, place, host, occasion, date, status,
					sources, Engagement.involved(people, countries, host), ArticleEvidence.articleIds(sources),
					Engagement.sortKeyOf(date), 1, Origin.API);
			return change.apply(id).insert(created[0]);
		});
		return created[0];
	}

	@Override
	public String prefix() {
		return Engagement.ID_PREFIX;
	}

	@Override
	public Object addEvidence(String factId, Evidence added, String author, String note) {
		return Sources.add(factId, added, this::existing, Engagement::sources,
				(before, sources) -> withSources(before, sources, author, note));
	}

	@Override
	public Object removeEvidence(String factId, String articleId, int start, int end, String author, String note) {
		return Sources.remove(factId, articleId, start, end, this::existing, Engagement::sources,
				(before, sources) -> withSources(before, sources, author, note));
	}

	@Override
	public Object addSources(String factId, List<Evidence> added, Plan change) {
		return Sources.addAll(factId, added, existing(factId), Engagement::sources, (before, sources) -> {
			Engagement after = withSources(before, sources);
			change.update(before, after, before.revision());
			return after;
		});
	}

	private Engagement withSources(Engagement before, List<Evidence> sources, String author, String note) {
		Engagement after = withSources(before, sources);
		this.changes.apply(this.changes.plan(ChangeAction.UPDATE, before.id(), author)
			.note(note)
			.update(before, after, before.revision()));
		return after;
	}

	private static Engagement withSources(Engagement before, List<Evidence> sources) {
		return new Engagement(before.id(), before.kind(), before.summary(), before.participantIds(),
				before.countryIds(), before.place(), before.hostCountryId(), before.occasion(), before.date(),
				before.status(), sources, before.involvedIds(), ArticleEvidence.articleIds(sources), before.sortKey(),
				before.revision() + 1, before.origin());
	}

	private Engagement existing(String id) {
		Engagement engagement = this.engagements.findById(NodeIds.require(id, Engagement.ID_PREFIX, "id"));
		if (engagement == null) {
			throw new NotFoundException("No engagement has the ID " + id + ".");
		}
		return engagement;
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw Inputs.missing(field, "an engagement");
		}
		return value;
	}

	private static List<String> ids(String field, List<String> references, BinaryOperator<String> resolve) {
		Inputs.list(field, references, Inputs.MAX_LIST);
		Set<String> ids = new LinkedHashSet<>();
		for (int i = 0; i < references.size(); i++) {
			ids.add(resolve.apply(field + "[" + i + "]", references.get(i)));
		}
		return List.copyOf(ids);
	}

	private List<Evidence> sources(List<EvidenceRange> ranges) {
		if (ranges.isEmpty()) {
			throw new BadRequestException(
					"input.sources is empty; an engagement needs at least one range of an article that reports it.");
		}
		return this.evidence.of("input.sources", ranges);
	}

	private static FuzzyDate date(String text) {
		try {
			return FuzzyDate.parse(text);
		}
		catch (InvalidDateException ex) {
			throw new BadRequestException("input.date: " + ex.getMessage());
		}
	}

}
