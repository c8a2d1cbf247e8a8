package org.diplograph.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Proposes engagements: a meeting held in a country neither side comes from (or on the
 * sidelines of an event), a phone or video call, a letter or message (never a visit), and
 * a summit, joint exercise or consultations a sentence without a visit reports.
 */
final class EngagementRule {

	private static final Set<String> REMOTE_WORDS = Lexicon.words("phone", "telephone", "telephonic", "phoned",
			"telephoned", "video", "videoconference", "video-conference", "virtual", "virtually", "online", "letter",
			"message", "messages", "letters", "teleconference", "video-link", "phone-call", "call", "calls",
			"congratulated", "congratulate", "congratulating", "congratulatory", "condolence", "condolences", "wrote");

	private static final Set<String> MESSAGE_WORDS = Lexicon.words("letter", "letters", "message", "messages",
			"congratulated", "congratulate", "congratulating", "congratulatory", "condolence", "condolences", "wrote");

	private final ArticleContext context;

	private final List<Drafts.Engagement> engagements;

	EngagementRule(ArticleContext context, List<Drafts.Engagement> engagements) {
		this.context = context;
		this.engagements = engagements;
	}

	/**
	 * A call, video call, letter or message in the clause [from, to): proposed when it
	 * names two sides; true when the clause reports one, so it is never read as a visit.
	 */
	boolean remote(SentenceView s, int from, int to) {
		int remote = remoteWord(s, from, to);
		if (remote < 0) {
			return false;
		}
		Drafts.Engagement engagement = new Drafts.Engagement();
		engagement.kind = MESSAGE_WORDS.contains(s.word(remote)) ? EngagementCandidate.Kind.MESSAGE
				: EngagementCandidate.Kind.PHONE_CALL;
		engagement.sentence = s.index;
		addSides(engagement, ContactArguments.actors(s, from, to));
		if (engagement.countries.size() < 2 && engagement.participants.size() < 2) {
			return true;
		}
		complete(engagement, s, remote, Modality.planned(s, remote));
		engagement.rule = (engagement.kind == EngagementCandidate.Kind.MESSAGE) ? "engagement.message"
				: "engagement.call";
		engagement.confidence = (engagement.dateExplicit ? 0.7 : 0.5) + (engagement.participants.size() >= 2 ? 0.1 : 0);
		this.engagements.add(engagement);
		return true;
	}

	/**
	 * A meeting read as a visit whose place is in neither side's country, or on the
	 * sidelines of an event: proposed as a MEETING instead; true when it is one.
	 */
	boolean thirdCountryMeeting(SentenceView s, VisitTrigger type, Drafts.Visit visit) {
		boolean sidelines = s.find(0, s.size(), "sidelines", "sideline", "margins", "margin") >= 0;
		if (!(type.isMeeting() || sidelines)) {
			return false;
		}
		Set<ActorRef> sides = new LinkedHashSet<>();
		sides.add(visit.fromCountry);
		visit.metWith.forEach((m) -> sides.add(this.context.countryOf(m)));
		sides.remove(null);
		if (sides.contains(visit.hostCountry) || (sides.size() < 2 && !sidelines)) {
			return false;
		}
		Drafts.Engagement meeting = new Drafts.Engagement();
		meeting.kind = EngagementCandidate.Kind.MEETING;
		meeting.sentence = s.index;
		Drafts.addAll(meeting.participants, visit.visitors);
		Drafts.addAll(meeting.participants, visit.metWith);
		meeting.countries.add(visit.fromCountry);
		meeting.participants.forEach((p) -> Drafts.add(meeting.countries, this.context.countryOf(p)));
		meeting.countries.remove(null);
		meeting.place = visit.place;
		meeting.hostCountry = visit.hostCountry;
		meeting.occasion = ContactDetails.occasion(s);
		meeting.date = visit.date;
		meeting.dateExplicit = visit.dateExplicit;
		meeting.status = visit.status;
		meeting.evidence.addAll(visit.evidence);
		meeting.rule = "engagement.third-country-meeting";
		meeting.confidence = visit.dateExplicit ? 0.6 : 0.4;
		this.engagements.add(meeting);
		return true;
	}

	/** Summits, joint exercises and consultations a sentence reports. */
	void group(SentenceView s) {
		EngagementCandidate.Kind kind = null;
		int trigger = -1;
		for (int i = 0; i < s.size() && kind == null; i++) {
			String lemma = s.lemma(i);
			String word = s.word(i);
			boolean noun = !"VERB".equals(s.pos(i)) || !s.isWord(i - 1, "to", "will", "would", "must", "should");
			if (lemma.equals("summit") || word.equals("summit") || word.equals("summits")) {
				kind = EngagementCandidate.Kind.SUMMIT;
			}
			else if (noun && (lemma.equals("exercise") || lemma.equals("drill") || lemma.equals("manoeuvre")
					|| lemma.equals("maneuver") || word.equals("wargames") || word.equals("war-games"))) {
				kind = EngagementCandidate.Kind.JOINT_EXERCISE;
			}
			else if (noun && (lemma.equals("consultation") || word.equals("consultations") || lemma.equals("dialogue")
					|| (word.equals("talks") && s.isWord(i - 1, "staff", "strategic", "security")))) {
				kind = EngagementCandidate.Kind.CONSULTATIONS;
			}
			trigger = i;
		}
		if (kind == null) {
			return;
		}
		Drafts.Engagement engagement = new Drafts.Engagement();
		engagement.kind = kind;
		engagement.sentence = s.index;
		addSides(engagement, ContactArguments.actors(s, 0, s.size()));
		Entity place = ContactArguments.place(s, 0, s.size(), trigger);
		if (place != null) {
			engagement.place = (place.type() == Entity.Type.PLACE) ? place.name() : null;
			engagement.hostCountry = place.countryOf();
			Drafts.add(engagement.countries, place.countryOf());
		}
		if (engagement.countries.size() < ((kind == EngagementCandidate.Kind.SUMMIT) ? 1 : 2)) {
			return;
		}
		complete(engagement, s, trigger, Modality.planned(s, trigger) || plannedAnywhere(s, trigger));
		engagement.rule = "engagement." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
		engagement.confidence = (engagement.dateExplicit ? 0.6 : 0.4) + (engagement.occasion != null ? 0.1 : 0);
		this.engagements.add(engagement);
	}

	/** The people and organisations as participants, and every actor's country. */
	private static void addSides(Drafts.Engagement engagement, List<Entity> actors) {
		for (Entity actor : actors) {
			if (!actor.isCountry()) {
				Drafts.add(engagement.participants, actor.ref());
			}
			Drafts.add(engagement.countries, actor.countryOf());
		}
	}

	/** The date, status, occasion and evidence of an engagement found in one sentence. */
	private void complete(Drafts.Engagement engagement, SentenceView s, int trigger, boolean planned) {
		FactDates.dateAndStatus(engagement, s, trigger, planned, this.context);
		engagement.occasion = ContactDetails.occasion(s);
		engagement.evidence.add(s.sentence.range());
	}

	/** Whether the verb that governs a noun trigger is a plan ("will hold a summit"). */
	private static boolean plannedAnywhere(SentenceView s, int trigger) {
		for (int i = trigger - 1; i >= Math.max(0, trigger - 6); i--) {
			if ("VERB".equals(s.pos(i)) || "AUX".equals(s.pos(i))) {
				return Modality.planned(s, i);
			}
		}
		return false;
	}

	private static int remoteWord(SentenceView s, int from, int to) {
		for (int i = from; i < to; i++) {
			String word = s.word(i);
			if (!REMOTE_WORDS.contains(word)) {
				continue;
			}
			if ((word.equals("call") || word.equals("calls"))
					&& (!"NOUN".equals(s.pos(i)) || s.isWord(i - 1, "courtesy"))) {
				continue;
			}
			if (word.equals("call") && !s.isWord(i - 1, "phone", "telephone", "video", "a", "the", "telephonic")) {
				continue;
			}
			if ((word.equals("online") || word.equals("virtual"))
					&& s.find(i + 1, Math.min(to, i + 3), "meeting", "summit", "conference", "talks") < 0) {
				continue;
			}
			return i;
		}
		return -1;
	}

}
