// The kinds of dated facts the explorer shows: each is one series of the timeline charts and one
// list in the relationship, network and article views. A new kind is one more entry here, once
// TimeBucket, Relationship, NetworkEdge and Article have a field of that name.

import { enumLabel, fuzzyDate } from './format.js';

/** The fields of a fact's date: a span has until. */
export const DATE_FIELDS = 'iso precision until { iso precision }';

export const FACT_KINDS = [
	{
		key: 'visits',
		label: 'Visits',
		singular: 'visit',
		color: '#2b6cb0',
		route: 'visit',
		fields: `id summary status date { ${DATE_FIELDS} }`,
		title: (visit) => visit.summary,
		detail: (visit) => `${fuzzyDate(visit.date)}${visit.status === 'PLANNED' ? ' · planned' : ''}`,
	},
	{
		key: 'deals',
		label: 'Deals',
		singular: 'deal',
		color: '#c05621',
		route: 'deal',
		fields: `id title status date { ${DATE_FIELDS} }`,
		title: (deal) => deal.title,
		detail: (deal) => `${fuzzyDate(deal.date)} · ${deal.status.toLowerCase().replace(/_/g, ' ')}`,
	},
	{
		key: 'engagements',
		label: 'Engagements',
		singular: 'engagement',
		color: '#2c7a7b',
		route: 'engagement',
		fields: `id summary kind status date { ${DATE_FIELDS} }`,
		title: (engagement) => engagement.summary,
		detail: (engagement) => `${fuzzyDate(engagement.date)} · ${enumLabel(engagement.kind).toLowerCase()}`
			+ `${engagement.status === 'PLANNED' ? ' · planned' : ''}`,
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
