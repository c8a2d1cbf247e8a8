package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposes visits and engagements. A visit needs a travel or meeting trigger (visit,
 * arrive, travel, tour, call on, hold talks, meet, host, receive, welcome; the nouns
 * visit, trip, tour), a person or delegation and a host country; "host", "receive" and
 * "welcome" make the subject the host and the object the visitor. A meeting in a country
 * neither side comes from is an engagement; so are phone and video calls, letters and
 * messages (never visits), summits, joint exercises and consultations.
 */
final class ContactRule {

	private final ArticleContext context;

	private final ContactArguments arguments;

	private final EngagementRule engagementRule;

	final List<Drafts.Visit> visits = new ArrayList<>();

	final List<Drafts.Engagement> engagements = new ArrayList<>();

	ContactRule(ArticleContext context) {
		this.context = context;
		this.arguments = new ContactArguments(context);
		this.engagementRule = new EngagementRule(context, this.engagements);
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
			this.engagementRule.group(s);
		}
	}

	/** One clause region of a sentence (split at semicolons): its first trigger. */
	private boolean region(SentenceView s, int from, int to) {
		if (this.engagementRule.remote(s, from, to)) {
			return true;
		}
		for (int i = from; i < to; i++) {
			VisitTrigger trigger = VisitTrigger.at(s, i, to);
			if (trigger != null && visit(s, from, to, i, trigger)) {
				return true;
			}
		}
		return false;
	}

	private boolean visit(SentenceView s, int from, int to, int trigger, VisitTrigger type) {
		boolean passive = type == VisitTrigger.HOST && (s.isLemma(trigger - 1, "be") || s.isLemma(trigger - 2, "be"))
				&& s.find(trigger + 1, to, "by") >= 0;
		List<ActorRef> visitors = new ArrayList<>();
		List<ActorRef> hosts = new ArrayList<>();
		List<Entity> before = ContactArguments.persons(s, from, trigger);
		List<Entity> after = ContactArguments.persons(s, trigger + 1, to);
		if (type == VisitTrigger.HOST && !passive) {
			hosts.addAll(ContactArguments.refs(ContactArguments.actors(s, from, trigger)));
			visitors.addAll(ContactArguments.refs(after));
			if (visitors.isEmpty() && s.find(trigger + 1, to, "delegation", "team", "counterpart") < 0) {
				return false;
			}
		}
		else if (type == VisitTrigger.HOST) {
			visitors.addAll(ContactArguments.refs(before));
			int by = s.find(trigger + 1, to, "by");
			hosts.addAll(ContactArguments.refs(ContactArguments.actors(s, by + 1, to)));
		}
		else if (type == VisitTrigger.NOUN_VISIT) {
			visitors.addAll(ContactArguments.nounVisitors(s, from, to, trigger));
		}
		else {
			visitors.addAll(ContactArguments.refs(before));
		}
		if (visitors.isEmpty() && type != VisitTrigger.HOST) {
			visitors.addAll(this.arguments.pronounVisitors(s, from, trigger, this.visits));
		}
		boolean delegation = visitors.isEmpty() && ContactArguments.hasDelegation(s, from, to);
		if (visitors.isEmpty() && !delegation) {
			return false;
		}
		Drafts.Visit visit = new Drafts.Visit();
		visit.sentence = s.index;
		Drafts.addAll(visit.visitors, visitors);
		visit.fromCountry = this.arguments.firstCountry(visitors);
		if (visit.fromCountry == null) {
			visit.fromCountry = ContactArguments.delegationCountry(s, from, to, trigger);
		}
		for (Entity person : after) {
			ActorRef country = person.countryOf();
			boolean companion = s.find(Math.max(from, person.first() - 3), person.first(), "accompanied", "along",
					"alongside") >= 0;
			if (visit.visitors.contains(person.ref())
					|| (companion && (country == null || country.equals(visit.fromCountry)))) {
				Drafts.add(visit.visitors, person.ref());
			}
			else if (country == null || !country.equals(visit.fromCountry) || type != VisitTrigger.HOST) {
				Drafts.add(visit.metWith, person.ref());
			}
		}
		if (type == VisitTrigger.HOST) {
			visit.metWith.addAll(hosts.stream().filter((h) -> this.context.typeOf(h) == ActorType.PERSON).toList());
		}
		if (!host(s, from, to, trigger, type, visit, hosts)) {
			return false;
		}
		boolean planned = Modality.planned(s, trigger);
		FactDates.dateAndStatus(visit, s, trigger, planned, this.context);
		visit.durationDays = ContactDetails.duration(s);
		visit.purpose = ContactDetails.purpose(s, trigger, to);
		visit.evidence.add(s.sentence.range());
		if (this.engagementRule.thirdCountryMeeting(s, type, visit)) {
			return true;
		}
		visit.rule = type.rule;
		double confidence = 0.55;
		confidence += visit.visitors.stream().anyMatch(ActorRef::isKnown) ? 0.15 : 0;
		confidence += (visit.place != null) ? 0.1 : 0;
		confidence += visit.dateExplicit ? 0.1 : -0.25;
		confidence -= (type == VisitTrigger.MEET || type == VisitTrigger.NOUN_VISIT) ? 0.1 : 0;
		confidence -= (visit.fromCountry == null) ? 0.15 : 0;
		confidence -= delegation ? 0.1 : 0;
		visit.confidence = confidence;
		this.visits.add(visit);
		return true;
	}

	/**
	 * Finds where the visit went (its place and host country); false when nowhere, or
	 * when the visitors stayed home. A meeting at home is a visit of the other side.
	 */
	private boolean host(SentenceView s, int from, int to, int trigger, VisitTrigger type, Drafts.Visit visit,
			List<ActorRef> hosts) {
		Entity place = ContactArguments.place(s, from, to, trigger);
		if (place != null) {
			visit.place = (place.type() == Entity.Type.PLACE) ? place.name() : null;
			visit.hostCountry = place.countryOf();
		}
		if (visit.hostCountry == null && place == null && s.index > 0) {
			// "signed in Ankara on 9 September. It was signed during a visit by ..."
			SentenceView previous = this.context.sentences.get(s.index - 1);
			Entity earlier = ContactArguments.place(previous, 0, previous.size(), -1);
			if (earlier != null) {
				visit.place = (earlier.type() == Entity.Type.PLACE) ? earlier.name() : null;
				visit.hostCountry = earlier.countryOf();
			}
		}
		if (visit.hostCountry == null && type == VisitTrigger.HOST) {
			visit.hostCountry = this.arguments.firstCountry(hosts);
		}
		if (visit.hostCountry == null) {
			visit.hostCountry = this.arguments.otherCountry(visit.metWith, visit.fromCountry);
		}
		if (visit.hostCountry == null) {
			visit.hostCountry = ContactArguments.soleOtherCountry(s, visit.fromCountry);
		}
		if (visit.fromCountry == null && visit.hostCountry != null) {
			visit.fromCountry = this.arguments.otherCountry(visit.visitors, visit.hostCountry);
		}
		if (visit.hostCountry == null) {
			return false;
		}
		if (!visit.hostCountry.equals(visit.fromCountry)) {
			return true;
		}
		if (!type.isMeeting() || visit.metWith.isEmpty()) {
			return false;
		}
		// the visitor is whoever came from elsewhere: "X met Y in X's capital"
		ActorRef otherFrom = this.arguments.otherCountry(visit.metWith, visit.hostCountry);
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
		return true;
	}

}
