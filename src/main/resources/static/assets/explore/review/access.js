// The review desk's editor token: asked for once, checked with the server, kept in this browser
// tab only (sessionStorage: gone when the tab closes, never in a cookie, a URL or localStorage),
// and sent as Authorization: Bearer with every request of the desk.

import { ApiError } from '../api.js';
import { h } from '../dom.js';
import { pageHeader } from '../view.js';

const KEY = 'diplograph.review.token';

/**
 * A mutation that cannot change anything (no candidate has this ID) but is authorized first:
 * NOT_FOUND means the token may decide candidates, UNAUTHORIZED or FORBIDDEN that it may not.
 */
const PROBE = `mutation CheckEditorToken {
  rejectCandidate(input: { id: "candidate:0000000000000000-visit-0" }) { candidate { id } }
}`;

/** Where to find a token, said wherever one is asked for. */
export const WHERE_TO_FIND = 'The local token is the one line of the file editor-token in the server\'s data directory '
	+ '(data/editor-token when it runs with the embedded database); a JWT with scope diplograph:edit works too.';

/** The token of this tab, or null. */
export function storedToken() {
	try {
		return window.sessionStorage.getItem(KEY);
	}
	catch (error) {
		// storage refused (a privacy setting): the desk then asks on every page
		return null;
	}
}

function storeToken(token) {
	try {
		window.sessionStorage.setItem(KEY, token);
		return true;
	}
	catch (error) {
		return false;
	}
}

/** Forgets the token of this tab. */
export function forgetToken() {
	try {
		window.sessionStorage.removeItem(KEY);
	}
	catch (error) {
		// nothing was stored
	}
}

/** Why a token was refused, as a user can act on it; null when the error is not about the token. */
export function tokenProblem(error) {
	if (!(error instanceof ApiError)) {
		return null;
	}
	if (error.classification === 'UNAUTHORIZED') {
		return `The server refused the token: ${error.message} Paste it again, whole. ${WHERE_TO_FIND}`;
	}
	if (error.classification === 'FORBIDDEN') {
		return `This token may read but not decide: ${error.message}`;
	}
	return null;
}

/**
 * The page that asks for the token: a password field, the check with the server, and on success
 * the view rendered again with the token stored. message says why it is asked (none, refused...).
 */
export function tokenForm(context, { title, message = null } = {}) {
	const input = h('input', { id: 'review-token', name: 'token', type: 'password', autocomplete: 'off',
		spellcheck: 'false', required: true, 'aria-describedby': 'review-token-help review-token-status' });
	const status = h('p', { id: 'review-token-status', class: 'message', role: 'status' });
	if (message) {
		status.className = 'message error';
		status.setAttribute('role', 'alert');
		status.textContent = message;
	}
	const button = h('button', { type: 'submit' }, 'Use this token');
	const form = h('form', { class: 'token-form panel', on: {
		async submit(event) {
			event.preventDefault();
			const token = input.value.trim();
			if (!token) {
				return;
			}
			button.disabled = true;
			input.setAttribute('aria-invalid', 'false');
			status.className = 'message loading';
			status.setAttribute('role', 'status');
			status.textContent = 'Checking the token with the server…';
			const refusal = await check(context, token);
			button.disabled = false;
			if (refusal) {
				status.className = 'message error';
				status.setAttribute('role', 'alert');
				status.textContent = refusal;
				input.setAttribute('aria-invalid', 'true');
				input.focus();
				input.select();
				return;
			}
			if (!storeToken(token)) {
				status.className = 'message error';
				status.textContent = 'This browser does not let the page keep the token (session storage is off); allow it for this site.';
				return;
			}
			context.navigate(window.location.href, { replace: true });
		},
	} },
	h('label', { for: 'review-token' }, 'Editor token'),
	h('div', { class: 'search-row' }, input, button),
	h('p', { id: 'review-token-help', class: 'hint' }, WHERE_TO_FIND,
		' It is kept in this browser tab only and sent to this server as the header Authorization: Bearer.'),
	status);
	return h('div', { class: 'review-access' },
		pageHeader({ eyebrow: 'Review desk', title: title || 'Review imported articles',
			subtitle: 'Accepting, merging and rejecting proposed facts changes the knowledge base, so the desk needs an editor token.' }),
		form);
}

/** null when the server accepts the token for decisions, else why not. */
async function check(context, token) {
	try {
		await context.graphql(PROBE, {}, { graphiql: false, token });
		return 'The server answered the check unexpectedly; try again.';
	}
	catch (error) {
		if (error.name === 'AbortError') {
			return 'The check was interrupted; try again.';
		}
		if (error instanceof ApiError && error.classification === 'NOT_FOUND') {
			return null;
		}
		return tokenProblem(error) || `The token could not be checked: ${error.message}`;
	}
}
