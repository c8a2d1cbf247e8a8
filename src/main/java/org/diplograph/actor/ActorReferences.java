package org.diplograph.actor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.diplograph.common.BadRequestException;
import org.diplograph.common.Inputs;
import org.diplograph.common.Limits;
import org.diplograph.common.Names;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.NodeIds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Resolves the actor references filters take: an actor ID, a name or alias (matched as
 * {@link Names#key} does), or a country's ISO code. A reference that matches no actor or
 * several is a BAD_REQUEST that says so.
 */
@Component
public class ActorReferences {

	private final ActorRepository actors;

	private final Map<String, Actor> pending;

	@Autowired
	ActorReferences(ActorRepository actors) {
		this(actors, Map.of());
	}

	private ActorReferences(ActorRepository actors, Map<String, Actor> pending) {
		this.actors = actors;
		this.pending = pending;
	}

	/**
	 * These references, resolving also the IDs of actors that one change is about to
	 * create with what refers to them (an accepted visit and its new visitors).
	 */
	public ActorReferences including(Collection<Actor> created) {
		Map<String, Actor> all = new LinkedHashMap<>(this.pending);
		created.forEach((actor) -> all.put(actor.id(), actor));
		return new ActorReferences(this.actors, Map.copyOf(all));
	}

	/**
	 * The ID of the one actor the reference names; {@code argument} names the filter
	 * field in errors.
	 */
	public String resolve(String argument, String reference) {
		return resolveActor(argument, reference).id();
	}

	/** The ID of the one country the reference names. */
	public String resolveCountry(String argument, String reference) {
		Actor actor = resolveActor(argument, reference);
		if (actor.kind() != ActorKind.COUNTRY) {
			throw new BadRequestException(argument + ": '" + reference + "' is " + actor.name() + " (" + actor.id()
					+ "), a " + actor.kind().name().toLowerCase() + ", not a country.");
		}
		return actor.id();
	}

	/**
	 * The IDs of the actors a list of references names, each once, in order; a list over
	 * {@link Inputs#MAX_LIST} is refused, an error names the entry ({@code field[2]}).
	 */
	public List<String> resolveAll(String field, List<String> references) {
		return each(field, references, this::resolve);
	}

	/** The IDs of the countries a list of references names, as {@link #resolveAll}. */
	public List<String> resolveCountries(String field, List<String> references) {
		return each(field, references, this::resolveCountry);
	}

	/**
	 * The IDs of the people and organisations a list of references names, as
	 * {@link #resolveAll}; a country is refused, {@code countriesField} being where it
	 * belongs.
	 */
	public List<String> resolvePeopleAndOrganisations(String field, List<String> references, String countriesField) {
		return each(field, references, (argument, reference) -> {
			Actor actor = resolveActor(argument, reference);
			if (actor.kind() == ActorKind.COUNTRY) {
				throw new BadRequestException(
						argument + ": '" + reference + "' is the country " + actor.name() + " (" + actor.id() + "); "
								+ field + " are people and organisations, so give it in " + countriesField + ".");
			}
			return actor.id();
		});
	}

	private static List<String> each(String field, List<String> references, BinaryOperator<String> resolver) {
		Inputs.list(field, references, Inputs.MAX_LIST);
		Set<String> ids = new LinkedHashSet<>();
		for (int i = 0; i < references.size(); i++) {
			ids.add(resolver.apply(field + "[" + i + "]", references.get(i)));
		}
		return List.copyOf(ids);
	}

	/**
	 * The one actor the reference names; {@code argument} names the argument in errors.
	 */
	public Actor resolveActor(String argument, String reference) {
		if (reference == null || reference.isBlank()) {
			throw new BadRequestException(argument + " is empty; give an actor ID, a name or an ISO country code.");
		}
		if (reference.length() > Limits.MAX_NAME_LENGTH) {
			throw new BadRequestException(argument + " is " + reference.length() + " characters long; at most "
					+ Limits.MAX_NAME_LENGTH + ".");
		}
		String trimmed = reference.strip();
		if (trimmed.startsWith(Actor.ID_PREFIX)) {
			Actor actor = this.pending.containsKey(trimmed) ? this.pending.get(trimmed) : this.actors.findById(trimmed);
			if (actor == null) {
				throw new BadRequestException(argument + ": no actor has the ID '" + trimmed + "'.");
			}
			return actor;
		}
		if (NodeIds.PREFIXES.stream().anyMatch(trimmed::startsWith)) {
			throw new BadRequestException(argument + ": '" + trimmed + "' is not an actor ID.");
		}
		if (trimmed.matches("[A-Za-z]{2}")) {
			List<Actor> countries = this.actors.findCountryByCode(trimmed.toUpperCase());
			if (countries.size() == 1) {
				return countries.get(0);
			}
		}
		List<Actor> matches = this.actors.findByNameKey(Names.key(trimmed));
		if (matches.isEmpty()) {
			throw new BadRequestException(argument + ": no actor is named '" + trimmed
					+ "'; use actors(filter: {name: ...}) to find the name or ID.");
		}
		if (matches.size() > 1) {
			throw new BadRequestException(argument + ": '" + trimmed + "' names several actors: " + describe(matches)
					+ "; use a fuller name or an ID.");
		}
		return matches.get(0);
	}

	static String describe(List<Actor> actors) {
		return actors.stream().map((actor) -> actor.name() + " (" + actor.id() + ")").collect(Collectors.joining(", "));
	}

}
