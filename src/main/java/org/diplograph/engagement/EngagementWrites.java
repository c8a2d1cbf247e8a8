package org.diplograph.engagement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.actor.ActorReferences;
import org.diplograph.article.ArticleEvidence;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.Identifiers;
import org.diplograph.change.Plan;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.Edits;
import org.diplograph.common.Inputs;
import org.diplograph.common.Slugs;
import org.diplograph.evidence.FactWrites;
import org.diplograph.model.Engagement;
import org.diplograph.model.NodeType;

import org.springframework.stereotype.Component;

/**
 * Every write of engagements: create, update, delete, and sources added or removed. Each
 * input is checked and resolved (references, dates, evidence ranges, two sides taking
 * part), mapped onto the document, and written as one logged change.
 */
@Component
public class EngagementWrites extends FactWrites<Engagement, EngagementDraft> {

	private static final String WHAT = "an engagement";

	private final ActorReferences actors;

	private final ArticleEvidence evidence;

	private final EngagementMapper mapper;

	EngagementWrites(EngagementRepository engagements, ActorReferences actors, ArticleEvidence evidence,
			EngagementMapper mapper, ChangeWrites changes, Identifiers identifiers) {
		super(NodeType.ENGAGEMENT, engagements::findById, mapper, changes, identifiers);
		this.actors = actors;
		this.evidence = evidence;
		this.mapper = mapper;
	}

	Engagement create(EngagementInput input, String author, String note) {
		requireGiven(input);
		EngagementDraft draft = new EngagementDraft();
		this.mapper.apply(resolve(input, this.actors), draft);
		requireTwoSides(draft, this.actors);
		return createFrom(draft, baseId(draft, this.actors), author, note);
	}

	/**
	 * Creates an engagement as {@code createEngagement} does, in the change
	 * {@code change} starts for the new ID (accepting a candidate decides it in the same
	 * change), resolving references through {@code actors} (which may know actors that
	 * change creates too).
	 */
	public Engagement create(EngagementInput input, ActorReferences actors, Function<String, Plan> change) {
		requireGiven(input);
		EngagementDraft draft = new EngagementDraft();
		this.mapper.apply(resolve(input, actors), draft);
		requireTwoSides(draft, actors);
		return createFrom(draft, baseId(draft, actors), change);
	}

	Engagement update(String id, EngagementInput input, int expectedRevision, String author, String note) {
		return updateWith(id, expectedRevision, (draft) -> {
			EngagementEdit edit = resolve(input, this.actors);
			this.mapper.apply(edit, draft);
			edit.cleared().forEach(draft::clear);
			requireTwoSides(draft, this.actors);
		}, author, note);
	}

	private static void requireGiven(EngagementInput input) {
		Edits.requireGiven("input.kind", input.kind(), WHAT);
		Edits.requireGiven("input.summary", input.summary(), WHAT);
		Edits.requireGiven("input.status", input.status(), WHAT);
		Edits.requireGiven("input.sources", input.sources(),
				WHAT + " (at least one range of an article that reports it)");
	}

	/** Checks every field given and resolves references, the date and the sources. */
	private EngagementEdit resolve(EngagementInput input, ActorReferences actors) {
		Edits.requireNotCleared("input.kind", input.kind());
		Edits.requireNotCleared("input.summary", input.summary());
		Edits.requireNotCleared("input.status", input.status());
		Edits.requireNotCleared("input.sources", input.sources());
		Set<String> cleared = new LinkedHashSet<>();
		Edits.noteCleared("participants", input.participants(), cleared);
		Edits.noteCleared("countries", input.countries(), cleared);
		Edits.noteCleared("place", input.place(), cleared);
		Edits.noteCleared("hostCountry", input.hostCountry(), cleared);
		Edits.noteCleared("occasion", input.occasion(), cleared);
		Edits.noteCleared("date", input.date(), cleared);
		return new EngagementEdit(Edits.given(input.kind(), (kind) -> kind),
				Edits.given(input.summary(), (text) -> Inputs.text("input.summary", text, Inputs.MAX_TEXT)),
				Edits.given(input.participants(),
						(refs) -> actors.resolvePeopleAndOrganisations("input.participants", refs, "input.countries")),
				Edits.given(input.countries(), (refs) -> actors.resolveCountries("input.countries", refs)),
				Edits.given(input.place(), (text) -> Inputs.text("input.place", text, Inputs.MAX_NAME)),
				Edits.given(input.hostCountry(), (ref) -> actors.resolveCountry("input.hostCountry", ref)),
				Edits.given(input.occasion(), (text) -> Inputs.text("input.occasion", text, Inputs.MAX_NAME)),
				Edits.given(input.date(), (text) -> Inputs.date("input.date", text)),
				Edits.given(input.status(), (status) -> status),
				Edits.given(input.sources(), (ranges) -> this.evidence.atLeastOne("input.sources", ranges, WHAT)),
				cleared);
	}

	/**
	 * Refuses an engagement of fewer than two sides: participants and countries taking
	 * part together name at least two actors (the host country alone takes no part).
	 */
	private static void requireTwoSides(EngagementDraft draft, ActorReferences actors) {
		Set<String> takingPart = draft.takingPart();
		if (takingPart.size() < 2) {
			String named = takingPart.isEmpty() ? "none"
					: "only " + actors.resolveActor("input", takingPart.iterator().next()).name();
			throw new BadRequestException("input: an engagement needs at least two participants or countries taking"
					+ " part, and this one would have " + named
					+ "; add the other side to input.countries or input.participants.");
		}
	}

	/**
	 * engagement:&lt;yyyy-mm&gt;-&lt;the first two taking part&gt;-&lt;kind&gt;-&lt;place
	 * when given&gt;, without the date when it has none.
	 */
	private static String baseId(EngagementDraft draft, ActorReferences actors) {
		List<String> parts = new ArrayList<>();
		draft.takingPart()
			.stream()
			.limit(2)
			.forEach((id) -> parts.add(Slugs.of(actors.resolveActor("input", id).name(), 3)));
		parts.add(Slugs.of(draft.getKind().name().replace('_', ' '), 2));
		parts.add(Slugs.of(draft.getPlace(), 3));
		return Slugs.datedId(Engagement.ID_PREFIX, draft.getDate(), parts);
	}

}
