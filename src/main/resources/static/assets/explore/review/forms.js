// The decision forms of a candidate card: accept with edits, merge into a similar fact (or one
// typed in), reject with a note. Each is a <form> that Enter submits and Escape closes; submit()
// is the card's, and resolves to an error message to show in the form, or null when it is done.

import { h } from '../dom.js';
import { enumLabel, fold } from '../format.js';
import { href } from '../router.js';
import { kindOf } from './kinds.js';

/** The values of the enums the edit forms offer, as in the schema. */
const ENUMS = {
	VisitStatus: ['COMPLETED', 'PLANNED'],
	DealKind: ['PROCUREMENT', 'FRAMEWORK_AGREEMENT', 'MOU', 'JOINT_PRODUCTION', 'TECHNOLOGY_TRANSFER', 'TRAINING', 'OTHER'],
	DealStatus: ['INTEREST', 'UNDER_CONSIDERATION', 'OFFERED', 'NEGOTIATING', 'PLANNED', 'SIGNED', 'DELIVERED'],
	ActorKind: ['PERSON', 'ORGANIZATION', 'COUNTRY'],
	EngagementKind: ['MEETING', 'PHONE_CALL', 'SUMMIT', 'JOINT_EXERCISE', 'CONSULTATIONS', 'MESSAGE', 'OTHER'],
};

const name = (actor) => (actor ? actor.name : '');
const names = (actors) => (actors || []).map(name);
const pendingNames = (actors) => (actors || []).filter((actor) => actor.status === 'PENDING').map(name);

/**
 * The editable fields of each kind of candidate, under the names of VisitInput, DealInput,
 * EngagementInput and ActorInput: type ref takes one actor reference (an ID or a name), refs several separated by
 * semicolons, list several texts.
 */
const EDITABLE = {
	visit: [
		{ field: 'summary', label: 'Summary', type: 'text', wide: true, value: (candidate) => candidate.summary },
		{ field: 'visitors', label: 'Visitors', type: 'refs', value: (candidate) => [...names(candidate.visitors), ...pendingNames(candidate.newVisitors)] },
		{ field: 'fromCountry', label: 'From (country)', type: 'ref', value: (candidate) => name(candidate.fromCountry) },
		{ field: 'hostCountry', label: 'To (country)', type: 'ref', value: (candidate) => name(candidate.hostCountry) },
		{ field: 'place', label: 'Place', type: 'text', value: (candidate) => candidate.place },
		{ field: 'date', label: 'Date', type: 'date', value: (candidate) => candidate.date && candidate.date.iso },
		{ field: 'status', label: 'Status', type: 'enum', values: ENUMS.VisitStatus, value: (candidate) => candidate.visitStatus },
		{ field: 'durationDays', label: 'Days', type: 'int', value: (candidate) => candidate.durationDays },
		{ field: 'metWith', label: 'Met', type: 'refs', value: (candidate) => names(candidate.metWith) },
		{ field: 'purpose', label: 'Purpose', type: 'text', wide: true, value: (candidate) => candidate.purpose },
	],
	deal: [
		{ field: 'title', label: 'Title', type: 'text', wide: true, value: (candidate) => candidate.title },
		{ field: 'kind', label: 'Kind', type: 'enum', values: ENUMS.DealKind, value: (candidate) => candidate.dealKind },
		{ field: 'status', label: 'Status', type: 'enum', values: ENUMS.DealStatus, value: (candidate) => candidate.dealStatus },
		{ field: 'date', label: 'Date', type: 'date', value: (candidate) => candidate.date && candidate.date.iso },
		{ field: 'buyer', label: 'Buyer (country)', type: 'ref', value: (candidate) => name(candidate.buyer) },
		{ field: 'supplier', label: 'Supplier (country)', type: 'ref', value: (candidate) => name(candidate.supplier) },
		{ field: 'parties', label: 'Parties', type: 'refs', value: (candidate) => names(candidate.parties) },
		{ field: 'items', label: 'Items', type: 'items', value: (candidate) => candidate.items },
	],
	engagement: [
		{ field: 'summary', label: 'Summary', type: 'text', wide: true, value: (candidate) => candidate.summary },
		{ field: 'kind', label: 'Kind', type: 'enum', values: ENUMS.EngagementKind, value: (candidate) => candidate.engagementKind },
		{ field: 'status', label: 'Status', type: 'enum', values: ENUMS.VisitStatus, value: (candidate) => candidate.engagementStatus },
		{ field: 'countries', label: 'Countries', type: 'refs', value: (candidate) => names(candidate.countries) },
		{ field: 'participants', label: 'Taking part', type: 'refs', value: (candidate) => names(candidate.participants) },
		{ field: 'hostCountry', label: 'Held in (country)', type: 'ref', value: (candidate) => name(candidate.hostCountry) },
		{ field: 'place', label: 'Place', type: 'text', value: (candidate) => candidate.place },
		{ field: 'date', label: 'Date', type: 'date', value: (candidate) => candidate.date && candidate.date.iso },
		{ field: 'occasion', label: 'Occasion', type: 'text', value: (candidate) => candidate.occasion },
	],
	actor: [
		{ field: 'name', label: 'Name', type: 'text', wide: true, value: (candidate) => candidate.name },
		{ field: 'kind', label: 'Kind', type: 'enum', values: ENUMS.ActorKind, value: (candidate) => candidate.actorKind },
		{ field: 'country', label: 'Country', type: 'ref', value: (candidate) => name(candidate.country) },
		{ field: 'code', label: 'Code (a country\'s)', type: 'text', value: (candidate) => candidate.code },
		{ field: 'aliases', label: 'Other names', type: 'list', value: () => [] },
		{ field: 'description', label: 'Description', type: 'text', wide: true, value: () => '' },
	],
};

/** The form that accepts a candidate with corrections; only the fields changed are sent as edits. */
export function editForm(candidate, index, { submit, close }) {
	const kind = kindOf(candidate);
	const specs = EDITABLE[kind.edits] || [];
	const refs = referenceIds(candidate);
	const prefix = `edit-${index}`;
	const controls = specs.map((spec) => control(spec, candidate, `${prefix}-${spec.field}`));
	const note = h('input', { id: `${prefix}-note`, name: 'note', maxlength: '1000', autocomplete: 'off' });
	const form = decisionForm({
		className: 'edit-form',
		legend: `Accept this ${kind.label.toLowerCase()} with changes`,
		hint: 'Change what the article does not say right. Actors by name or ID (actor:…), several separated by “;”; '
			+ 'dates as 2026, 2026-03 or 2026-03-10. A field left as it is keeps the proposed value.',
		body: [h('div', { class: 'edit-grid' }, controls.map((item) => item.element)),
			h('label', { for: `${prefix}-note` }, 'Note for the history (optional)'), note],
		action: 'Accept with these changes',
		busyLabel: 'Accepting…',
		close,
		async onSubmit() {
			const changes = {};
			for (const item of controls) {
				const read = item.read(refs);
				if (read.error) {
					return read.error;
				}
				if (read.changed) {
					changes[item.spec.field] = read.value;
				}
			}
			const edits = Object.keys(changes).length > 0 ? { [kind.edits]: changes } : null;
			return submit({ edits, note: note.value.trim() || null });
		},
	});
	return form;
}

/** The form that merges a candidate into one of its similar facts, or into one given by ID. */
export function mergeForm(candidate, index, { submit, close }) {
	const kind = kindOf(candidate);
	const similar = kind.similar(candidate);
	const group = `merge-${index}-into`;
	const other = h('input', { id: `merge-${index}-other`, name: 'other', autocomplete: 'off', spellcheck: 'false',
		placeholder: `${kind.route || 'visit'}:…` });
	const choices = similar.map((fact, position) => {
		const radio = h('input', { type: 'radio', name: group, id: `${group}-${position}`, value: fact.id, checked: position === 0 });
		return h('div', { class: 'choice' }, radio,
			h('label', { for: `${group}-${position}` }, kind.factTitle(fact), h('span', { class: 'detail' }, kind.factDetail(fact))),
			kind.route ? h('a', { class: 'detail', href: href(kind.route, fact.id), target: '_blank' }, 'open in a new tab') : null);
	});
	const typed = h('input', { type: 'radio', name: group, id: `${group}-typed`, value: '', checked: similar.length === 0 });
	other.addEventListener('input', () => {
		typed.checked = true;
	});
	const note = h('input', { id: `merge-${index}-note`, name: 'note', maxlength: '1000', autocomplete: 'off' });
	return decisionForm({
		className: 'merge-form',
		legend: `Merge into an existing ${kind.label.toLowerCase()}`,
		hint: `The candidate's evidence becomes another source of the ${kind.label.toLowerCase()} chosen; nothing else of it changes.`,
		body: [
			h('div', { class: 'choices', role: 'radiogroup', 'aria-label': 'Merge into' },
				choices.length > 0 ? choices : h('p', { class: 'empty' }, `No similar ${kind.label.toLowerCase()} was found; give its ID.`),
				h('div', { class: 'choice' }, typed, h('label', { for: `${group}-typed` }, 'Another, by ID: '), other)),
			h('label', { for: `merge-${index}-note` }, 'Note for the history (optional)'), note,
		],
		action: 'Merge',
		busyLabel: 'Merging…',
		close,
		async onSubmit(form) {
			const chosen = form.querySelector(`input[name="${group}"]:checked`);
			const into = chosen && chosen.value ? chosen.value : other.value.trim();
			if (!into) {
				other.focus();
				return `Choose a ${kind.label.toLowerCase()} to merge into, or type its ID.`;
			}
			return submit({ into, note: note.value.trim() || null });
		},
	});
}

/** The form that rejects a candidate, with a note saying why. */
export function rejectForm(candidate, index, { submit, close }) {
	const note = h('input', { id: `reject-${index}-note`, name: 'note', maxlength: '1000', autocomplete: 'off',
		placeholder: 'e.g. a phone call, not a visit' });
	return decisionForm({
		className: 'reject-form',
		legend: 'Reject',
		hint: 'The candidate is kept as rejected and not proposed again when the same text is imported.',
		body: [h('label', { for: `reject-${index}-note` }, 'Why (optional, kept in the history)'), note],
		action: 'Reject',
		busyLabel: 'Rejecting…',
		danger: true,
		close,
		onSubmit: () => submit({ note: note.value.trim() || null }),
	});
}

/** A form with a legend, a hint, its fields, Submit and Cancel; Escape cancels, errors show in it. */
function decisionForm({ className, legend, hint, body, action, busyLabel, danger = false, close, onSubmit }) {
	const error = h('p', { class: 'message error form-error', role: 'alert', hidden: true });
	const button = h('button', { type: 'submit', class: danger ? 'danger' : null }, action);
	const cancel = h('button', { type: 'button', class: 'secondary', on: { click: () => close() } }, 'Cancel');
	const form = h('form', { class: ['decision-form', className], novalidate: true, on: {
		async submit(event) {
			event.preventDefault();
			if (button.disabled) {
				return;
			}
			error.hidden = true;
			button.disabled = true;
			button.textContent = busyLabel;
			form.setAttribute('aria-busy', 'true');
			const problem = await onSubmit(form);
			if (!form.isConnected) {
				return;
			}
			button.disabled = false;
			button.textContent = action;
			form.removeAttribute('aria-busy');
			if (problem) {
				error.textContent = problem;
				error.hidden = false;
			}
		},
		keydown(event) {
			if (event.key === 'Escape') {
				event.preventDefault();
				event.stopPropagation();
				close();
			}
		},
	} },
	h('fieldset', {},
		h('legend', {}, legend),
		hint ? h('p', { class: 'hint' }, hint) : null,
		body,
		error,
		h('div', { class: 'form-buttons' }, button, cancel)));
	return form;
}

/** One field of the edit form: its element, and read(refs) → { changed, value } or { error }. */
function control(spec, candidate, id) {
	const initial = spec.value(candidate);
	if (spec.type === 'items') {
		return itemsControl(spec, initial || [], id);
	}
	let input;
	if (spec.type === 'enum') {
		input = h('select', { id, name: spec.field },
			h('option', { value: '' }, '—'),
			spec.values.map((value) => h('option', { value, selected: value === initial }, enumLabel(value))));
	}
	else {
		const text = Array.isArray(initial) ? initial.join('; ') : (initial ?? '');
		input = h('input', { id, name: spec.field, value: String(text), autocomplete: 'off',
			type: spec.type === 'int' ? 'number' : null, min: spec.type === 'int' ? '1' : null,
			inputmode: spec.type === 'int' ? 'numeric' : null,
			placeholder: { date: '2026-03-10', ref: 'a name or ID', refs: 'names or IDs; separated by ;' }[spec.type] || null });
	}
	const start = input.value;
	const element = h('div', { class: ['edit-field', `edit-${spec.field}`, spec.wide || spec.type === 'refs' ? 'wide' : null] },
		h('label', { for: id }, spec.label), input);
	return {
		spec,
		element,
		read(refs) {
			if (input.value === start) {
				return { changed: false };
			}
			const text = input.value.trim();
			switch (spec.type) {
				case 'int': {
					if (text === '') {
						return { changed: true, value: null };
					}
					const number = Number(text);
					if (!Number.isInteger(number)) {
						input.focus();
						return { error: `${spec.label} must be a whole number.` };
					}
					return { changed: true, value: number };
				}
				case 'ref':
					return { changed: true, value: text === '' ? null : resolve(text, refs) };
				case 'refs':
					return { changed: true, value: split(text).map((part) => resolve(part, refs)) };
				case 'list':
					return { changed: true, value: split(text) };
				default:
					return { changed: true, value: text === '' ? null : text };
			}
		},
	};
}

/** The items of a deal: a row per item, rows added and removed; sent whole when anything changed. */
function itemsControl(spec, items, id) {
	const rows = h('div', { class: 'item-rows' });
	let count = 0;
	const addRow = (item = {}) => {
		const number = count++;
		const cell = (field, label, value, type) => {
			const cellId = `${id}-${number}-${field}`;
			return h('div', { class: ['item-cell', `item-${field}`] }, h('label', { for: cellId }, label),
				h('input', { id: cellId, name: field, value: value ?? '', autocomplete: 'off', type: type || null,
					min: type === 'number' ? '0' : null }));
		};
		const row = h('div', { class: 'item-row', role: 'group', 'aria-label': `Item ${number + 1}` },
			cell('system', 'System', item.system),
			cell('category', 'Category', item.category),
			cell('quantity', 'Quantity', item.quantity, 'number'),
			cell('plannedQuantity', 'Planned', item.plannedQuantity, 'number'),
			cell('manufacturer', 'Made by', item.manufacturer ? item.manufacturer.name : ''),
			h('button', { type: 'button', class: 'link-button', on: { click: () => row.remove() } }, 'Remove'));
		rows.append(row);
		return row;
	};
	items.forEach((item) => addRow(item));
	const snapshot = () => JSON.stringify([...rows.querySelectorAll('input')].map((input) => input.value));
	const start = snapshot();
	const element = h('fieldset', { class: 'edit-field edit-items wide', id },
		h('legend', {}, spec.label), rows,
		h('button', { type: 'button', class: 'link-button', on: { click: () => addRow().querySelector('input').focus() } }, 'Add an item'));
	return {
		spec,
		element,
		read(refs) {
			if (snapshot() === start) {
				return { changed: false };
			}
			const value = [];
			for (const row of rows.querySelectorAll('.item-row')) {
				const field = (nameOf) => row.querySelector(`input[name="${nameOf}"]`).value.trim();
				if (!field('system')) {
					continue;
				}
				const quantities = {};
				for (const key of ['quantity', 'plannedQuantity']) {
					const text = field(key);
					if (text !== '' && !Number.isInteger(Number(text))) {
						return { error: `The ${key === 'quantity' ? 'quantity' : 'planned quantity'} of ${field('system')} must be a whole number.` };
					}
					quantities[key] = text === '' ? null : Number(text);
				}
				value.push({ system: field('system'), category: field('category') || null, ...quantities,
					manufacturer: field('manufacturer') ? resolve(field('manufacturer'), refs) : null });
			}
			return { changed: true, value };
		},
	};
}

function split(text) {
	return text.split(';').map((part) => part.trim()).filter(Boolean);
}

/** A name shown in the form back to the ID it stands for; anything else goes as typed (a name or an ID). */
function resolve(text, refs) {
	return refs.get(fold(text)) || text;
}

/** Folded names of every actor the candidate refers to, known or proposed, with their IDs. */
function referenceIds(candidate) {
	const refs = new Map();
	const add = (actor) => {
		if (actor && actor.name && actor.id) {
			refs.set(fold(actor.name), actor.id);
		}
	};
	for (const value of Object.values(candidate)) {
		if (Array.isArray(value)) {
			value.forEach((item) => {
				add(item && item.id && item.id.startsWith('actor:') ? item : null);
				if (item && item.manufacturer) {
					add(item.manufacturer);
				}
			});
		}
		else if (value && typeof value === 'object' && typeof value.id === 'string' && value.id.startsWith('actor:')) {
			add(value);
		}
	}
	// proposed actors stand for their candidate, which accepting creates
	[...(candidate.newActors || []), ...(candidate.newVisitors || [])]
		.filter((actor) => actor.status === 'PENDING').forEach(add);
	return refs;
}
