// The explorer's shell: routes the URL to a view, runs the view's queries with a progress bar,
// shows errors as messages, keeps the GraphiQL link on the current query, and follows links and
// the back button without reloading the page.

import { ApiError, graphql, graphiqlUrl } from './api.js';
import { h, replace } from './dom.js';
import { Router, href } from './router.js';
import { NotFound } from './view.js';
import { VIEWS } from './views/index.js';

const router = new Router();
VIEWS.forEach((view) => router.register(view));

const main = document.getElementById('main');
const progress = document.getElementById('progress');
const headerSearch = document.querySelector('.header-search');
let current = null;
let pending = 0;

function track(promise) {
	pending++;
	progress.hidden = false;
	main.setAttribute('aria-busy', 'true');
	return promise.finally(() => {
		pending--;
		if (pending === 0) {
			progress.hidden = true;
			main.removeAttribute('aria-busy');
		}
	});
}

async function render(url, { focus = true } = {}) {
	if (current) {
		current.controller.abort();
		current.disposers.forEach((dispose) => dispose());
	}
	const match = router.match(url);
	const controller = new AbortController();
	const state = { controller, disposers: [], graphiql: null };
	current = state;
	const tools = h('p', { class: 'view-tools' });
	const context = {
		params: match.params,
		query: match.query,
		signal: controller.signal,
		/**
		 * Runs a query for this view; the view's GraphiQL link shows the last one run with graphiql: true
		 * (never a token: GraphiQL's Headers tab takes it).
		 */
		graphql(document, variables = {}, { graphiql = true, token = null } = {}) {
			if (graphiql) {
				context.graphiql(document, variables);
			}
			return track(graphql(document, variables, { signal: controller.signal, token }));
		},
		graphiql(document, variables = {}) {
			replace(tools, h('a', { href: graphiqlUrl(document, variables), class: 'graphiql-link' }, 'Open this query in GraphiQL'));
		},
		onDispose(dispose) {
			state.disposers.push(dispose);
		},
		/** Rewrites the query string without rendering again (a view's controls changed). */
		replaceQuery(values) {
			const next = new URL(window.location.href);
			for (const [key, value] of Object.entries(values)) {
				if (value === null || value === undefined || value === '') {
					next.searchParams.delete(key);
				}
				else {
					next.searchParams.set(key, value);
				}
			}
			window.history.replaceState(null, '', next);
		},
		navigate,
		setTitle(title) {
			document.title = `${title} · Diplograph explorer`;
		},
	};
	document.body.dataset.view = match.view.name;
	context.setTitle(match.view.title || 'Diplograph');
	replace(main, h('p', { class: 'message loading' }, 'Loading…'));
	try {
		const content = await track(Promise.resolve().then(() => match.view.render(context)));
		if (controller.signal.aborted) {
			return;
		}
		replace(main, tools, content);
	}
	catch (error) {
		if (controller.signal.aborted || error.name === 'AbortError') {
			return;
		}
		replace(main, tools, errorPanel(error));
		context.setTitle(error instanceof NotFound ? 'Not found' : 'Error');
	}
	if (focus) {
		const heading = main.querySelector('h1');
		if (heading) {
			heading.tabIndex = -1;
			heading.focus({ preventScroll: true });
		}
		window.scrollTo(0, 0);
	}
}

function errorPanel(error) {
	let title = 'Something went wrong';
	let detail = error.message || String(error);
	if (error instanceof NotFound) {
		title = 'Not found';
	}
	else if (error instanceof ApiError) {
		title = {
			BAD_REQUEST: 'The request was refused',
			NOT_FOUND: 'Not found',
			UNAUTHORIZED: 'A token is needed',
			FORBIDDEN: 'Not allowed',
			CONFLICT: 'Someone else changed it first',
			UNAVAILABLE: 'The server is unavailable',
		}[error.classification] || 'The server answered with an error';
	}
	else {
		detail = `The page failed: ${detail}`;
	}
	return h('div', { class: 'error-panel', role: 'alert' },
		h('h1', {}, title),
		h('p', { class: 'error-message' }, detail),
		error.classification ? h('p', { class: 'detail' }, `Error classification: ${error.classification}`) : null,
		h('p', {}, h('a', { href: href() }, 'Back to the explorer'), ' · ',
			h('a', { href: window.location.href }, 'Try again')));
}

/** Shows another view, adding a history entry unless replace is set. */
export function navigate(target, { replace: replaceEntry = false } = {}) {
	const url = new URL(target, window.location.href);
	if (!router.match(url)) {
		window.location.assign(url);
		return;
	}
	if (replaceEntry) {
		window.history.replaceState(null, '', url);
	}
	else {
		window.history.pushState(null, '', url);
	}
	render(url);
}

document.addEventListener('click', (event) => {
	if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
		return;
	}
	const link = event.target.closest('a[href]');
	if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) {
		return;
	}
	const url = new URL(link.href, window.location.href);
	if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) {
		return;
	}
	if (router.match(url)) {
		event.preventDefault();
		navigate(url);
	}
});

headerSearch.addEventListener('submit', (event) => {
	event.preventDefault();
	const words = new FormData(headerSearch).get('q').trim();
	navigate(href(words ? { q: words } : null));
});

window.addEventListener('popstate', () => render(new URL(window.location.href)));

render(new URL(window.location.href), { focus: false });
