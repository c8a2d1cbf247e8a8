package org.diplograph.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.diplograph.common.Inputs;
import org.diplograph.extraction.ActorRef;
import org.diplograph.extraction.DealCandidate;
import org.diplograph.extraction.DealItemCandidate;
import org.diplograph.extraction.EngagementCandidate;
import org.diplograph.extraction.FactStatus;
import org.diplograph.extraction.VisitCandidate;
import org.diplograph.model.Actor;

/**
 * The plain-words summary of a proposed visit ("Asim Munir visits Riyadh, Saudi Arabia")
 * and title of a proposed deal ("18 Tulpar light tanks for Bangladesh"), from the names
 * of the actors, known or proposed, which the analyst may edit before accepting.
 */
final class Wording {

	private final ActorSnapshot actors;

	private final Map<String, String> proposedNames;

	Wording(ActorSnapshot actors, Map<String, String> proposedNames) {
		this.actors = actors;
		this.proposedNames = proposedNames;
	}

	String visit(VisitCandidate visit) {
		String host = name(visit.hostCountry());
		String where = (visit.place() != null && host != null && !visit.place().equals(host))
				? visit.place() + ", " + host : (visit.place() != null) ? visit.place() : host;
		String who = list(visit.visitors());
		who = who.isEmpty() ? delegation(name(visit.fromCountry())) : who;
		String verb = (visit.status() == FactStatus.PLANNED) ? " to visit " : " visits ";
		return shorten(who + verb + ((where != null) ? where : "an unnamed country"), Inputs.MAX_TEXT);
	}

	String deal(DealCandidate deal) {
		String buyer = name(deal.buyer());
		String supplier = name(deal.supplier());
		if (!deal.items().isEmpty()) {
			DealItemCandidate first = deal.items().get(0);
			String what = ((first.quantity() != null) ? first.quantity() + " × " : "") + first.system()
					+ ((deal.items().size() > 1) ? " and " + (deal.items().size() - 1) + " more" : "");
			String side = (buyer != null) ? " for " + buyer : (supplier != null) ? " from " + supplier : "";
			return shorten(what + side, Inputs.MAX_TITLE);
		}
		String kind = switch (deal.kind()) {
			case MOU -> "Memorandum of understanding";
			case FRAMEWORK_AGREEMENT -> "Framework agreement";
			case TRAINING -> "Training agreement";
			case TECHNOLOGY_TRANSFER -> "Technology transfer agreement";
			case JOINT_PRODUCTION -> "Joint production agreement";
			default -> "Defence agreement";
		};
		List<String> sides = new ArrayList<>();
		deal.parties().stream().map(this::name).filter(Objects::nonNull).distinct().forEach(sides::add);
		return shorten(sides.isEmpty() ? kind : kind + " between " + join(sides), Inputs.MAX_TITLE);
	}

	String engagement(EngagementCandidate engagement) {
		String label = switch (engagement.kind()) {
			case PHONE_CALL -> "Call";
			case MEETING -> "Meeting";
			case SUMMIT -> "Summit";
			case JOINT_EXERCISE -> "Joint exercise";
			case CONSULTATIONS -> "Consultations";
			case MESSAGE -> "Message";
			default -> "Contact";
		};
		String sides = list(engagement.participants().size() >= 2 ? engagement.participants() : engagement.countries());
		String text = label + (sides.isEmpty() ? "" : " between " + sides)
				+ ((engagement.place() != null) ? " in " + engagement.place() : "")
				+ ((engagement.occasion() != null) ? " (" + engagement.occasion() + ")" : "");
		return shorten(text, Inputs.MAX_TEXT);
	}

	private String list(List<ActorRef> refs) {
		return join(refs.stream().map(this::name).filter(Objects::nonNull).toList());
	}

	private static String delegation(String country) {
		return (country != null) ? "A delegation from " + country : "A delegation";
	}

	private String name(ActorRef ref) {
		if (ref == null) {
			return null;
		}
		if (!ref.isKnown()) {
			return this.proposedNames.get(ref.proposedKey());
		}
		Actor actor = this.actors.actor(ref.knownId());
		return (actor != null) ? actor.name() : null;
	}

	private static String join(List<String> names) {
		if (names.size() <= 1) {
			return names.isEmpty() ? "" : names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	private static String shorten(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
