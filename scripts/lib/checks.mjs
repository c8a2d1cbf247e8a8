// What the browser checks share: named checks on fresh pages (a failure is recorded with a
// screenshot, not thrown), assertions, the GraphQL API called directly to know what a page should
// show, and the closing report with the exit status.

import path from 'node:path';

/** Throws the message unless the condition holds. */
export function expect(condition, message) {
	if (!condition) {
		throw new Error(message);
	}
}

/** A function that runs a GraphQL document against the server (with a bearer token if given) and resolves to its data. */
export function graphqlAt(baseUrl) {
	return async function api(query, variables = {}, token = null) {
		const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
		if (token) {
			headers.Authorization = `Bearer ${token}`;
		}
		const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
		const body = await response.json();
		if (body.errors) {
			throw new Error(`API: ${body.errors.map((error) => error.message).join(' ')}`);
		}
		return body.data;
	};
}

/**
 * The checks of one run on the browser session: check(name, viewport, body) runs body(page) on a
 * fresh page and prints "ok   name (ms): detail" or "FAIL name: message"; finish(label) closes
 * the session, prints what left the machine and the page problems, and returns the exit status.
 */
export function checkRun(session, outDir) {
	const results = [];
	const started = Date.now();
	return {
		async check(name, viewport, body) {
			const page = await session.newPage(viewport);
			const begun = Date.now();
			try {
				const detail = await body(page);
				results.push({ name, ok: true, detail });
				console.log(`ok   ${name} (${Date.now() - begun} ms)${detail ? `: ${detail}` : ''}`);
			}
			catch (error) {
				results.push({ name, ok: false, detail: error.message });
				console.log(`FAIL ${name}: ${error.message.split('\n')[0]}`);
				await page.screenshot({ path: path.join(outDir, `failed-${name}.png`), fullPage: true }).catch(() => {});
			}
			finally {
				await page.close();
			}
		},
		async finish(label, what) {
			await session.close();
			const failed = results.filter((result) => !result.ok);
			if (session.blocked.length > 0) {
				console.log(`FAIL offline: ${what} tried to reach other hosts: ${[...new Set(session.blocked)].join(', ')}`);
			}
			for (const problem of [...new Set(session.problems)]) {
				console.log(`FAIL page: ${problem}`);
			}
			const ok = failed.length === 0 && session.blocked.length === 0 && session.problems.length === 0;
			console.log(`${label}: ${results.length - failed.length} of ${results.length} checks ok, `
				+ `${session.blocked.length} requests to other hosts, ${new Set(session.problems).size} page problems, `
				+ `${Date.now() - started} ms; screenshots in ${outDir}`);
			return ok ? 0 : 1;
		},
	};
}
