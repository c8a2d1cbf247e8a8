// /explore/actor/{id}: an actor's profile, its network (depth and minWeight from the URL) with the
// links explained, and its activity over time. A name instead of an ID finds the actor by name.

import { h, section } from '../dom.js';
import { factSelection, factsOf } from '../facts.js';
import { dateKey, fuzzyDate, plural } from '../format.js';
import { linkSummary, networkChart } from '../network-chart.js';
import { href } from '../router.js';
import { activitySection, granularityOf } from '../timeline-section.js';
import { NotFound, actorLink, articleList, factList, facts, fill, kindBadge, pageHeader } from '../view.js';

const PROFILE_FIELDS = `id name kind code description aliases
    country { id name kind }
    roles { title organization { id name kind } since { iso precision } until { iso precision } }
    articles { id }
    visits { id }
    deals { id }`;

const NETWORK_FIELDS = `nodes { id name kind }
      edges {
        weight
        source { id name kind }
        target { id name kind }
        ${factSelection()}
        articles { id title publication publishedOn { iso precision } }
      }`;

const BUCKET_FIELDS = `period { iso precision until { iso precision } }
    count
    ${factSelection()}`;

const PROFILE = `query ActorProfile($id: ID!) {
  actor(id: $id) {
    ${PROFILE_FIELDS}
  }
}`;

const PROFILE_BY_NAME = `query ActorProfileByName($name: String!) {
  actorByName(name: $name) {
    ${PROFILE_FIELDS}
  }
}`;

const NETWORK = `query ActorNetwork($id: ID!, $depth: Int, $minWeight: Int) {
  actor(id: $id) {
    network(depth: $depth, minWeight: $minWeight) {
      ${NETWORK_FIELDS}
    }
  }
}`;

const TIMELINE = `query ActorTimeline($id: String!, $granularity: Granularity) {
  timeline(involves: $id, granularity: $granularity) {
    ${BUCKET_FIELDS}
  }
}`;

/** The whole view as one query, for the GraphiQL link. */
const VIEW = `query ActorView($id: ID!, $involves: String!, $depth: Int, $minWeight: Int, $granularity: Granularity) {
  actor(id: $id) {
    ${PROFILE_FIELDS}
    network(depth: $depth, minWeight: $minWeight) {
      ${NETWORK_FIELDS}
    }
  }
  timeline(involves: $involves, granularity: $granularity) {
    ${BUCKET_FIELDS}
  }
}`;

export default {
	name: 'actor',
	path: 'actor/:id',
	title: 'Actor',
	async render(context) {
		const asked = context.params.id;
		const byId = asked.startsWith('actor:');
		const data = byId
			? await context.graphql(PROFILE, { id: asked })
			: await context.graphql(PROFILE_BY_NAME, { name: asked });
		const actor = byId ? data.actor : data.actorByName;
		if (!actor) {
			throw new NotFound(byId ? `No actor has the ID “${asked}”.` : `No actor is named “${asked}”.`);
		}
		if (!byId) {
			window.history.replaceState(null, '', href('actor', actor.id) + window.location.search);
		}
		context.setTitle(actor.name);
		const settings = {
			depth: intParam(context.query.get('depth'), 1),
			minWeight: intParam(context.query.get('minWeight'), 1),
			granularity: granularityOf(context.query),
		};
		const updateLink = () => context.graphiql(VIEW, { id: actor.id, involves: actor.id, ...settings });
		updateLink();
		const network = networkSection(context, actor, settings, updateLink);
		const activity = activitySection(context, {
			granularity: settings.granularity,
			load: async (granularity) => {
				settings.granularity = granularity;
				updateLink();
				return (await context.graphql(TIMELINE, { id: actor.id, granularity }, { graphiql: false })).timeline;
			},
		});
		return h('div', { class: 'actor-view' }, profile(actor), network, activity.element);
	},
};

function intParam(value, fallback) {
	return value !== null && /^-?\d+$/.test(value) ? Number(value) : fallback;
}

function profile(actor) {
	const roles = actor.roles.map((role) => h('li', {}, role.title,
		role.organization ? [', ', actorLink(role.organization)] : null,
		role.since || role.until ? h('span', { class: 'detail' },
			`${role.since ? `since ${fuzzyDate(role.since)}` : ''}${role.since && role.until ? ' ' : ''}${role.until ? `until ${fuzzyDate(role.until)}` : ''}`) : null));
	return h('div', { class: 'profile' },
		pageHeader({
			eyebrow: 'Actor',
			title: actor.name,
			extra: h('p', { class: 'badges' }, kindBadge(actor.kind), actor.code ? h('span', { class: 'badge code' }, actor.code) : null),
		}),
		facts([
			['Country', actor.country ? actorLink(actor.country) : null],
			['Roles', roles.length > 0 ? h('ul', { class: 'roles' }, roles) : null],
			['Also named', actor.aliases.length > 0 ? actor.aliases.join(' · ') : null],
			['About', actor.description],
			['In the sources', `${plural(actor.articles.length, 'article')}, ${plural(actor.visits.length, 'visit')}, ${plural(actor.deals.length, 'deal')}`],
		]));
}

function networkSection(context, actor, settings, updateLink) {
	const body = h('div', { class: 'network-body' });
	let chart = null;
	context.onDispose(() => chart && chart.dispose());
	const load = () => fill(body, async () => {
		const data = await context.graphql(NETWORK, { id: actor.id, depth: settings.depth, minWeight: settings.minWeight }, { graphiql: false });
		if (chart) {
			chart.dispose();
		}
		const network = data.actor.network;
		const detail = h('div', { class: 'link-detail-box', 'aria-live': 'polite' },
			h('p', { class: 'hint' }, 'Choose a link, in the graph or the list, to see the visits, deals and articles behind it.'));
		const buttons = new Map();
		const select = (edge) => {
			buttons.forEach((button, other) => button.setAttribute('aria-pressed', String(other === edge)));
			detail.replaceChildren(linkDetail(edge, actor));
			chart.select(edge);
		};
		chart = networkChart(network, actor.id, {
			onEdge: select,
			onNode: (node) => context.navigate(href('actor', node.id)),
		});
		const item = (edge) => {
			const button = h('button', { type: 'button', class: 'link-button', 'aria-pressed': 'false', on: { click: () => select(edge) } },
				edgeName(edge, actor));
			buttons.set(edge, button);
			return h('li', { dataset: { source: edge.source.id, target: edge.target.id } }, button,
				h('span', { class: 'detail' }, `${linkSummary(edge)} · weight ${edge.weight}`));
		};
		const own = network.edges.filter((edge) => edge.source.id === actor.id || edge.target.id === actor.id);
		const others = network.edges.filter((edge) => !own.includes(edge));
		const lists = [
			h('h3', {}, `Links of ${actor.name} (${own.length})`),
			h('ol', { class: 'link-list' }, own.map(item)),
			others.length > 0 ? h('details', { class: 'other-links' },
				h('summary', {}, `Links among the others (${others.length})`),
				h('ol', { class: 'link-list' }, others.map(item))) : null,
		];
		const summary = h('p', { class: 'hint' }, network.edges.length === 0
			? `No links of weight ${settings.minWeight} or more.`
			: `${plural(network.nodes.length - 1, 'actor')} linked. Node size: the weight of an actor's links; colour: its kind; a thicker line, more behind the link. Hover or click a line to see why; click an actor to open it; drag or scroll to move and zoom.`);
		return h('div', { class: 'network-layout' }, h('div', { class: 'network-main' }, summary, chart.element),
			h('div', { class: 'network-side' }, detail, lists));
	});
	const depth = h('select', { id: 'network-depth', name: 'depth' }, [1, 2].map((value) => h('option', { value, selected: value === settings.depth }, value === 1 ? '1: direct links' : '2: and their links')));
	const minWeight = h('input', { id: 'network-min-weight', name: 'minWeight', type: 'number', min: 1, max: 1000, step: 1, value: settings.minWeight, inputmode: 'numeric' });
	const controls = h('form', { class: 'controls', on: {
		submit(event) {
			event.preventDefault();
			apply();
		},
		change: () => apply(),
	} },
	h('label', { for: 'network-depth' }, 'Depth'), depth,
	h('label', { for: 'network-min-weight' }, 'Minimum weight'), minWeight,
	h('button', { type: 'submit', class: 'secondary' }, 'Apply'));
	const apply = () => {
		settings.depth = Number(depth.value);
		settings.minWeight = intParam(minWeight.value, 1);
		context.replaceQuery({ depth: settings.depth === 1 ? null : settings.depth, minWeight: settings.minWeight === 1 ? null : settings.minWeight });
		updateLink();
		load();
	};
	load();
	return section('Network', { id: 'network', className: 'network-section' }, controls, body);
}

function edgeName(edge, actor) {
	if (edge.source.id === actor.id) {
		return edge.target.name;
	}
	if (edge.target.id === actor.id) {
		return edge.source.name;
	}
	return `${edge.source.name} — ${edge.target.name}`;
}

function linkDetail(edge, actor) {
	const [first, second] = edge.target.id === actor.id ? [edge.target, edge.source] : [edge.source, edge.target];
	return h('div', { class: 'link-detail' },
		h('h3', {}, actorLink(first), ' — ', actorLink(second)),
		h('p', {}, `Linked by ${linkSummary(edge)} (weight ${edge.weight}).`),
		h('h4', {}, 'Visits and deals'),
		factList(factsOf(edge, dateKey), { empty: 'None: only articles name them together.' }),
		h('h4', {}, 'Articles naming both in one paragraph'),
		articleList(edge.articles),
		h('p', {}, h('a', { href: href('relationship', { a: first.id, b: second.id }), class: 'more' },
			`The relationship of ${first.name} and ${second.name}`)));
}
