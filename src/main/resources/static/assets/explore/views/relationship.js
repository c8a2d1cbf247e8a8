// /explore/relationship?a=…&b=…: two actors side by side, their first and last contact, their
// activity over time, and the visits, deals and articles between them in date order.

import { h, section } from '../dom.js';
import { FACT_KINDS, factSelection, factsOf } from '../facts.js';
import { dateKey, fuzzyDate, plural } from '../format.js';
import { href } from '../router.js';
import { activitySection, granularityOf } from '../timeline-section.js';
import { actorLink, articleList, compareForm, factList, facts, kindBadge, pageHeader } from '../view.js';

const ACTOR_FIELDS = `id name kind code
      country { id name kind }
      roles { title organization { name } }
      articles { id }
      visits { id }
      deals { id }`;

const BUCKET_FIELDS = `period { iso precision until { iso precision } }
      count
      ${factSelection()}`;

const RELATIONSHIP = `query Relationship($a: String!, $b: String!, $granularity: Granularity) {
  relationship(a: $a, b: $b) {
    a { ${ACTOR_FIELDS} }
    b { ${ACTOR_FIELDS} }
    firstContact { iso precision }
    lastContact { iso precision }
    ${factSelection()}
    articles { id title publication publishedOn { iso precision } }
    activity(granularity: $granularity) {
      ${BUCKET_FIELDS}
    }
  }
}`;

const ACTIVITY = `query RelationshipActivity($a: String!, $b: String!, $granularity: Granularity) {
  relationship(a: $a, b: $b) {
    activity(granularity: $granularity) {
      ${BUCKET_FIELDS}
    }
  }
}`;

export default {
	name: 'relationship',
	path: 'relationship',
	title: 'Relationship',
	async render(context) {
		const a = (context.query.get('a') || '').trim();
		const b = (context.query.get('b') || '').trim();
		if (!a || !b) {
			return h('div', { class: 'relationship-view' },
				pageHeader({ eyebrow: 'Relationship', title: 'Two actors side by side' }),
				section('Choose two actors', { id: 'compare' }, compareForm(context, [], { a, b })));
		}
		const granularity = granularityOf(context.query);
		const data = await context.graphql(RELATIONSHIP, { a, b, granularity });
		const relationship = data.relationship;
		// a bookmark by IDs keeps working when names change
		context.replaceQuery({ a: relationship.a.id, b: relationship.b.id });
		context.setTitle(`${relationship.a.name} and ${relationship.b.name}`);
		let first = relationship.activity;
		const activity = activitySection(context, {
			title: 'Activity over time',
			granularity,
			load: async (value) => {
				context.graphiql(RELATIONSHIP, { a: relationship.a.id, b: relationship.b.id, granularity: value });
				if (first && value === granularity) {
					const buckets = first;
					first = null;
					return buckets;
				}
				const answer = await context.graphql(ACTIVITY, { a: relationship.a.id, b: relationship.b.id, granularity: value }, { graphiql: false });
				return answer.relationship.activity;
			},
		});
		const entries = factsOf(relationship, dateKey);
		const counts = FACT_KINDS.map((kind) => plural((relationship[kind.key] || []).length, kind.singular));
		return h('div', { class: 'relationship-view' },
			pageHeader({
				eyebrow: 'Relationship',
				title: `${relationship.a.name} and ${relationship.b.name}`,
				subtitle: entries.length === 0
					? 'No visits or deals between them in the sources.'
					: `${counts.join(', ')} and ${plural(relationship.articles.length, 'article')} naming both.`,
			}),
			h('div', { class: 'pair' },
				actorCard(relationship.a),
				h('div', { class: 'contact' },
					h('p', {}, h('span', { class: 'label' }, 'First contact'), h('strong', { class: 'first-contact' }, relationship.firstContact ? fuzzyDate(relationship.firstContact) : '—')),
					h('p', {}, h('span', { class: 'label' }, 'Last contact'), h('strong', { class: 'last-contact' }, relationship.lastContact ? fuzzyDate(relationship.lastContact) : '—'))),
				actorCard(relationship.b)),
			activity.element,
			section('Between them, in date order', { id: 'between', className: 'between' },
				factList(entries, { empty: 'No visits or deals between them.' })),
			section(`Articles naming both (${relationship.articles.length})`, { id: 'articles' },
				articleList(relationship.articles, { empty: 'No article names both.' })));
	},
};

function actorCard(actor) {
	return h('article', { class: 'actor-card', dataset: { id: actor.id } },
		h('h2', {}, actorLink(actor)),
		h('p', { class: 'badges' }, kindBadge(actor.kind), actor.code ? h('span', { class: 'badge code' }, actor.code) : null),
		facts([
			['Country', actor.country ? actorLink(actor.country) : null],
			['Roles', actor.roles.length > 0 ? actor.roles.map((role) => role.title).join('; ') : null],
			['In the sources', `${plural(actor.articles.length, 'article')}, ${plural(actor.visits.length, 'visit')}, ${plural(actor.deals.length, 'deal')}`],
		]),
		h('p', {}, h('a', { href: href('actor', actor.id), class: 'more' }, `${actor.name}'s network`)));
}
