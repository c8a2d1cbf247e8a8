// What the review desk's pages share: requests sent with the tab's token (a refused token brings
// back the form that asks for it, saying why), the bar with "Forget the token", and the result of
// an import carried to the article's page.

import { ApiError } from '../api.js';
import { h } from '../dom.js';
import { href } from '../router.js';
import { forgetToken, storedToken, tokenForm, tokenProblem } from './access.js';

let refusal = null;
let lastImport = null;

/** Thrown when the server refused the tab's token: the view answers with the token form instead. */
export class TokenRefused extends Error {
	constructor(message) {
		super(message);
		this.name = 'TokenRefused';
	}
}

/** Runs a request with the tab's token; a refused token is forgotten and thrown as TokenRefused. */
export async function withToken(context, document, variables = {}, { graphiql = true } = {}) {
	try {
		return await context.graphql(document, variables, { graphiql, token: storedToken() });
	}
	catch (error) {
		if (error instanceof ApiError && error.classification === 'UNAUTHORIZED') {
			forgetToken();
			throw new TokenRefused(tokenProblem(error));
		}
		throw error;
	}
}

/**
 * Renders a desk page: the token form when the tab has no token (or the server refused it),
 * else what build() makes.
 */
export async function deskPage(context, title, build) {
	if (!storedToken()) {
		const message = refusal;
		refusal = null;
		return tokenForm(context, { title, message });
	}
	try {
		return await build();
	}
	catch (error) {
		if (error instanceof TokenRefused) {
			return tokenForm(context, { title, message: error.message });
		}
		throw error;
	}
}

/** After a refused write: the page again, asking for the token and saying why. */
export function askForTokenAgain(context, message) {
	forgetToken();
	refusal = message;
	context.navigate(window.location.href, { replace: true });
}

/** The line under a desk page's header: the token is kept here, forget it, the queue. */
export function deskBar(context, { queueLink = true } = {}) {
	return h('div', { class: 'desk-bar' },
		h('span', {}, 'Editor token kept in this tab.'),
		h('button', { type: 'button', class: 'secondary small', on: { click() {
			forgetToken();
			context.navigate(window.location.href, { replace: true });
		} } }, 'Forget the token'),
		queueLink ? h('a', { href: href('review') }, 'All articles waiting for review') : null);
}

/** Keeps what an import answered, for the page of its article to say. */
export function rememberImport(payload) {
	lastImport = payload;
}

/** What the last import of this article answered, once. */
export function takeImport(articleId) {
	const payload = lastImport && lastImport.article.id === articleId ? lastImport : null;
	lastImport = null;
	return payload;
}
