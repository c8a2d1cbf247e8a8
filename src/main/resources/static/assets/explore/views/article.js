// /explore/article/{id}: an article's text with every actor mention highlighted (coloured by kind)
// and the evidence of the visits, deals and engagements it reports underlined and linked; ?fact=ID brings
// that fact's evidence into view.

import { h, section } from '../dom.js';
import { ACTOR_KINDS, FACT_KINDS } from '../facts.js';
import { fuzzyDate, plural } from '../format.js';
import { highlightedText, revealIn } from '../highlight.js';
import { href } from '../router.js';
import { NotFound, actorLink, factList, facts, pageHeader } from '../view.js';

const ARTICLE = `query Article($id: ID!) {
  article(id: $id) {
    id
    title
    publication
    author
    publishedOn { iso precision }
    wordCount
    sourceFile
    body
    mentions { count offsets roleOffsets actor { id name kind aliases } }
    ${FACT_KINDS.map((kind) => `${kind.key} { ${kind.fields} sources { article { id } start end } }`).join('\n    ')}
  }
}`;

export default {
	name: 'article',
	path: 'article/:id',
	title: 'Article',
	async render(context) {
		const data = await context.graphql(ARTICLE, { id: context.params.id });
		const article = data.article;
		if (!article) {
			throw new NotFound(`No article has the ID “${context.params.id}”.`);
		}
		context.setTitle(article.title);
		const focus = context.query.get('fact');
		const ranges = [];
		for (const mention of article.mentions) {
			for (const offset of mention.offsets) {
				// a role mention ("the army chief") names the person without the name
				const byRole = (mention.roleOffsets || []).includes(offset);
				ranges.push({
					start: offset,
					end: offset + (byRole ? rolePhraseLength(article.body, offset) : mentionLength(article.body, offset, mention.actor)),
					className: `mention kind-${mention.actor.kind}${byRole ? ' role-mention' : ''}`,
					title: `${mention.actor.name} (${ACTOR_KINDS[mention.actor.kind] ? ACTOR_KINDS[mention.actor.kind].label : mention.actor.kind}${byRole ? ', named by role' : ''})`,
				});
			}
		}
		for (const kind of FACT_KINDS) {
			for (const fact of article[kind.key] || []) {
				fact.sources.filter((source) => source.article.id === article.id).forEach((source) => ranges.push({
					start: source.start,
					end: source.end,
					className: ['evidence-mark', `fact-${kind.key}`, fact.id === focus ? 'focus' : null].filter(Boolean).join(' '),
					title: `Evidence for the ${kind.singular}: ${kind.title(fact)}`,
					href: href(kind.route, fact.id),
					data: { fact: fact.id },
				}));
			}
		}
		const text = highlightedText(article.body, ranges);
		const box = h('div', { class: 'text-box tall', tabindex: '0', role: 'region', 'aria-label': 'Article text' }, text);
		if (focus) {
			const observer = new ResizeObserver(() => {
				if (box.clientHeight > 0) {
					observer.disconnect();
					revealIn(box, text.querySelector('.focus'));
				}
			});
			observer.observe(box);
		}
		const toggles = h('div', { class: 'toggles' },
			toggle('Highlight actors', 'hide-mentions', text),
			toggle('Underline evidence', 'hide-evidence', text));
		const mentioned = [...article.mentions].sort((x, y) => y.count - x.count || x.actor.name.localeCompare(y.actor.name));
		const reported = FACT_KINDS.flatMap((kind) => (article[kind.key] || []).map((fact) => ({ kind, fact })));
		return h('div', { class: 'article-view' },
			pageHeader({ eyebrow: 'Article', title: article.title }),
			facts([
				['Published', [article.publication, article.publishedOn && fuzzyDate(article.publishedOn)].filter(Boolean).join(', ')],
				['Author', article.author],
				['Length', plural(article.wordCount, 'word')],
				['Source file', article.sourceFile],
			]),
			h('div', { class: 'article-layout' },
				section('Text', { id: 'text', className: 'article-main' }, toggles, box),
				h('div', { class: 'article-side' },
					section(`Reports (${reported.length})`, { id: 'reports' }, factList(reported, { empty: 'No visits, deals or engagements.' })),
					section(`Names (${mentioned.length})`, { id: 'names' }, h('ul', { class: 'mention-list' },
						mentioned.map((mention) => h('li', {}, h('span', { class: `swatch kind-${mention.actor.kind}` }),
							actorLink(mention.actor), h('span', { class: 'detail' }, `× ${mention.count}`))))))));
	},
};

function toggle(label, hiddenClass, text) {
	const box = h('input', { type: 'checkbox', checked: true, on: { change: () => text.classList.toggle(hiddenClass, !box.checked) } });
	return h('label', { class: 'toggle' }, box, ` ${label}`);
}

/** How long a role phrase is: up to its head word ("chief", "head"), or one word when none follows soon. */
function rolePhraseLength(body, offset) {
	const match = /^.{0,40}?\b(chief|head)\b/iu.exec(body.slice(offset, offset + 60));
	return match ? match[0].length : 1;
}

/** How long the name at offset is: the longest of the actor's names that is written there. */
function mentionLength(body, offset, actor) {
	const names = [actor.name, ...actor.aliases].sort((x, y) => y.length - x.length);
	for (const name of names) {
		if (fold(body.slice(offset, offset + name.length)) === fold(name)) {
			return name.length;
		}
	}
	const word = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*/u.exec(body.slice(offset, offset + 80));
	return word ? word[0].replace(/[.'’-]+$/, '').length || 1 : 1;
}

function fold(text) {
	return text.split('').map((char) => char.normalize('NFD').charAt(0).toLowerCase().replace(/[-‐‑–—]/, ' ')).join('');
}
