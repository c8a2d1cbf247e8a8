// The sources of a fact: each reporting article's whole text with the fact's evidence highlighted
// in place (Evidence start/end are offsets into Article.body), its quotes listed above the text.

import { h, section } from './dom.js';
import { fuzzyDate, plural } from './format.js';
import { highlightedText, revealIn } from './highlight.js';
import { href } from './router.js';

/** The GraphQL selection of a fact's sources that evidenceSection() needs. */
export const SOURCE_FIELDS = `sources {
    start
    end
    quote
    article { id title publication author publishedOn { iso precision } body }
  }`;

/** A section per reporting article, in the order the sources come; factId is passed on to the article view. */
export function evidenceSection(sources, factId) {
	const byArticle = new Map();
	for (const source of sources) {
		if (!byArticle.has(source.article.id)) {
			byArticle.set(source.article.id, { article: source.article, sources: [] });
		}
		byArticle.get(source.article.id).sources.push(source);
	}
	const articles = [...byArticle.values()];
	return section(`Evidence: ${plural(sources.length, 'sentence')} in ${plural(articles.length, 'article')}`,
		{ id: 'evidence', className: 'evidence' },
		articles.map(({ article, sources: quotes }, index) => sourceArticle(article, quotes, factId, index)));
}

function sourceArticle(article, sources, factId, index) {
	const ordered = [...sources].sort((x, y) => x.start - y.start);
	const ranges = ordered.map((source, number) => ({
		start: source.start,
		end: source.end,
		className: 'evidence-mark',
		title: 'Evidence for this fact',
		id: `evidence-${index}-${number}`,
	}));
	const text = highlightedText(article.body, ranges);
	const box = h('div', { class: 'text-box', tabindex: '0', role: 'region', 'aria-label': `Text of ${article.title}` }, text);
	const quotes = h('ol', { class: 'quotes' }, ordered.map((source, number) => h('li', {},
		h('blockquote', {}, source.quote),
		h('button', { type: 'button', class: 'link-button', on: {
			click: () => revealIn(box, text.querySelector(`#evidence-${index}-${number}`)),
		} }, `Show in the text (characters ${source.start}–${source.end})`))));
	// once the text is laid out, bring the first piece of evidence into view
	const observer = new ResizeObserver(() => {
		if (box.clientHeight > 0) {
			observer.disconnect();
			revealIn(box, text.querySelector('.evidence-mark'), { flash: false });
		}
	});
	observer.observe(box);
	return h('article', { class: 'source', dataset: { article: article.id } },
		h('h3', {}, h('a', { href: href('article', article.id, { fact: factId }) }, article.title)),
		h('p', { class: 'detail' }, [article.publication, article.author, article.publishedOn && fuzzyDate(article.publishedOn)]
			.filter(Boolean).join(' · ')),
		quotes,
		box);
}
