// The GraphQL client of the explorer: POST /graphql of the application that served the page,
// errors turned into ApiError with the server's message, and links to the same query in GraphiQL.

/** The application's root URL (context path included), found from where this module was loaded. */
export const root = new URL('../../', import.meta.url);

const SCALARS = new Set(['ID', 'String', 'Int', 'Float', 'Boolean']);

/** A GraphQL or HTTP error, with the classification the server gave (NOT_FOUND, BAD_REQUEST...). */
export class ApiError extends Error {
	constructor(message, { classification = null, status = null, errors = [] } = {}) {
		super(message);
		this.name = 'ApiError';
		this.classification = classification;
		this.status = status;
		this.errors = errors;
	}
}

/**
 * Runs a query and resolves to its data; rejects with an ApiError when the answer has errors. A
 * token (the review desk's) goes as the header Authorization: Bearer, never in the URL.
 */
export async function graphql(document, variables = {}, { signal, token } = {}) {
	const headers = {
		'Content-Type': 'application/json',
		Accept: 'application/graphql-response+json, application/json',
	};
	if (token) {
		headers.Authorization = `Bearer ${token}`;
	}
	let response;
	try {
		response = await fetch(new URL('graphql', root), {
			method: 'POST',
			headers,
			body: JSON.stringify({ query: document, variables }),
			signal,
		});
	}
	catch (error) {
		if (error.name === 'AbortError') {
			throw error;
		}
		throw new ApiError('The server could not be reached. Is it running?', { classification: 'UNAVAILABLE' });
	}
	let body;
	try {
		body = await response.json();
	}
	catch (error) {
		if (error.name === 'AbortError') {
			throw error;
		}
		throw new ApiError(`The server answered ${response.status} ${response.statusText} without a GraphQL result.`,
			{ status: response.status });
	}
	if (Array.isArray(body.errors) && body.errors.length > 0) {
		const messages = [...new Set(body.errors.map((error) => error.message))];
		const classification = body.errors.map((error) => error.extensions && error.extensions.classification)
			.find(Boolean) || null;
		throw new ApiError(messages.join(' '), { classification, status: response.status, errors: body.errors });
	}
	if (!response.ok || !body.data) {
		throw new ApiError(`The server answered ${response.status} ${response.statusText}.`, { status: response.status });
	}
	return body.data;
}

/** The link that opens this query in GraphiQL, its variables written into the document as literals. */
export function graphiqlUrl(document, variables = {}) {
	const url = new URL('graphiql', root);
	url.searchParams.set('query', inlineVariables(document, variables));
	return url.pathname + url.search;
}

/**
 * The document with its variable definitions removed and each $variable replaced by its value,
 * so that it runs as it is. Enum-typed variables become bare enum values.
 */
export function inlineVariables(document, variables = {}) {
	const header = /^(\s*(?:query|mutation|subscription)\b[^({]*)\(([^)]*)\)/.exec(document);
	if (!header) {
		return document;
	}
	const definitions = new Map();
	for (const match of header[2].matchAll(/\$(\w+)\s*:\s*([[\]\w!]+)(?:\s*=\s*([^,$)]+))?/g)) {
		definitions.set(match[1], { type: match[2].replace(/[[\]!]/g, ''), fallback: match[3] && match[3].trim() });
	}
	const body = document.slice(header[0].length);
	const inlined = body.replace(/\$(\w+)/g, (whole, name) => {
		const definition = definitions.get(name);
		if (!definition) {
			return whole;
		}
		const value = variables[name];
		if (value === undefined) {
			return definition.fallback || 'null';
		}
		return literal(value, definition.type);
	});
	return header[1].replace(/\s+$/, '') + ' ' + inlined.replace(/^\s+/, '');
}

function literal(value, type) {
	if (value === null) {
		return 'null';
	}
	if (Array.isArray(value)) {
		return `[${value.map((item) => literal(item, type)).join(', ')}]`;
	}
	if (typeof value === 'string') {
		return SCALARS.has(type) || !/^[_A-Za-z]\w*$/.test(value) ? JSON.stringify(value) : value;
	}
	if (typeof value === 'object') {
		return `{${Object.entries(value).map(([key, item]) => `${key}: ${literal(item, 'String')}`).join(', ')}}`;
	}
	return String(value);
}
