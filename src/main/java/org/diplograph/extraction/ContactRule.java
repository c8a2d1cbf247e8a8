package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.common.FuzzyDate;

/**
 * Proposes visits and engagements. A visit needs a travel or meeting trigger (visit,
 * arrive, travel, tour, call on, hold talks, meet, host, receive, welcome; the nouns
 * visit, trip, tour), a person or delegation and a host country; "host", "receive" and
 * "welcome" make the subject the host and the object the visitor. A meeting in a country
 * neither side comes from is an engagement; so are phone and video calls, letters and
 * messages (never visits), summits, joint exercises and consultations.
 */
final class ContactRule {

	private enum Trigger {

		TRAVEL, CALL_ON, TALKS, MEET, HOST, NOUN_VISIT

	}

	private static final Set<String> TRAVEL_VERBS = Lexicon.words("visit", "arrive", "travel", "tour", "fly", "reach",
			"land");

	private static final Set<String> HOST_VERBS = Lexicon.words("host", "receive", "welcome", "greet");

	private static final Set<String> VISIT_NOUNS = Lexicon.words("visit", "trip", "tour", "stopover");

	private static final Set<String> REMOTE_WORDS = Lexicon.words("phone", "telephone", "telephonic", "phoned",
			"telephoned", "video", "videoconference", "video-conference", "virtual", "virtually", "online", "letter",
			"message", "messages", "letters", "teleconference", "video-link", "phone-call", "call", "calls",
			"congratulated", "congratulate", "congratulating", "congratulatory", "condolence", "condolences", "wrote");

	private static final Set<String> MESSAGE_WORDS = Lexicon.words("letter", "letters", "message", "messages",
			"congratulated", "congratulate", "congratulating", "congratulatory", "condolence", "condolences", "wrote");

	private static final Set<String> PRONOUNS = Lexicon.words("he", "she", "they", "the", "his", "her", "their");

	private static final Set<String> DELEGATION_WORDS = Lexicon.words("delegation", "team", "contingent",
			"delegations");

	private static final Set<String> PURPOSE_STARTS = Lexicon.words("discuss", "attend", "review", "explore",
			"strengthen", "boost", "deepen", "expand", "sign", "inspect", "observe", "witness", "participate",
			"enhance", "promote", "seek", "finalise", "finalize", "hold", "visit", "see", "oversee", "mark",
			"celebrate", "take");

	private static final Pattern DURATION = Pattern.compile(
			"(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]day\\b|\\bfor (\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) days\\b");

	private final ArticleContext context;

	final List<Drafts.Visit> visits = new ArrayList<>();

	final List<Drafts.Engagement> engagements = new ArrayList<>();

	ContactRule(ArticleContext context) {
		this.context = context;
	}

	void apply(SentenceView s) {
		int regionStart = 0;
		boolean visitFound = false;
		for (int end = 0; end <= s.size(); end++) {
			if (end == s.size() || s.isWord(end, ";")) {
				visitFound |= region(s, regionStart, end);
				regionStart = end + 1;
			}
		}
		if (!visitFound) {
			groupEngagement(s);
		}
	}

	/** One clause region of a sentence (split at semicolons): its first trigger. */
	private boolean region(SentenceView s, int from, int to) {
		int remote = remoteWord(s, from, to);
		if (remote >= 0) {
			remoteEngagement(s, from, to, remote);
			return true;
		}
		for (int i = from; i < to; i++) {
			Trigger trigger = trigger(s, i, to);
			if (trigger != null && visit(s, from, to, i, trigger)) {
				return true;
			}
		}
		return false;
	}

	private Trigger trigger(SentenceView s, int i, int to) {
		String lemma = s.lemma(i);
		String pos = s.pos(i);
		boolean verb = isVerb(s, i);
		if (verb && TRAVEL_VERBS.contains(lemma)) {
			return Trigger.TRAVEL;
		}
		if (verb && lemma.equals("call") && s.isWord(i + 1, "on", "upon")) {
			return Trigger.CALL_ON;
		}
		if (lemma.equals("hold") && s.find(i + 1, Math.min(to, i + 4), "talks", "talk", "discussions", "meeting",
				"meetings", "consultations") >= 0) {
			return Trigger.TALKS;
		}
		if (verb && lemma.equals("meet")) {
			return Trigger.MEET;
		}
		if (verb && HOST_VERBS.contains(lemma)) {
			return Trigger.HOST;
		}
		if ("NOUN".equals(pos) && VISIT_NOUNS.contains(lemma) || s.isWord(i, "courtesy") && s.isWord(i + 1, "call")) {
			return Trigger.NOUN_VISIT;
		}
		return null;
	}

	/**
	 * Whether token {@code i} is used as a verb: tagged so, or an inflected form the
	 * tagger took for something else ("met" tagged as a pronoun), but never a noun after
	 * a determiner.
	 */
	static boolean isVerb(SentenceView s, int i) {
		String pos = s.pos(i);
		if ("VERB".equals(pos) || "AUX".equals(pos)) {
			return true;
		}
		if (s.isWord(i - 1, "the", "a", "an", "his", "her", "their", "its", "this", "that")) {
			return false;
		}
		String word = s.word(i);
		return !word.equals(s.lemma(i)) && !"NOUN".equals(pos) && !"PROPN".equals(pos)
				&& (word.endsWith("ed") || word.endsWith("s") || word.endsWith("ing") || word.equals("met")
						|| word.equals("held") || word.equals("flew") || word.equals("paid"));
	}

	private boolean visit(SentenceView s, int from, int to, int trigger, Trigger type) {
		boolean passive = type == Trigger.HOST && (s.isLemma(trigger - 1, "be") || s.isLemma(trigger - 2, "be"))
				&& s.find(trigger + 1, to, "by") >= 0;
		List<ActorRef> visitors = new ArrayList<>();
		List<ActorRef> hosts = new ArrayList<>();
		List<Entity> before = persons(s, from, trigger);
		int objectEnd = objectEnd(s, trigger, to);
		List<Entity> after = persons(s, trigger + 1, objectEnd);
		if (type == Trigger.HOST && !passive) {
			hosts.addAll(refs(actors(s, from, trigger)));
			visitors.addAll(refs(after));
			if (visitors.isEmpty() && s.find(trigger + 1, to, "delegation", "team", "counterpart") < 0) {
				return false;
			}
		}
		else if (type == Trigger.HOST) {
			visitors.addAll(refs(before));
			int by = s.find(trigger + 1, to, "by");
			hosts.addAll(refs(actors(s, by + 1, objectEnd(s, by, to))));
		}
		else if (type == Trigger.NOUN_VISIT) {
			visitors.addAll(nounVisitors(s, from, to, trigger));
		}
		else {
			visitors.addAll(refs(before));
		}
		if (visitors.isEmpty() && type != Trigger.HOST) {
			visitors.addAll(pronounVisitors(s, from, trigger));
		}
		boolean delegation = visitors.isEmpty() && hasDelegation(s, from, to);
		if (visitors.isEmpty() && !delegation) {
			return false;
		}
		Drafts.Visit visit = new Drafts.Visit();
		visit.sentence = s.index;
		Drafts.addAll(visit.visitors, visitors);
		visit.fromCountry = firstCountry(visitors);
		if (visit.fromCountry == null) {
			visit.fromCountry = delegationCountry(s, from, to, trigger);
		}
		for (Entity person : after) {
			ActorRef country = person.countryOf();
			boolean companion = s.find(Math.max(from, person.first() - 3), person.first(), "accompanied", "along",
					"alongside") >= 0;
			if (visit.visitors.contains(person.ref())
					|| (companion && (country == null || country.equals(visit.fromCountry)))) {
				Drafts.addAll(visit.visitors, List.of(person.ref()));
			}
			else if (country == null || !country.equals(visit.fromCountry) || type != Trigger.HOST) {
				Drafts.addAll(visit.metWith, List.of(person.ref()));
			}
		}
		if (type == Trigger.HOST) {
			visit.metWith.addAll(hosts.stream().filter((h) -> this.context.typeOf(h) == ActorType.PERSON).toList());
		}
		Entity place = place(s, from, to, trigger);
		if (place != null) {
			visit.place = (place.type() == Entity.Type.PLACE) ? place.name() : null;
			visit.hostCountry = place.countryOf();
		}
		if (visit.hostCountry == null && place == null && s.index > 0) {
			// "signed in Ankara on 9 September. It was signed during a visit by ..."
			SentenceView previous = this.context.sentences.get(s.index - 1);
			Entity earlier = place(previous, 0, previous.size(), -1);
			if (earlier != null) {
				visit.place = (earlier.type() == Entity.Type.PLACE) ? earlier.name() : null;
				visit.hostCountry = earlier.countryOf();
			}
		}
		if (visit.hostCountry == null && type == Trigger.HOST) {
			visit.hostCountry = firstCountry(hosts);
		}
		if (visit.hostCountry == null) {
			visit.hostCountry = otherCountry(visit.metWith, visit.fromCountry);
		}
		if (visit.hostCountry == null) {
			visit.hostCountry = soleOtherCountry(s, visit.fromCountry);
		}
		if (visit.fromCountry == null && visit.hostCountry != null) {
			visit.fromCountry = otherCountry(visit.visitors, visit.hostCountry);
		}
		if (visit.hostCountry == null) {
			return false;
		}
		if (visit.hostCountry.equals(visit.fromCountry)) {
			if ((type == Trigger.MEET || type == Trigger.TALKS) && !visit.metWith.isEmpty()) {
				// the visitor is whoever came from elsewhere: "X met Y in X's capital"
				ActorRef otherFrom = otherCountry(visit.metWith, visit.hostCountry);
				if (otherFrom == null) {
					return false;
				}
				List<ActorRef> guests = visit.metWith.stream()
					.filter((m) -> otherFrom.equals(this.context.countryOf(m)))
					.toList();
				visit.metWith.clear();
				visit.metWith.addAll(visit.visitors);
				visit.visitors.clear();
				visit.visitors.addAll(guests);
				visit.fromCountry = otherFrom;
			}
			else {
				return false;
			}
		}
		boolean planned = Modality.planned(s, trigger);
		dateAndStatus(s, trigger, planned, visit);
		visit.status = (planned || after(visit.date)) ? FactStatus.PLANNED : FactStatus.COMPLETED;
		visit.durationDays = duration(s);
		visit.purpose = purpose(s, trigger, to);
		visit.evidence.add(s.sentence.range());
		if (isThirdCountryMeeting(s, type, visit)) {
			meeting(s, visit, place);
			return true;
		}
		visit.rule = switch (type) {
			case TRAVEL -> "visit.travel-verb";
			case CALL_ON -> "visit.call-on";
			case TALKS -> "visit.held-talks";
			case MEET -> "visit.meeting";
			case HOST -> "visit.host-swap";
			case NOUN_VISIT -> "visit.visit-noun";
		};
		double confidence = 0.55;
		confidence += visit.visitors.stream().anyMatch(ActorRef::isKnown) ? 0.15 : 0;
		confidence += (visit.place != null) ? 0.1 : 0;
		confidence += visit.dateExplicit ? 0.1 : -0.25;
		confidence -= (type == Trigger.MEET || type == Trigger.NOUN_VISIT) ? 0.1 : 0;
		confidence -= (visit.fromCountry == null) ? 0.15 : 0;
		confidence -= delegation ? 0.1 : 0;
		visit.confidence = confidence;
		this.visits.add(visit);
		return true;
	}

	private boolean isThirdCountryMeeting(SentenceView s, Trigger type, Drafts.Visit visit) {
		boolean sidelines = s.find(0, s.size(), "sidelines", "sideline", "margins", "margin") >= 0;
		if (!(type == Trigger.MEET || type == Trigger.TALKS || sidelines)) {
			return false;
		}
		Set<ActorRef> sides = new LinkedHashSet<>();
		sides.add(visit.fromCountry);
		visit.metWith.forEach((m) -> sides.add(this.context.countryOf(m)));
		sides.remove(null);
		return !sides.contains(visit.hostCountry) && (sides.size() >= 2 || sidelines);
	}

	private void meeting(SentenceView s, Drafts.Visit visit, Entity place) {
		Drafts.Engagement meeting = new Drafts.Engagement();
		meeting.kind = EngagementCandidate.Kind.MEETING;
		meeting.sentence = s.index;
		Drafts.addAll(meeting.participants, visit.visitors);
		Drafts.addAll(meeting.participants, visit.metWith);
		meeting.countries.add(visit.fromCountry);
		meeting.participants.forEach((p) -> Drafts.addAll(meeting.countries, listOf(this.context.countryOf(p))));
		meeting.countries.remove(null);
		meeting.place = visit.place;
		meeting.hostCountry = visit.hostCountry;
		meeting.occasion = occasion(s);
		meeting.date = visit.date;
		meeting.dateExplicit = visit.dateExplicit;
		meeting.status = visit.status;
		meeting.evidence.addAll(visit.evidence);
		meeting.rule = "engagement.third-country-meeting";
		meeting.confidence = visit.dateExplicit ? 0.6 : 0.4;
		this.engagements.add(meeting);
	}

	/** Calls, video calls, letters and messages: contacts, never visits. */
	private void remoteEngagement(SentenceView s, int from, int to, int remote) {
		List<Entity> actors = actors(s, from, to);
		Drafts.Engagement engagement = new Drafts.Engagement();
		engagement.kind = MESSAGE_WORDS.contains(s.word(remote)) ? EngagementCandidate.Kind.MESSAGE
				: EngagementCandidate.Kind.PHONE_CALL;
		engagement.sentence = s.index;
		for (Entity actor : actors) {
			if (!actor.isCountry()) {
				Drafts.addAll(engagement.participants, List.of(actor.ref()));
			}
			Drafts.addAll(engagement.countries, listOf(actor.countryOf()));
		}
		if (engagement.countries.size() < 2 && engagement.participants.size() < 2) {
			return;
		}
		complete(engagement, s, remote, Modality.planned(s, remote));
		engagement.rule = (engagement.kind == EngagementCandidate.Kind.MESSAGE) ? "engagement.message"
				: "engagement.call";
		engagement.confidence = (engagement.dateExplicit ? 0.7 : 0.5) + (engagement.participants.size() >= 2 ? 0.1 : 0);
		this.engagements.add(engagement);
	}

	/** Summits, joint exercises and consultations a sentence reports. */
	private void groupEngagement(SentenceView s) {
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
		for (Entity actor : actors(s, 0, s.size())) {
			if (!actor.isCountry()) {
				Drafts.addAll(engagement.participants, List.of(actor.ref()));
			}
			Drafts.addAll(engagement.countries, listOf(actor.countryOf()));
		}
		Entity place = place(s, 0, s.size(), trigger);
		if (place != null) {
			engagement.place = (place.type() == Entity.Type.PLACE) ? place.name() : null;
			engagement.hostCountry = place.countryOf();
			Drafts.addAll(engagement.countries, listOf(place.countryOf()));
		}
		if (engagement.countries.size() < ((kind == EngagementCandidate.Kind.SUMMIT) ? 1 : 2)) {
			return;
		}
		complete(engagement, s, trigger, Modality.planned(s, trigger) || plannedAnywhere(s, trigger));
		engagement.rule = "engagement." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		engagement.confidence = (engagement.dateExplicit ? 0.6 : 0.4) + (engagement.occasion != null ? 0.1 : 0);
		this.engagements.add(engagement);
	}

	/** The date, status, occasion and evidence of an engagement found in one sentence. */
	private void complete(Drafts.Engagement engagement, SentenceView s, int trigger, boolean planned) {
		dateAndStatus(s, trigger, planned, engagement);
		engagement.status = (planned || after(engagement.date)) ? FactStatus.PLANNED : FactStatus.COMPLETED;
		engagement.occasion = occasion(s);
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

	/** Persons in [from, to), or the organisations when no person is named there. */
	private static List<Entity> persons(SentenceView s, int from, int to) {
		List<Entity> actors = s.actorsBetween(from, to);
		List<Entity> persons = actors.stream().filter(Entity::isPerson).toList();
		return persons;
	}

	private static List<Entity> actors(SentenceView s, int from, int to) {
		return s.actorsBetween(Math.max(0, from), to);
	}

	private static List<ActorRef> refs(List<Entity> entities) {
		List<ActorRef> refs = new ArrayList<>();
		entities.forEach((e) -> Drafts.addAll(refs, List.of(e.ref())));
		return refs;
	}

	/** Where the object of a trigger ends: the next semicolon or the sentence end. */
	private static int objectEnd(SentenceView s, int trigger, int to) {
		return to;
	}

	private List<ActorRef> nounVisitors(SentenceView s, int from, int to, int trigger) {
		List<ActorRef> visitors = new ArrayList<>();
		for (int i = trigger - 1; i >= Math.max(from, trigger - 6); i--) {
			if (s.isWord(i, "'s", "\u2019s")) {
				Entity owner = s.entityAt(i - 1);
				if (owner != null && (owner.isPerson() || owner.isOrganization())) {
					visitors.add(owner.ref());
				}
				break;
			}
		}
		if (visitors.isEmpty() && s.isWord(trigger + 1, "by", "of")) {
			for (Entity person : persons(s, trigger + 2, Math.min(to, trigger + 10))) {
				visitors.add(person.ref());
			}
		}
		if (visitors.isEmpty()) {
			visitors.addAll(refs(persons(s, from, trigger)));
		}
		if (visitors.isEmpty() && s.find(Math.max(from, trigger - 4), trigger, "his", "her", "their") >= 0) {
			// "during his visit to X, Admiral Y ...": the visitor is the clause's subject
			int comma = s.find(trigger, to, ",");
			if (comma >= 0) {
				List<Entity> subject = persons(s, comma + 1, Math.min(to, comma + 8));
				if (!subject.isEmpty()) {
					visitors.add(subject.get(0).ref());
				}
			}
		}
		return visitors;
	}

	/**
	 * "He", "the minister": the visitors of the visit just reported, or the last person
	 * named.
	 */
	private List<ActorRef> pronounVisitors(SentenceView s, int from, int trigger) {
		boolean pronoun = false;
		for (int i = from; i < trigger; i++) {
			if (PRONOUNS.contains(s.word(i)) && !s.isWord(i + 1, "delegation")) {
				pronoun = true;
				break;
			}
		}
		if (!pronoun) {
			return List.of();
		}
		if (!this.visits.isEmpty()) {
			Drafts.Visit last = this.visits.get(this.visits.size() - 1);
			if (s.index - last.sentence <= 3 && !last.visitors.isEmpty()) {
				return List.of(last.visitors.get(0));
			}
		}
		if (s.index > 0) {
			SentenceView previous = this.context.sentences.get(s.index - 1);
			List<Entity> persons = persons(previous, 0, previous.size());
			if (!persons.isEmpty()) {
				return List.of(persons.get(0).ref());
			}
		}
		return List.of();
	}

	private static boolean hasDelegation(SentenceView s, int from, int to) {
		for (int i = from; i < to; i++) {
			if (DELEGATION_WORDS.contains(s.word(i))) {
				return true;
			}
		}
		return false;
	}

	/** "A Pakistani delegation", "a delegation from Pakistan". */
	private static ActorRef delegationCountry(SentenceView s, int from, int to, int trigger) {
		for (int i = from; i < to; i++) {
			if (!DELEGATION_WORDS.contains(s.word(i))) {
				continue;
			}
			for (int k = i - 1; k >= Math.max(from, i - 4); k--) {
				Entity entity = s.entityAt(k);
				if (entity != null && entity.countryOf() != null) {
					return entity.countryOf();
				}
			}
			int fromWord = s.find(i + 1, Math.min(to, i + 3), "from", "of");
			if (fromWord >= 0 && s.entityAt(fromWord + 1) != null) {
				return s.entityAt(fromWord + 1).countryOf();
			}
		}
		int fromWord = s.find(trigger + 1, to, "from");
		if (fromWord >= 0 && s.entityAt(fromWord + 1) != null) {
			return s.entityAt(fromWord + 1).countryOf();
		}
		return null;
	}

	/**
	 * Where the visit went: the first city or country after the trigger not preceded by
	 * "from", else one before it after "in" or "at".
	 */
	private static Entity place(SentenceView s, int from, int to, int trigger) {
		for (Entity entity : s.entities) {
			if (entity.first() <= trigger || entity.first() >= to) {
				continue;
			}
			boolean placeLike = entity.type() == Entity.Type.PLACE
					|| (entity.isCountry() && !entity.demonym() && !s.isWord(entity.last(), "'s", "\u2019s")
							&& !s.isWord(entity.last(), "and") && s.isWord(entity.first() - 1, "to", "in", "at",
									"visit", "visited", "visiting", "visits", "toured", "tour", "touring", "reached"));
			if (placeLike && !s.isWord(entity.first() - 1, "from")
					&& !(s.isWord(entity.first() - 1, "of") && !s.isWord(entity.first() - 2, "capital"))) {
				return entity;
			}
		}
		for (Entity entity : s.entities) {
			if (entity.first() >= trigger || entity.first() < from) {
				continue;
			}
			if ((entity.type() == Entity.Type.PLACE || (entity.isCountry() && !entity.demonym()))
					&& s.isWord(entity.first() - 1, "in", "at")) {
				return entity;
			}
		}
		return null;
	}

	private ActorRef firstCountry(List<ActorRef> actors) {
		for (ActorRef actor : actors) {
			ActorRef country = this.context.countryOf(actor);
			if (country != null) {
				return country;
			}
		}
		return null;
	}

	private ActorRef otherCountry(List<ActorRef> actors, ActorRef not) {
		for (ActorRef actor : actors) {
			ActorRef country = this.context.countryOf(actor);
			if (country != null && !country.equals(not)) {
				return country;
			}
		}
		return null;
	}

	/** The one country other than {@code not} the sentence names, or null. */
	private static ActorRef soleOtherCountry(SentenceView s, ActorRef not) {
		Set<ActorRef> others = new LinkedHashSet<>();
		for (Entity entity : s.entities) {
			if (entity.isCountry() && !entity.ref().equals(not)) {
				others.add(entity.ref());
			}
		}
		return (others.size() == 1 && not != null) ? others.iterator().next() : null;
	}

	private void dateAndStatus(SentenceView s, int trigger, boolean planned, Drafts.Draft draft) {
		DateResolver.DateMention mention = nearestDate(s, trigger, planned, this.context.publishedOn);
		if (mention != null) {
			draft.date = mention.date();
			draft.dateExplicit = true;
		}
		else {
			draft.date = this.context.fallbackDate();
			draft.dateExplicit = false;
		}
	}

	/** The date expression of the sentence closest to the trigger, after it preferred. */
	static DateResolver.DateMention nearestDate(SentenceView s, int trigger, boolean planned, FuzzyDate published) {
		List<DateResolver.DateMention> mentions = s.dates(planned,
				() -> DateResolver.resolve(s.text, s.sentence.start(), published, planned));
		if (mentions.isEmpty()) {
			return null;
		}
		int at = s.token(Math.min(trigger, s.size() - 1)).start();
		DateResolver.DateMention best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (DateResolver.DateMention mention : mentions) {
			int distance = (mention.start() >= at) ? mention.start() - at : (at - mention.end()) * 2;
			if (distance < bestDistance) {
				best = mention;
				bestDistance = distance;
			}
		}
		return best;
	}

	private boolean after(FuzzyDate date) {
		FuzzyDate published = this.context.publishedOn;
		return date != null && published != null && date.start().compareTo(published.end()) > 0;
	}

	private static Integer duration(SentenceView s) {
		Matcher matcher = DURATION.matcher(s.text);
		if (!matcher.find()) {
			return null;
		}
		String number = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
		Integer value = Lexicon.NUMBER_WORDS.get(number.toLowerCase(java.util.Locale.ROOT));
		return (value != null) ? value : Integer.valueOf(number);
	}

	/**
	 * "to discuss defence cooperation", "to attend the forum": up to the clause's end.
	 */
	private static String purpose(SentenceView s, int trigger, int to) {
		for (int i = trigger + 1; i < to - 1; i++) {
			boolean start = (s.isWord(i, "to") && PURPOSE_STARTS.contains(s.lemma(i + 1)))
					|| (s.isWord(i, "for") && s.isWord(i + 1, "talks", "discussions", "consultations"))
					|| (s.isWord(i, "aimed", "focused", "focusing") && s.isWord(i + 1, "at", "on"))
					|| (s.isWord(i, "on") && s.isWord(i + 1, "the") && s.isWord(i + 2, "sidelines"));
			if (start) {
				int end = i + 1;
				while (end < to && end < i + 16 && !s.isWord(end, ",", ".", ";", "and")
						|| (end < to && s.isWord(end, "and") && end + 1 < to && !"VERB".equals(s.pos(end + 1))
								&& !"PRON".equals(s.pos(end + 1)) && end < i + 16)) {
					end++;
				}
				return s.text.substring(s.token(i).start() - s.sentence.start(),
						s.token(end - 1).end() - s.sentence.start());
			}
		}
		return null;
	}

	/** The event a sentence names ("the Antalya Diplomacy Forum"), or null. */
	private static String occasion(SentenceView s) {
		for (Entity entity : s.entities) {
			if (entity.type() == Entity.Type.EVENT) {
				return entity.name();
			}
		}
		// "on the sidelines of the UN General Assembly": a body's meeting is the occasion
		int of = s.find(0, s.size(), "sidelines", "sideline", "margins", "margin");
		if (of >= 0 && s.isWord(of + 1, "of")) {
			Entity body = s.entityAt(s.isWord(of + 2, "the") ? of + 3 : of + 2);
			if (body != null && body.isOrganization()) {
				return s.text.substring(body.start() - s.sentence.start(), body.end() - s.sentence.start());
			}
		}
		return null;
	}

	private static List<ActorRef> listOf(ActorRef ref) {
		return (ref != null) ? List.of(ref) : List.of();
	}

}
