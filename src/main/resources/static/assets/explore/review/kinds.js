// The kinds of candidate the desk reviews, by GraphQL type: what each is called, where its fact's
// page is, its fields as a reader sees them, its similar facts, and the input its edits go under.
// A new kind is one more entry here and one more fragment in queries.js.

import { h, joined } from '../dom.js';
import { enumLabel, fuzzyDate, plural } from '../format.js';
import { href } from '../router.js';
import { actorLink, kindBadge } from '../view.js';

export const CANDIDATE_KINDS = {
	VisitCandidate: {
		key: 'visit',
		label: 'Visit',
		plural: 'visits',
		route: 'visit',
		edits: 'visit',
		title: (candidate) => candidate.summary,
		similar: (candidate) => candidate.similarVisits || [],
		result: (candidate) => candidate.visitResult,
		factTitle: (visit) => visit.summary,
		factDetail: (visit) => `${fuzzyDate(visit.date)}${visit.status === 'PLANNED' ? ' · planned' : ''}`,
		fields: (candidate) => [
			['When', [fuzzyDate(candidate.date), candidate.visitStatus === 'PLANNED' ? ' · planned' : '',
				candidate.durationDays ? ` · ${plural(candidate.durationDays, 'day')}` : '']],
			['Visitors', people(candidate.visitors, candidate.newVisitors)],
			['From', actorLink(candidate.fromCountry)],
			['To', candidate.hostCountry || candidate.place
				? [actorLink(candidate.hostCountry), candidate.place ? `${candidate.hostCountry ? ' · ' : ''}${candidate.place}` : '']
				: null],
			['Met', candidate.metWith.length > 0 ? joined(candidate.metWith.map(actorLink)) : null],
			['Purpose', candidate.purpose],
		],
	},
	DealCandidate: {
		key: 'deal',
		label: 'Deal',
		plural: 'deals',
		route: 'deal',
		edits: 'deal',
		title: (candidate) => candidate.title,
		similar: (candidate) => candidate.similarDeals || [],
		result: (candidate) => candidate.dealResult,
		factTitle: (deal) => deal.title,
		factDetail: (deal) => `${deal.date ? fuzzyDate(deal.date) : 'undated'} · ${enumLabel(deal.status).toLowerCase()}`,
		fields: (candidate) => {
			const others = candidate.parties.filter((party) => ![candidate.buyer, candidate.supplier]
				.some((side) => side && side.id === party.id));
			return [
				['What', [enumLabel(candidate.dealKind), candidate.dealStatus ? ` · ${enumLabel(candidate.dealStatus).toLowerCase()}` : '']],
				['When', candidate.date ? fuzzyDate(candidate.date) : 'undated'],
				['Buyer', actorLink(candidate.buyer)],
				['Supplier', actorLink(candidate.supplier)],
				['Other parties', others.length > 0 ? joined(others.map(actorLink)) : null],
				['Items', candidate.items.length > 0 ? h('ul', { class: 'plain-list' }, candidate.items.map((item) => h('li', {},
					item.quantity !== null ? `${item.quantity} × ` : '', item.system,
					item.category ? ` (${item.category})` : '',
					item.plannedQuantity !== null ? `, ${item.plannedQuantity} planned in all` : '',
					item.manufacturer ? [', made by ', actorLink(item.manufacturer)] : ''))) : null],
			];
		},
	},
	EngagementCandidate: {
		key: 'engagement',
		label: 'Engagement',
		plural: 'engagements',
		route: 'engagement',
		edits: 'engagement',
		title: (candidate) => candidate.summary,
		similar: (candidate) => candidate.similarEngagements || [],
		result: (candidate) => candidate.engagementResult,
		factTitle: (engagement) => engagement.summary,
		factDetail: (engagement) => `${fuzzyDate(engagement.date)} · ${enumLabel(engagement.kind).toLowerCase()}`
			+ `${engagement.status === 'PLANNED' ? ' · planned' : ''}`,
		fields: (candidate) => [
			['What', enumLabel(candidate.engagementKind) || null],
			['When', [fuzzyDate(candidate.date), candidate.engagementStatus === 'PLANNED' ? ' · planned' : '']],
			['Countries', candidate.countries.length > 0 ? joined(candidate.countries.map(actorLink)) : null],
			['Taking part', people(candidate.participants, [])],
			['Where', candidate.hostCountry || candidate.place
				? [actorLink(candidate.hostCountry), candidate.place ? `${candidate.hostCountry ? ' · ' : ''}${candidate.place}` : '']
				: null],
			['Occasion', candidate.occasion],
		],
	},
	ActorCandidate: {
		key: 'actor',
		label: 'Actor',
		plural: 'actors',
		route: 'actor',
		edits: 'actor',
		title: (candidate) => candidate.name,
		similar: (candidate) => candidate.similarActors || [],
		result: (candidate) => candidate.actorResult,
		factTitle: (actor) => actor.name,
		factDetail: (actor) => [kindBadge(actor.kind), actor.country ? ` of ${actor.country.name}` : ''],
		fields: (candidate) => [
			['Kind', candidate.actorKind ? kindBadge(candidate.actorKind) : 'not known'],
			['Country', actorLink(candidate.country)],
			['Code', candidate.code],
		],
	},
};

/** The kind of a candidate; an unknown type (a server newer than this page) reads as a plain candidate. */
export function kindOf(candidate) {
	return CANDIDATE_KINDS[candidate.__typename] || {
		key: 'other',
		label: candidate.__typename.replace(/Candidate$/, ''),
		plural: 'others',
		route: null,
		edits: null,
		title: (item) => item.id,
		similar: () => [],
		result: () => null,
		factTitle: (fact) => fact.id,
		factDetail: () => '',
		fields: () => [],
	};
}

/** The link to a fact or actor's page in the explorer. */
export function factLink(kind, fact) {
	return kind.route ? h('a', { href: href(kind.route, fact.id) }, kind.factTitle(fact)) : fact.id;
}

/** Known actors as links and proposed ones as names marked new. */
function people(known, proposed) {
	const all = [...known.map(actorLink), ...newActors(proposed)];
	return all.length > 0 ? joined(all) : null;
}

/** Actors still only proposed, as names marked new; accepting the fact creates them. */
export function newActors(proposed) {
	return (proposed || []).filter((actor) => actor.status === 'PENDING').map((actor) => h('span',
		{ class: 'new-actor', title: 'Proposed by this article: accepting creates it' }, actor.name, ' ', h('span', { class: 'badge new' }, 'new')));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO instant as "28 Nov 2026, 11:05 UTC". */
export function instant(iso) {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) {
		return iso;
	}
	const pad = (number) => String(number).padStart(2, '0');
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, `
		+ `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}
