// Maps the path below /explore to a view. A view registers a pattern such as 'actor/:id'
// ('' is the home view); parameters are decoded path segments, the query string is passed as is.

import { root } from './api.js';

const BASE = new URL('explore', root).pathname;

export class Router {
	constructor() {
		this.routes = [];
		this.fallback = null;
	}

	/** Registers a view { path, render(context) }; a view without a path answers unknown paths. */
	register(view) {
		if (view.path === undefined) {
			this.fallback = view;
			return this;
		}
		const names = [];
		const pattern = view.path.split('/').filter(Boolean).map((segment) => {
			if (segment.startsWith(':')) {
				names.push(segment.slice(1));
				return '([^/]+)';
			}
			return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		}).join('/');
		this.routes.push({ view, names, regex: new RegExp(`^${pattern}/?$`) });
		return this;
	}

	/** The view and parameters for a URL, or null when it is not an explorer URL. */
	match(url) {
		if (url.origin !== window.location.origin || !isExplorerPath(url.pathname)) {
			return null;
		}
		const rest = url.pathname.slice(BASE.length).replace(/^\/+/, '');
		for (const route of this.routes) {
			const found = route.regex.exec(rest);
			if (found) {
				const params = {};
				route.names.forEach((name, index) => {
					params[name] = safeDecode(found[index + 1]);
				});
				return { view: route.view, params, query: url.searchParams };
			}
		}
		return { view: this.fallback, params: { path: safeDecode(rest) }, query: url.searchParams };
	}
}

/** The URL path of a view: href('actor', 'actor:haluk-gorgun') → /explore/actor/actor:haluk-gorgun. */
export function href(...segments) {
	const last = segments[segments.length - 1];
	const query = last && typeof last === 'object' ? segments.pop() : null;
	const path = segments.filter((segment) => segment !== '' && segment !== undefined && segment !== null)
		.map((segment) => encodeURIComponent(segment).replace(/%3A/gi, ':'))
		.join('/');
	let url = path ? `${BASE}/${path}` : BASE;
	if (query) {
		const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== ''));
		if ([...search.keys()].length > 0) {
			url += `?${search}`;
		}
	}
	return url;
}

export function isExplorerPath(pathname) {
	return pathname === BASE || pathname.startsWith(`${BASE}/`);
}

function safeDecode(segment) {
	try {
		return decodeURIComponent(segment);
	}
	catch (error) {
		return segment;
	}
}
