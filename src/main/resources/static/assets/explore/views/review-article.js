// /explore/review/{articleId}: one imported article on the review desk: its text with every
// candidate's evidence highlighted in place, beside the list of its candidates to decide.
// Choosing a candidate (its title, a highlight, or j/k) marks and brings its evidence into view;
// ?candidate=ID keeps the choice in the URL. A decision refreshes the list; a CONFLICT (someone
// else decided first) is said on the candidate.

import { ApiError } from '../api.js';
import { h, joined, section } from '../dom.js';
import { fuzzyDate, plural } from '../format.js';
import { highlightedText, revealIn } from '../highlight.js';
import { href } from '../router.js';
import { NotFound, pageHeader } from '../view.js';
import { candidateCard } from '../review/card.js';
import { askForTokenAgain, deskBar, deskPage, takeImport, withToken } from '../review/desk.js';
import { CANDIDATE_KINDS, kindOf } from '../review/kinds.js';
import { tokenProblem } from '../review/access.js';
import { ACCEPT, ARTICLE, ARTICLE_CANDIDATES, MERGE, REJECT, REOPEN } from '../review/queries.js';

const MUTATIONS = { accept: ACCEPT, merge: MERGE, reject: REJECT, reopen: REOPEN };
const DONE = { accept: 'Accepted', merge: 'Merged', reject: 'Rejected', reopen: 'Reopened' };

export default {
	name: 'review-article',
	path: 'review/:id',
	title: 'Review',
	render(context) {
		return deskPage(context, 'Review an imported article', async () => {
			const data = await withToken(context, ARTICLE, { id: context.params.id });
			if (!data.article) {
				throw new NotFound(`No article has the ID “${context.params.id}”. The queue at ${href('review')} lists those waiting for review.`);
			}
			context.setTitle(`Review: ${data.article.title}`);
			return new Desk(context, data.article).element;
		});
	},
};

/** The state of the page: the article, its candidates by ID, the one chosen, messages per candidate. */
class Desk {
	constructor(context, article) {
		this.context = context;
		this.article = article;
		this.candidates = article.candidates;
		this.index = new Map(this.candidates.map((candidate, position) => [candidate.id, position]));
		this.cards = new Map();
		this.notices = new Map();
		this.rendered = new Map();
		this.selected = null;
		this.textBox = h('div', { id: 'review-text', class: 'text-box review-text', tabindex: '0', role: 'region',
			'aria-label': 'Article text, the candidates\' evidence highlighted' });
		this.textBox.addEventListener('click', (event) => this.clickText(event));
		this.list = h('ol', { class: 'candidate-list' });
		this.summary = h('p', { class: 'review-summary' });
		this.announcer = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
		this.onlyPending = h('input', { type: 'checkbox', id: 'only-pending', on: { change: () => this.list.classList.toggle('only-pending', this.onlyPending.checked) } });
		this.element = this.build();
		this.renderText();
		this.renderCards();
		const keys = (event) => this.keydown(event);
		document.addEventListener('keydown', keys);
		context.onDispose(() => document.removeEventListener('keydown', keys));
		const wanted = context.query.get('candidate');
		const first = this.candidates.find((candidate) => candidate.id === wanted)
			|| this.candidates.find((candidate) => candidate.status === 'PENDING');
		if (first) {
			// once the text is laid out, bring the chosen evidence into view
			const observer = new ResizeObserver(() => {
				if (this.textBox.clientHeight > 0) {
					observer.disconnect();
					this.select(first.id, { scrollCard: Boolean(wanted), updateUrl: false, flash: false });
				}
			});
			observer.observe(this.textBox);
			context.onDispose(() => observer.disconnect());
		}
	}

	build() {
		const article = this.article;
		const imported = takeImport(article.id);
		const legend = h('ul', { class: 'legend' }, Object.values(CANDIDATE_KINDS).map((kind) => h('li', {},
			h('span', { class: ['swatch', `cand-${kind.key}`] }), kind.label)));
		return h('div', { class: 'review-view' },
			pageHeader({ eyebrow: 'Review desk · imported article', title: article.title,
				subtitle: joined([
					[article.publication, article.author, article.publishedOn && fuzzyDate(article.publishedOn)].filter(Boolean).join(', ') || 'Undated',
					plural(article.wordCount, 'word'),
					article.url ? h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'source') : null,
					h('a', { href: href('article', article.id) }, 'the article in the explorer'),
				].filter(Boolean), ' · ') }),
			deskBar(this.context),
			imported ? h('p', { class: ['message', 'notice', imported.created ? 'notice-ok' : 'notice-info'], role: 'status' },
				imported.created
					? `Imported. The server proposes ${plural(imported.candidates.length, 'candidate')} from it.`
					: 'This text was imported before: nothing new was created. Its candidates are shown as they are now.') : null,
			h('div', { class: 'review-layout' },
				section('Text', { id: 'text', className: 'review-text-panel' }, legend, this.textBox),
				section('Candidates', { id: 'candidates', className: 'candidates-panel' },
					this.summary,
					h('p', { class: 'hint keys' }, 'Keys: ', h('kbd', {}, 'j'), ' and ', h('kbd', {}, 'k'),
						' move between candidates; Enter on a form sends it, Escape closes it.'),
					h('label', { class: 'toggle', for: 'only-pending' }, this.onlyPending, ' Only pending'),
					this.announcer,
					this.list)));
	}

	/** The text with each candidate's evidence marked; a mark carries class c<index> of every candidate it is evidence of. */
	renderText() {
		const ranges = this.candidates.flatMap((candidate) => {
			const kind = kindOf(candidate);
			const position = this.index.get(candidate.id);
			return candidate.evidence.map((evidence) => ({
				start: evidence.start,
				end: evidence.end,
				className: `cand-mark cand-${kind.key} cand-${candidate.status} c${position}`,
				title: `${kind.label} (${candidate.status.toLowerCase()}): ${kind.title(candidate)}`,
			}));
		});
		const scroll = this.textBox.scrollTop;
		this.textBox.replaceChildren(highlightedText(this.article.body, ranges));
		this.textBox.scrollTop = scroll;
		if (this.selected) {
			this.markSelected();
		}
	}

	/** Cards of the candidates; only those whose data or message changed are made again. */
	renderCards() {
		const pending = this.candidates.filter((candidate) => candidate.status === 'PENDING').length;
		const decided = this.candidates.length - pending;
		this.summary.textContent = this.candidates.length === 0
			? 'The server proposed nothing from this article.'
			: `${plural(this.candidates.length, 'candidate')}: ${pending} pending${decided > 0 ? `, ${decided} decided` : ''}.`;
		const focused = document.activeElement && document.activeElement.closest('.candidate-card');
		const focusedId = focused ? focused.dataset.id : null;
		const cards = this.candidates.map((candidate) => {
			const notice = this.notices.get(candidate.id) || null;
			const key = JSON.stringify([candidate, notice]);
			const existing = this.cards.get(candidate.id);
			if (existing && this.rendered.get(candidate.id) === key) {
				return existing;
			}
			const card = candidateCard(candidate, this.index.get(candidate.id), {
				select: (id, options) => this.select(id, options),
				decide: (item, verb, input, options) => this.decide(item, verb, input, options),
				notice,
			});
			if (candidate.id === this.selected) {
				card.setAttribute('aria-current', 'true');
			}
			this.cards.set(candidate.id, card);
			this.rendered.set(candidate.id, key);
			return card;
		});
		if (cards.length === 0) {
			this.list.replaceChildren();
			return;
		}
		cards.forEach((card, position) => {
			if (this.list.children[position] !== card) {
				this.list.insertBefore(card, this.list.children[position] || null);
			}
		});
		while (this.list.children.length > cards.length) {
			this.list.lastElementChild.remove();
		}
		// a card made again after its decision keeps the keyboard where it was
		if (focusedId && !document.activeElement.closest('.candidate-card')) {
			const card = this.cards.get(focusedId);
			if (card) {
				card.querySelector('.card-title').focus({ preventScroll: true });
			}
		}
	}

	/** Chooses a candidate: its card marked current, its evidence marked and brought into view in the text. */
	select(id, { scrollCard = false, focusCard = false, updateUrl = true, flash = true } = {}) {
		this.selected = id;
		for (const [candidateId, card] of this.cards) {
			if (candidateId === id) {
				card.setAttribute('aria-current', 'true');
			}
			else {
				card.removeAttribute('aria-current');
			}
		}
		const first = this.markSelected();
		revealIn(this.textBox, first, { flash });
		const card = this.cards.get(id);
		if (card && focusCard) {
			card.querySelector('.card-title').focus({ preventScroll: true });
		}
		if (card && (scrollCard || focusCard)) {
			card.scrollIntoView({ block: 'nearest' });
		}
		if (updateUrl) {
			this.context.replaceQuery({ candidate: id });
		}
	}

	markSelected() {
		this.textBox.querySelectorAll('.cand-mark.selected').forEach((mark) => mark.classList.remove('selected'));
		const marks = [...this.textBox.querySelectorAll(`.cand-mark.c${this.index.get(this.selected)}`)];
		marks.forEach((mark) => mark.classList.add('selected'));
		return marks[0] || null;
	}

	/** A click on a highlight chooses its candidate; clicking again goes to the next candidate of the same words. */
	clickText(event) {
		const mark = event.target.closest('.cand-mark');
		if (!mark) {
			return;
		}
		const covering = [...mark.classList].filter((name) => /^c\d+$/.test(name)).map((name) => this.candidates[Number(name.slice(1))])
			.filter(Boolean);
		if (covering.length === 0) {
			return;
		}
		const at = covering.findIndex((candidate) => candidate.id === this.selected);
		const next = covering[(at + 1) % covering.length];
		this.select(next.id, { scrollCard: true });
	}

	/** j and k move between the candidates shown, as in many readers. */
	keydown(event) {
		if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey
			|| event.target.closest('input, textarea, select, [contenteditable]')) {
			return;
		}
		if (event.key !== 'j' && event.key !== 'k') {
			return;
		}
		const shown = this.candidates.filter((candidate) => !this.onlyPending.checked || candidate.status === 'PENDING');
		if (shown.length === 0) {
			return;
		}
		event.preventDefault();
		const at = shown.findIndex((candidate) => candidate.id === this.selected);
		const next = event.key === 'j' ? Math.min(at + 1, shown.length - 1) : Math.max(at - 1, 0);
		this.select(shown[at < 0 ? 0 : next].id, { focusCard: true });
	}

	/**
	 * Sends a decision. Resolves to an error message for the form it came from (inForm), else shows
	 * it on the card; a CONFLICT or a success refreshes the list.
	 */
	async decide(candidate, verb, input, { inForm = false } = {}) {
		const kind = kindOf(candidate);
		const variables = verb === 'reopen' ? { id: candidate.id, note: input.note }
			: { input: Object.fromEntries(Object.entries({ id: candidate.id, ...input }).filter(([, value]) => value !== null && value !== undefined)) };
		try {
			const data = await withToken(this.context, MUTATIONS[verb], variables, { graphiql: false });
			const payload = Object.values(data)[0];
			this.notices.delete(candidate.id);
			this.announcer.textContent = `${DONE[verb]}: ${kind.title(candidate)}${payload.result ? ` (${payload.result.id})` : ''}.`;
		}
		catch (error) {
			if (error.name === 'AbortError') {
				return null;
			}
			if (error.name === 'TokenRefused') {
				askForTokenAgain(this.context, error.message);
				return null;
			}
			if (error instanceof ApiError && error.classification === 'CONFLICT') {
				this.notices.set(candidate.id, { kind: 'conflict', title: 'Someone else decided this candidate first.',
					text: `${error.message} The list was refreshed: the candidate is shown as it is now.` });
			}
			else {
				const message = tokenProblem(error) || error.message;
				if (inForm) {
					return message;
				}
				this.notices.set(candidate.id, { kind: 'error', text: message });
				this.renderCards();
				return null;
			}
		}
		await this.refresh();
		return null;
	}

	/** The candidates as they are now, after a decision here or elsewhere. */
	async refresh() {
		try {
			const data = await withToken(this.context, ARTICLE_CANDIDATES, { id: this.article.id }, { graphiql: false });
			this.candidates = data.article.candidates;
			for (const candidate of this.candidates) {
				if (!this.index.has(candidate.id)) {
					this.index.set(candidate.id, this.index.size);
				}
			}
		}
		catch (error) {
			if (error.name === 'TokenRefused') {
				askForTokenAgain(this.context, error.message);
				return;
			}
			if (error.name !== 'AbortError') {
				this.announcer.textContent = '';
				this.summary.textContent = `The list could not be refreshed: ${error.message} Reload the page.`;
			}
			return;
		}
		this.renderText();
		this.renderCards();
	}
}
