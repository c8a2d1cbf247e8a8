package org.diplograph.actor;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.common.BadRequestException;
import org.diplograph.common.Edits;
import org.diplograph.common.Inputs;
import org.diplograph.common.Names;
import org.diplograph.model.ActorKind;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Checks an actor's input field by field (resolving its country), and the actor it would
 * make as a whole against the actors there are: a name with letters, a code for countries
 * only and unique among them, and no other actor of its kind of the same name.
 */
final class ActorInputChecks {

	private final ActorRepository actors;

	ActorInputChecks(ActorRepository actors) {
		this.actors = actors;
	}

	/** Checks every field given and resolves the country. */
	static ActorEdit resolve(ActorInput input, ActorReferences references) {
		Edits.requireNotCleared("input.name", input.name());
		Edits.requireNotCleared("input.kind", input.kind());
		Set<String> cleared = new LinkedHashSet<>();
		clearable("aliases", input.aliases(), cleared);
		clearable("code", input.code(), cleared);
		clearable("country", input.country(), cleared);
		clearable("description", input.description(), cleared);
		return new ActorEdit(Edits.given(input.name(), (text) -> Inputs.text("input.name", text, Inputs.MAX_NAME)),
				Edits.given(input.kind(), (kind) -> kind), Edits.given(input.aliases(), ActorInputChecks::aliases),
				Edits.given(input.code(), ActorInputChecks::code),
				Edits.given(input.country(), (ref) -> references.resolveCountry("input.country", ref)),
				Edits.given(input.description(), (text) -> Inputs.text("input.description", text, Inputs.MAX_TEXT)),
				cleared);
	}

	private static void clearable(String field, ArgumentValue<?> value, Set<String> cleared) {
		if (Edits.cleared(value)) {
			cleared.add(field);
		}
	}

	private static List<String> aliases(List<String> given) {
		Inputs.list("input.aliases", given, Inputs.MAX_LIST);
		Map<String, String> aliases = new LinkedHashMap<>();
		for (int i = 0; i < given.size(); i++) {
			String alias = Inputs.text("input.aliases[" + i + "]", given.get(i), Inputs.MAX_NAME);
			if (alias == null || Names.key(alias).isEmpty()) {
				throw new BadRequestException("input.aliases[" + i + "] has no letters or digits.");
			}
			aliases.putIfAbsent(Names.key(alias), alias);
		}
		return List.copyOf(aliases.values());
	}

	private static String code(String code) {
		String trimmed = Inputs.text("input.code", code, 2);
		if (!trimmed.matches("[A-Za-z]{2}")) {
			throw new BadRequestException("input.code is '" + trimmed
					+ "'; a country's code is its ISO 3166-1 alpha-2 code, two letters such as BD.");
		}
		return trimmed.toUpperCase();
	}

	/**
	 * Checks the actor as it would be: a name with letters, a code for countries only and
	 * unique among them, no country of its own for a country, and no other actor of its
	 * kind of the same name (a likely duplicate: merge instead).
	 */
	void check(ActorDraft draft, String self) {
		if (Names.key(draft.getName()).isEmpty()) {
			throw new BadRequestException("input.name has no letters or digits.");
		}
		if (draft.getKind() == ActorKind.COUNTRY) {
			if (draft.getCode() == null) {
				throw new BadRequestException("input.code is required for a country: its ISO 3166-1 alpha-2 code.");
			}
			if (draft.getCountryId() != null) {
				throw new BadRequestException("input.country: a country belongs to no other country.");
			}
			this.actors.findCountryByCode(draft.getCode(), true)
				.stream()
				.filter((country) -> !country.id().equals(self))
				.findFirst()
				.ifPresent((country) -> {
					throw new BadRequestException("input.code: " + country.name() + " (" + country.id()
							+ ") has the code " + draft.getCode() + " already.");
				});
		}
		else if (draft.getCode() != null) {
			throw new BadRequestException("input.code: only countries have a code.");
		}
		this.actors.findByNameKey(Names.key(draft.getName()), true)
			.stream()
			.filter((actor) -> !actor.id().equals(self) && actor.kind() == draft.getKind()
					&& Names.key(actor.name()).equals(Names.key(draft.getName())))
			.findFirst()
			.ifPresent((actor) -> {
				throw new BadRequestException("input.name: " + actor.name() + " (" + actor.id() + ") is a "
						+ kindName(actor.kind()) + " of that name already; use it, give a fuller name,"
						+ " or merge the two with mergeActors.");
			});
	}

	static String kindName(ActorKind kind) {
		return kind.name().toLowerCase();
	}

}
