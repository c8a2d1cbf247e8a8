// One candidate on the review desk: its kind, status, confidence and rule, its fields, the
// existing facts it may duplicate, and either the decisions (accept, edit, merge, reject) or,
// once decided, who decided what and a link to the fact it became.

import { graphiqlUrl } from '../api.js';
import { append, h, joined } from '../dom.js';
import { enumLabel } from '../format.js';
import { facts } from '../view.js';
import { editForm, mergeForm, rejectForm } from './forms.js';
import { factLink, instant, kindOf, newActors } from './kinds.js';
import { CANDIDATE } from './queries.js';

/**
 * The card of a candidate, as an <li>. actions: select(id), decide(candidate, verb, input) →
 * Promise of an error message or null, notice (a message about this candidate to show, or null).
 */
export function candidateCard(candidate, index, { select, decide, notice }) {
	const kind = kindOf(candidate);
	const pending = candidate.status === 'PENDING';
	const titleId = `candidate-${index}-title`;
	const formBox = h('div', { class: 'form-box' });
	const card = h('li', { class: ['candidate-card', `type-${kind.key}`, `status-${candidate.status}`],
		id: `candidate-${index}`, dataset: { id: candidate.id, index: String(index) }, 'aria-labelledby': titleId });
	let opener = null;

	const closeForm = () => {
		formBox.replaceChildren();
		card.classList.remove('form-open');
		card.querySelectorAll('.decision-buttons button[aria-expanded]').forEach((button) => button.setAttribute('aria-expanded', 'false'));
		if (opener) {
			opener.focus();
			opener = null;
		}
	};
	const openForm = (button, build) => {
		const wasOpen = button.getAttribute('aria-expanded') === 'true';
		closeForm();
		if (wasOpen) {
			return;
		}
		const submit = (verb) => (input) => decide(candidate, verb, input, { inForm: true });
		const form = build(candidate, index, { submit: submit(button.dataset.verb), close: closeForm });
		formBox.replaceChildren(form);
		card.classList.add('form-open');
		button.setAttribute('aria-expanded', 'true');
		opener = button;
		select(candidate.id, { focusCard: false });
		const first = form.querySelector('input:not([type="radio"]), input[type="radio"]:checked, select');
		if (first) {
			first.focus();
		}
	};

	const similar = kind.similar(candidate);
	const result = kind.result(candidate);
	append(card, [
		h('div', { class: 'card-head' },
			h('span', { class: ['badge', `type-${kind.key}`] }, kind.label),
			h('span', { class: ['badge', 'status', `status-${candidate.status}`] }, enumLabel(candidate.status)),
			h('span', { class: 'confidence', title: 'How sure the extraction rules are (it orders the queue; no probability)' },
				h('meter', { min: '0', max: '1', value: String(candidate.confidence), 'aria-hidden': 'true' }),
				` ${Math.round(candidate.confidence * 100)}%`),
			h('code', { class: 'rule', title: 'The rule that proposed it' }, candidate.rule)),
		h('h3', { id: titleId },
			h('button', { type: 'button', class: 'card-title link-button', 'aria-controls': 'review-text',
				title: 'Show its evidence in the text', on: { click: () => select(candidate.id, { focusCard: false }) } },
			kind.title(candidate))),
		facts([...kind.fields(candidate), ['Also creates', otherNewActors(candidate)]]),
		h('ol', { class: 'card-quotes' }, candidate.evidence.map((evidence) => h('li', {}, h('q', {}, evidence.quote)))),
		similarBlock(kind, candidate, similar),
		notice ? h('p', { class: ['message', 'notice', `notice-${notice.kind}`], role: 'alert' },
			notice.title ? [h('strong', {}, notice.title), ' '] : null, notice.text) : null,
		pending ? pendingActions(candidate, kind, similar, openForm, decide) : decision(candidate, kind, result, decide),
		formBox]);
	return card;
}

/** Proposed actors the fact refers to beyond those its fields show (new visitors are among the visitors). */
function otherNewActors(candidate) {
	const shown = new Set((candidate.newVisitors || []).map((actor) => actor.id));
	const others = newActors((candidate.newActors || []).filter((actor) => !shown.has(actor.id)));
	return others.length > 0 ? joined(others) : null;
}

function similarBlock(kind, candidate, similar) {
	if (!kind.route) {
		return null;
	}
	const noun = kind.label.toLowerCase();
	if (similar.length === 0) {
		return h('p', { class: 'similar empty' }, candidate.status === 'PENDING'
			? `No similar ${noun} in the knowledge base.` : null);
	}
	return h('div', { class: 'similar' },
		h('h4', {}, `Similar existing ${similar.length === 1 ? noun : kind.plural} (${similar.length})`),
		h('ul', { class: 'plain-list' }, similar.map((fact) => h('li', { dataset: { id: fact.id } },
			factLink(kind, fact), h('span', { class: 'detail' }, kind.factDetail(fact))))));
}

function pendingActions(candidate, kind, similar, openForm, decide) {
	const accept = h('button', { type: 'button', class: 'accept', dataset: { verb: 'accept' } }, 'Accept');
	accept.addEventListener('click', async () => {
		accept.disabled = true;
		accept.textContent = 'Accepting…';
		await decide(candidate, 'accept', { edits: null, note: null });
		if (accept.isConnected) {
			accept.disabled = false;
			accept.textContent = 'Accept';
		}
	});
	const formButton = (label, verb, build) => {
		const button = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', dataset: { verb } }, label);
		button.addEventListener('click', () => openForm(button, build));
		return button;
	};
	return h('div', { class: 'decision-buttons' },
		accept,
		kind.edits ? formButton('Edit and accept…', 'accept', editForm) : null,
		kind.route ? formButton(similar.length > 0 ? `Merge… (${similar.length})` : 'Merge…', 'merge', mergeForm) : null,
		formButton('Reject…', 'reject', rejectForm),
		h('a', { class: 'graphiql-link', href: graphiqlUrl(CANDIDATE, { id: candidate.id }),
			title: 'This candidate\'s query in GraphiQL' }, 'GraphiQL'));
}

function decision(candidate, kind, result, decide) {
	const verb = { ACCEPTED: 'Accepted', MERGED: 'Merged', REJECTED: 'Rejected' }[candidate.status] || enumLabel(candidate.status);
	const reopen = h('button', { type: 'button', class: 'link-button', title: 'Needs an admin token' }, 'Reopen');
	reopen.addEventListener('click', async () => {
		reopen.disabled = true;
		await decide(candidate, 'reopen', { note: null });
		if (reopen.isConnected) {
			reopen.disabled = false;
		}
	});
	return h('div', { class: 'decision' },
		h('p', {}, verb,
			candidate.decidedBy ? ` by ${candidate.decidedBy}` : '',
			candidate.decidedAt ? `, ${instant(candidate.decidedAt)}` : '',
			candidate.note ? [': ', h('q', {}, candidate.note)] : '', '.'),
		result ? h('p', { class: 'result' }, candidate.status === 'MERGED' ? 'Merged into ' : 'Became ',
			factLink(kind, result)) : null,
		h('p', { class: 'decision-buttons' }, reopen,
			h('a', { class: 'graphiql-link', href: graphiqlUrl(CANDIDATE, { id: candidate.id }) }, 'GraphiQL')));
}
