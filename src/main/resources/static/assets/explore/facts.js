// The kinds of dated facts the explorer shows: each is one series of the timeline charts and one
// list in the relationship and network views. A new kind (engagements) is one more entry here,
// once TimeBucket, Relationship and NetworkEdge have a field of that name.

import { fuzzyDate } from './format.js';

export const FACT_KINDS = [
	{
		key: 'visits',
		label: 'Visits',
		singular: 'visit',
		color: '#2b6cb0',
		route: 'visit',
		fields: 'id summary status date { iso precision }',
		title: (visit) => visit.summary,
		detail: (visit) => `${fuzzyDate(visit.date)}${visit.status === 'PLANNED' ? ' · planned' : ''}`,
	},
	{
		key: 'deals',
		label: 'Deals',
		singular: 'deal',
		color: '#c05621',
		route: 'deal',
		fields: 'id title status date { iso precision }',
		title: (deal) => deal.title,
		detail: (deal) => `${fuzzyDate(deal.date)} · ${deal.status.toLowerCase().replace(/_/g, ' ')}`,
	},
];

/** The selection of every fact kind, for a type that has a list field per kind. */
export function factSelection() {
	return FACT_KINDS.map((kind) => `${kind.key} { ${kind.fields} }`).join('\n');
}

/** The facts of an object (a bucket, a relationship, an edge) in date order, each with its kind. */
export function factsOf(holder, dateKey) {
	return FACT_KINDS.flatMap((kind) => (holder[kind.key] || []).map((fact) => ({ kind, fact })))
		.sort((x, y) => dateKey(x.fact.date) - dateKey(y.fact.date));
}

/** How each actor kind is drawn. */
export const ACTOR_KINDS = {
	PERSON: { label: 'Person', color: '#2f855a' },
	ORGANIZATION: { label: 'Organisation', color: '#805ad5' },
	COUNTRY: { label: 'Country', color: '#d69e2e' },
};
