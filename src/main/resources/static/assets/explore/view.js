// What the views share: links to entities, badges, fact lists, headers, and the NotFound error a
// view throws when the API has nothing under the asked ID.

import { h, joined } from './dom.js';
import { ACTOR_KINDS, FACT_KINDS } from './facts.js';
import { dateKey, enumLabel, fuzzyDate } from './format.js';
import { href } from './router.js';

/** Thrown by a view when what its URL names does not exist; the shell shows the message. */
export class NotFound extends Error {
	constructor(message) {
		super(message);
		this.name = 'NotFound';
	}
}

export function actorLink(actor) {
	if (!actor) {
		return null;
	}
	return h('a', { href: href('actor', actor.id), class: ['actor-link', actor.kind && `kind-${actor.kind}`] }, actor.name);
}

export function actorLinks(actors) {
	return actors && actors.length > 0 ? joined(actors.map(actorLink)) : '—';
}

export function kindBadge(kind) {
	const known = ACTOR_KINDS[kind];
	return h('span', { class: ['badge', `kind-${kind}`] }, known ? known.label : enumLabel(kind));
}

export function articleLink(article, query) {
	return h('a', { href: href('article', article.id, query || null) }, article.title || article.id);
}

/** A link to a fact's view by its kind's key: factLink('visits', visit). */
export function factLink(kindKey, fact) {
	const kind = FACT_KINDS.find((candidate) => candidate.key === kindKey);
	return h('a', { href: href(kind.route, fact.id) }, kind.title(fact));
}

/** Facts of every kind in date order (newest first if asked), as a list: kind, link, date. entries are { kind, fact }. */
export function factList(entries, { empty = 'None.', newestFirst = false } = {}) {
	if (entries.length === 0) {
		return h('p', { class: 'empty' }, empty);
	}
	const sorted = [...entries].sort((x, y) => (dateKey(x.fact.date) - dateKey(y.fact.date)) * (newestFirst ? -1 : 1));
	return h('ul', { class: 'fact-list' }, sorted.map(({ kind, fact }) => h('li', { dataset: { id: fact.id } },
		h('span', { class: ['badge', `fact-${kind.key}`] }, kind.singular),
		' ',
		h('a', { href: href(kind.route, fact.id) }, kind.title(fact)),
		h('span', { class: 'detail' }, kind.detail(fact)))));
}

/** Articles as a list of links with their dates. */
export function articleList(articles, { empty = 'None.' } = {}) {
	if (!articles || articles.length === 0) {
		return h('p', { class: 'empty' }, empty);
	}
	return h('ul', { class: 'article-list' }, articles.map((article) => h('li', { dataset: { id: article.id } },
		articleLink(article),
		h('span', { class: 'detail' }, [article.publication, article.publishedOn && fuzzyDate(article.publishedOn)]
			.filter(Boolean).join(', ')))));
}

/** The header of a view: a small label above the title, the title (the page's h1), a subtitle. */
export function pageHeader({ eyebrow, title, subtitle, extra }) {
	return h('header', { class: 'view-header' },
		eyebrow ? h('p', { class: 'eyebrow' }, eyebrow) : null,
		h('h1', {}, title),
		subtitle ? h('p', { class: 'subtitle' }, subtitle) : null,
		extra || null);
}

/** A definition list of [label, value] pairs, leaving out empty values. */
export function facts(pairs) {
	return h('dl', { class: 'facts' }, pairs
		.filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
		.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));
}

/**
 * Fills a section's body with what load() resolves to, showing progress meanwhile and, on failure,
 * the error's message in place, so one failing part leaves the rest of the view usable.
 */
export async function fill(container, load) {
	container.replaceChildren(h('p', { class: 'message loading' }, 'Loading…'));
	container.setAttribute('aria-busy', 'true');
	try {
		const content = await load();
		container.replaceChildren(content);
	}
	catch (error) {
		if (error.name === 'AbortError') {
			return;
		}
		container.replaceChildren(h('p', { class: 'message error', role: 'alert' }, error.message || String(error)));
	}
	finally {
		container.removeAttribute('aria-busy');
	}
}

/** A period's facts under the chart, after a bar or a table row was chosen. */
export function bucketDetail(bucket, label) {
	return h('div', { class: 'bucket-detail' },
		h('h3', {}, label),
		factList(FACT_KINDS.flatMap((kind) => (bucket[kind.key] || []).map((fact) => ({ kind, fact })))));
}

/** The form that opens the relationship of two actors; names fill its suggestions. */
export function compareForm(context, names = [], values = {}) {
	const list = h('datalist', { id: 'actor-names' }, names.map((name) => h('option', { value: name })));
	const first = h('input', { id: 'compare-a', name: 'a', list: 'actor-names', required: true, autocomplete: 'off',
		placeholder: 'e.g. Bangladesh', value: values.a || '' });
	const second = h('input', { id: 'compare-b', name: 'b', list: 'actor-names', required: true, autocomplete: 'off',
		placeholder: 'e.g. Türkiye', value: values.b || '' });
	return h('form', { class: 'compare-form', on: {
		submit(event) {
			event.preventDefault();
			context.navigate(href('relationship', { a: first.value.trim(), b: second.value.trim() }));
		},
	} },
	h('p', { class: 'hint' }, 'Names, aliases, IDs or country codes.'),
	h('label', { for: 'compare-a' }, 'First actor'), first,
	h('label', { for: 'compare-b' }, 'Second actor'), second,
	list,
	h('button', { type: 'submit' }, 'Show the relationship'));
}
