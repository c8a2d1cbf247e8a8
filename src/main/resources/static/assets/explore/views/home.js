// /explore: the search box (results grouped by type, matches marked) and the overview: counts,
// the most connected actors, the latest visits and deals, and a form to compare two actors.

import { h, section } from '../dom.js';
import { DATE_FIELDS, FACT_KINDS } from '../facts.js';
import { dateKey, fold, plural } from '../format.js';
import { markedSnippet } from '../highlight.js';
import { href } from '../router.js';
import { actorLink, compareForm, factList, kindBadge, pageHeader } from '../view.js';

const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 60) {
    totalCount
    edges {
      node {
        score
        item {
          __typename
          ... on Actor { id name kind country { name } }
          ... on Visit { id summary visitStatus: status visitDate: date { iso precision } }
          ... on DefenceDeal { id title dealStatus: status dealDate: date { iso precision } }
          ... on Engagement { id summary engagementKind: kind engagementStatus: status engagementDate: date { ${DATE_FIELDS} } }
          ... on Article { id title publication publishedOn { iso precision } }
        }
        highlights { field text start end }
      }
    }
  }
}`;

const OVERVIEW = `query Overview {
  articles { totalCount }
  actors { totalCount }
  visits(orderBy: DATE_DESC, first: 6) {
    totalCount
    edges { node { ${FACT_KINDS[0].fields} } }
  }
  deals(first: 100) {
    totalCount
    edges { node { ${FACT_KINDS[1].fields} } }
  }
}`;

const ACTOR_LINKS = `query ActorLinks($after: String) {
  actors(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id name kind
        country { name }
        network { nodes { id } edges { weight source { id } target { id } } }
      }
    }
  }
}`;

const GROUPS = [
	{ type: 'Actor', label: 'Actors' },
	{ type: 'Visit', label: 'Visits' },
	{ type: 'DefenceDeal', label: 'Deals' },
	{ type: 'Engagement', label: 'Engagements' },
	{ type: 'Article', label: 'Articles' },
];

export default {
	name: 'home',
	path: '',
	title: 'Explore',
	async render(context) {
		const words = (context.query.get('q') || '').trim();
		const form = searchForm(words, context);
		const header = pageHeader({
			title: 'Explore defence diplomacy',
			subtitle: 'Who visited whom, when, and which deals came of it, each fact traced to the sentences that report it.',
			extra: form,
		});
		if (words) {
			context.setTitle(`Search: ${words}`);
			const results = await searchResults(words, context);
			return h('div', { class: 'home' }, header, results);
		}
		const overview = await overviewPanels(context);
		return h('div', { class: 'home' }, header, overview);
	},
};

function searchForm(words, context) {
	const input = h('input', { id: 'search-input', name: 'q', type: 'search', value: words,
		placeholder: 'A name, a place, a system: Görgün, howitzer…', autocomplete: 'off' });
	return h('form', { class: 'search-form', role: 'search', on: {
		submit(event) {
			event.preventDefault();
			const next = input.value.trim();
			context.navigate(href(next ? { q: next } : null));
		},
	} },
	h('label', { for: 'search-input' }, 'Search actors, visits, deals, engagements and articles'),
	h('div', { class: 'search-row' }, input, h('button', { type: 'submit' }, 'Search')));
}

async function searchResults(words, context) {
	const data = await context.graphql(SEARCH, { query: words });
	// status, date and kind differ in type between the kinds of hit, so the query asks for them by alias
	const hits = data.search.edges.map((edge) => edge.node).map((hit) => ({ ...hit, item: {
		...hit.item,
		status: hit.item.visitStatus || hit.item.dealStatus || hit.item.engagementStatus,
		date: hit.item.visitDate || hit.item.dealDate || hit.item.engagementDate,
	} }));
	const terms = words.replace(/["*]/g, ' ').split(/\s+/).filter(Boolean).map(fold);
	const summary = h('p', { class: 'result-count', role: 'status' }, data.search.totalCount === 0
		? `Nothing matches “${words}”. Try fewer words, another spelling, or a prefix such as defen*.`
		: `${plural(data.search.totalCount, 'result')} for “${words}”${data.search.totalCount > hits.length ? `, the best ${hits.length} shown` : ''}.`);
	const groups = GROUPS.map((group) => {
		const inGroup = hits.filter((hit) => hit.item.__typename === group.type);
		if (inGroup.length === 0) {
			return null;
		}
		return section(`${group.label} (${inGroup.length})`, { id: `results-${group.type.toLowerCase()}`, className: 'result-group' },
			h('ol', { class: 'results' }, inGroup.map((hit) => resultItem(hit, terms))));
	});
	return h('div', { class: 'search-results' }, summary, h('div', { class: 'result-groups' }, groups));
}

function resultItem(hit, terms) {
	const item = hit.item;
	let link;
	let detail;
	switch (item.__typename) {
		case 'Actor':
			link = actorLink(item);
			detail = [kindBadge(item.kind), item.country ? ` of ${item.country.name}` : ''];
			break;
		case 'Visit':
			link = h('a', { href: href('visit', item.id) }, item.summary);
			detail = FACT_KINDS[0].detail(item);
			break;
		case 'DefenceDeal':
			link = h('a', { href: href('deal', item.id) }, item.title);
			detail = FACT_KINDS[1].detail(item);
			break;
		case 'Engagement':
			link = h('a', { href: href('engagement', item.id) }, item.summary);
			detail = FACT_KINDS[2].detail({ ...item, kind: item.engagementKind });
			break;
		default:
			link = h('a', { href: href('article', item.id) }, item.title);
			detail = [item.publication, item.publishedOn && item.publishedOn.iso].filter(Boolean).join(', ');
	}
	return h('li', { class: 'result', dataset: { id: item.id } },
		h('div', { class: 'result-title' }, link, ' ', h('span', { class: 'detail' }, detail)),
		hit.highlights.length > 0 ? h('ul', { class: 'highlights' }, hit.highlights.map((highlight) => h('li', {},
			h('span', { class: 'field' }, highlight.field), ' ', markedSnippet(highlight, terms)))) : null);
}

async function overviewPanels(context) {
	const [data, connected] = await Promise.all([
		context.graphql(OVERVIEW),
		mostConnected(context),
	]);
	const deals = data.deals.edges.map((edge) => edge.node).filter((deal) => deal.date)
		.sort((x, y) => dateKey(y.date) - dateKey(x.date)).slice(0, 6);
	const visits = data.visits.edges.map((edge) => edge.node);
	const stats = h('ul', { class: 'stats', 'aria-label': 'The knowledge base' },
		[[data.articles.totalCount, 'article'], [data.actors.totalCount, 'actor'], [data.visits.totalCount, 'visit'],
			[data.deals.totalCount, 'deal']].map(([count, noun]) => h('li', {}, h('strong', {}, String(count)), ` ${count === 1 ? noun : `${noun}s`}`)));
	const top = connected.slice(0, 10);
	return h('div', { class: 'overview' },
		stats,
		h('div', { class: 'overview-grid' },
			section('Most connected actors', { id: 'most-connected' },
				h('p', { class: 'hint' }, 'By the number of actors each is linked to through visits, deals and articles.'),
				h('ol', { class: 'ranking' }, top.map((actor) => h('li', { dataset: { id: actor.id } },
					actorLink(actor), ' ', kindBadge(actor.kind),
					h('span', { class: 'detail' }, `${plural(actor.links, 'link')}, weight ${actor.weight}`))))),
			section('Latest visits', { id: 'latest-visits' },
				factList(visits.map((fact) => ({ kind: FACT_KINDS[0], fact })), { empty: 'No visits yet.', newestFirst: true })),
			section('Latest deals', { id: 'latest-deals' },
				factList(deals.map((fact) => ({ kind: FACT_KINDS[1], fact })), { empty: 'No dated deals yet.', newestFirst: true })),
			section('Compare two actors', { id: 'compare' },
				compareForm(context, [...connected].map((actor) => actor.name).sort((x, y) => x.localeCompare(y))))));
}

/** Every actor with its number of links and their total weight, most connected first. */
async function mostConnected(context) {
	const actors = [];
	let after = null;
	for (let page = 0; page < 20; page++) {
		const data = await context.graphql(ACTOR_LINKS, { after }, { graphiql: false });
		for (const { node } of data.actors.edges) {
			const touching = node.network.edges.filter((edge) => edge.source.id === node.id || edge.target.id === node.id);
			actors.push({ ...node, links: node.network.nodes.length - 1, weight: touching.reduce((sum, edge) => sum + edge.weight, 0) });
		}
		if (!data.actors.pageInfo.hasNextPage) {
			break;
		}
		after = data.actors.pageInfo.endCursor;
	}
	return actors.sort((x, y) => y.links - x.links || y.weight - x.weight || x.name.localeCompare(y.name));
}
