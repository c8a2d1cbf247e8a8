// /explore/review: the review desk's front page, behind the editor token: the articles whose
// candidates wait for a decision (from the pending candidates, a page at a time) and a form to
// paste and import an article.

import { ApiError } from '../api.js';
import { h, section } from '../dom.js';
import { fuzzyDate, plural } from '../format.js';
import { href } from '../router.js';
import { pageHeader } from '../view.js';
import { askForTokenAgain, deskBar, deskPage, rememberImport, withToken } from '../review/desk.js';
import { kindOf } from '../review/kinds.js';
import { IMPORT, QUEUE } from '../review/queries.js';

export default {
	name: 'review',
	path: 'review',
	title: 'Review desk',
	render(context) {
		return deskPage(context, 'Review imported articles', async () => {
			const queue = await queueSection(context);
			return h('div', { class: 'review-home' },
				pageHeader({ eyebrow: 'Review desk', title: 'Review imported articles',
					subtitle: 'Paste an article to import it; the server proposes the actors, visits and deals it reports, '
						+ 'each with the sentences behind it, for you to accept, correct, merge or reject.' }),
				deskBar(context, { queueLink: false }),
				h('div', { class: 'review-home-grid' }, queue, importSection(context)));
		});
	},
};

/** The queue: pending candidates grouped by article, best first; more pages on demand. */
async function queueSection(context) {
	const articles = new Map();
	let total = 0;
	let cursor = null;
	let more = false;
	const load = async () => {
		const data = await withToken(context, QUEUE, { after: cursor });
		const page = data.candidates;
		total = page.totalCount;
		more = page.pageInfo.hasNextPage;
		cursor = page.pageInfo.endCursor;
		for (const { node } of page.edges) {
			if (!articles.has(node.article.id)) {
				articles.set(node.article.id, { article: node.article, best: node.confidence, counts: new Map(), count: 0 });
			}
			const entry = articles.get(node.article.id);
			const kind = kindOf(node);
			entry.counts.set(kind, (entry.counts.get(kind) || 0) + 1);
			entry.count++;
		}
	};
	await load();
	const list = h('ol', { class: 'review-queue' });
	const summary = h('p', { class: 'result-count', role: 'status' });
	const moreButton = h('button', { type: 'button', class: 'secondary' }, 'Load more');
	const error = h('p', { class: 'message error', role: 'alert', hidden: true });
	const show = () => {
		const seen = [...articles.values()].reduce((sum, entry) => sum + entry.count, 0);
		summary.textContent = total === 0
			? 'Nothing waits for review. Import an article to get candidates.'
			: `${plural(total, 'candidate')} ${total === 1 ? 'waits' : 'wait'} for a decision`
				+ `${more ? `; the articles of the first ${seen} are listed` : ` in ${plural(articles.size, 'article')}`}.`;
		list.replaceChildren(...[...articles.values()].map(queueItem));
		moreButton.hidden = !more;
	};
	moreButton.addEventListener('click', async () => {
		moreButton.disabled = true;
		error.hidden = true;
		try {
			await load();
			show();
		}
		catch (failure) {
			if (failure.name !== 'AbortError') {
				error.textContent = failure.message;
				error.hidden = false;
			}
		}
		finally {
			moreButton.disabled = false;
		}
	});
	show();
	return section('Waiting for review', { id: 'queue', className: 'queue-panel' }, summary, list, moreButton, error);
}

function queueItem({ article, best, counts, count }) {
	const kinds = [...counts.entries()].map(([kind, number]) => `${number} ${number === 1 ? kind.label.toLowerCase() : kind.plural}`);
	return h('li', { dataset: { id: article.id } },
		h('a', { class: 'queue-title', href: href('review', article.id) }, article.title),
		h('span', { class: 'detail' }, [article.publication, article.publishedOn && fuzzyDate(article.publishedOn)].filter(Boolean).join(', ')),
		h('span', { class: 'queue-counts' }, `${plural(count, 'candidate')}: ${kinds.join(', ')}`,
			h('span', { class: 'detail' }, `best ${Math.round(best * 100)}%`)));
}

/** The form that imports an article: its text and what is known about it. */
function importSection(context) {
	const field = (name, label, props = {}) => {
		const input = h('input', { id: `import-${name}`, name, autocomplete: 'off', ...props });
		return { input, element: h('div', { class: 'import-field' }, h('label', { for: `import-${name}` }, label), input) };
	};
	const text = h('textarea', { id: 'import-text', name: 'text', rows: '12', required: true, spellcheck: 'false',
		'aria-describedby': 'import-text-help' });
	const counter = h('span', { class: 'detail', 'aria-live': 'off' }, '0 characters');
	text.addEventListener('input', () => {
		counter.textContent = plural(text.value.length, 'character');
	});
	const fields = [
		field('title', 'Title'),
		field('publication', 'Publication'),
		field('author', 'Author'),
		field('publishedOn', 'Published on', { placeholder: '2026-03-12', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', inputmode: 'numeric' }),
		field('url', 'URL', { type: 'url', placeholder: 'https://…' }),
	];
	const status = h('p', { class: 'message', role: 'status' });
	const button = h('button', { type: 'submit' }, 'Import');
	const form = h('form', { class: 'import-form', novalidate: true, on: {
		async submit(event) {
			event.preventDefault();
			if (button.disabled) {
				return;
			}
			if (!text.value.trim()) {
				fail('Paste the article\'s text first.');
				text.focus();
				return;
			}
			const input = { text: text.value };
			for (const { input: element } of fields) {
				if (element.value.trim()) {
					input[element.name] = element.value.trim();
				}
			}
			button.disabled = true;
			form.setAttribute('aria-busy', 'true');
			status.className = 'message loading';
			status.setAttribute('role', 'status');
			status.textContent = 'Importing: cleaning the text, finding its actors and proposing facts…';
			try {
				const data = await withToken(context, IMPORT, { input }, { graphiql: false });
				rememberImport(data.importArticle);
				context.navigate(href('review', data.importArticle.article.id));
			}
			catch (error) {
				if (error.name === 'TokenRefused') {
					askForTokenAgain(context, error.message);
				}
				else if (error.name !== 'AbortError') {
					fail(error instanceof ApiError && error.classification === 'BAD_REQUEST'
						? `The server refused the article: ${error.message}` : error.message);
				}
			}
			finally {
				button.disabled = false;
				form.removeAttribute('aria-busy');
			}
		},
	} },
	h('label', { for: 'import-text' }, 'Text'),
	text,
	h('p', { id: 'import-text-help', class: 'hint' }, 'The article as copied: a headline on the first line, a byline and a date line are '
		+ 'read when the fields below are left empty. Ctrl+Enter imports. ', counter),
	h('div', { class: 'import-fields' }, fields.map((item) => item.element)),
	h('div', { class: 'form-buttons' }, button),
	status);
	function fail(message) {
		status.className = 'message error';
		status.setAttribute('role', 'alert');
		status.textContent = message;
	}
	form.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
			event.preventDefault();
			form.requestSubmit();
		}
	});
	return section('Import an article', { id: 'import-article', className: 'import-panel' }, form);
}
