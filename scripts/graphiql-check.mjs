// Checks the GraphiQL page of a running Diplograph offline: opens BASE_URL/graphiql in headless
// Chromium (1280 px wide) with every request to another host aborted, waits for GraphiQL and its
// example tabs, checks that the tabs fit the width, opens the documentation explorer, runs the
// first example and waits for its result to contain EXPECTED, then saves a screenshot. Then it
// opens a shared link (/graphiql?query=...) and checks that the editor shows that query, and
// screenshots the front door (/) beside OUT_PNG as home.png. Exit status 0 when all of that
// worked, 1 otherwise.
//
// Usage: node scripts/graphiql-check.mjs [BASE_URL] [OUT_PNG] [EXPECTED]
//   defaults: http://localhost:8080, target/graphiql.png, Bangladesh
// Needs playwright-core and Chromium: see scripts/lib/offline-browser.mjs (scripts/graphiql-screenshot.sh
// --check installs playwright-core into $PLAYWRIGHT_CORE_DIR).

import fs from 'node:fs';
import path from 'node:path';
import { openOfflineBrowser } from './lib/offline-browser.mjs';

const baseUrl = (process.argv[2] || 'http://localhost:8080').replace(/\/+$/, '');
const out = process.argv[3] || 'target/graphiql.png';
const expected = process.argv[4] || 'Bangladesh';
const timeout = 30_000;

const session = await openOfflineBrowser(baseUrl);
const problems = [];
let failed = false;
let page;
try {
	page = await session.newPage({ width: 1280, height: 800 });
	page.setDefaultTimeout(timeout);

	const response = await page.goto(`${baseUrl}/graphiql`, { waitUntil: 'load' });
	if (!response || !response.ok()) {
		throw new Error(`GET ${baseUrl}/graphiql answered ${response ? response.status() : 'nothing'}`);
	}
	const contentType = response.headers()['content-type'] || '';
	if (!/^text\/html;\s*charset=utf-8$/i.test(contentType)) {
		problems.push(`unexpected content type "${contentType}"`);
	}

	await page.locator('.graphiql-container, .diplograph-error').first().waitFor();
	const loadError = page.locator('.diplograph-error');
	if (await loadError.count() > 0) {
		throw new Error(await loadError.innerText());
	}
	const tabs = await page.locator('.graphiql-tab').allInnerTexts();
	console.log(`tabs: ${tabs.map((tab) => tab.trim()).join(', ')}`);
	if (tabs.length < 2) {
		throw new Error('the example queries did not open as tabs');
	}
	const overflow = await page.locator('.graphiql-tabs').evaluate((tabs) => tabs.scrollWidth - tabs.clientWidth);
	if (overflow > 0) {
		problems.push(`the example tabs overflow their bar by ${overflow} px at 1280 px`);
	}
	const queryEditor = page.locator('.graphiql-query-editor .CodeMirror');
	await queryEditor.filter({ hasText: 'query Visits {' }).waitFor();

	// The documentation explorer, once the schema has been introspected.
	await page.getByRole('button', { name: /documentation explorer/i }).click();
	await page.locator('.graphiql-doc-explorer').filter({ hasText: 'Query' }).waitFor();
	const overflowWithDocs = await page.locator('.graphiql-tabs')
		.evaluate((tabs) => tabs.scrollWidth - tabs.clientWidth);
	if (overflowWithDocs > 0) {
		problems.push(`with the documentation open, the tabs overflow their bar by ${overflowWithDocs} px`);
	}

	await page.locator('.graphiql-execute-button').click();
	const result = await page.waitForFunction(() => {
		const editor = document.querySelector('.graphiql-response .CodeMirror');
		const value = editor && (editor.CodeMirror ? editor.CodeMirror.getValue() : editor.textContent);
		try {
			const json = JSON.parse(value);
			return json && ('data' in json || 'errors' in json) ? value : false;
		}
		catch (error) {
			return false;
		}
	}, null, { timeout }).then((handle) => handle.jsonValue());
	const json = JSON.parse(result);
	if (json.errors && json.errors.length > 0) {
		problems.push(`the query answered with errors: ${json.errors.map((error) => error.message).join(' | ')}`);
	}
	if (!result.includes(expected)) {
		problems.push(`the result does not contain "${expected}"`);
	}
	console.log(`result: ${result.length} characters`
		+ (json.data && json.data.visits ? `, visits.totalCount ${json.data.visits.totalCount}` : ''));

	fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
	await page.screenshot({ path: out });
	console.log(`screenshot: ${out}`);

	// A shared link opens its query, here in a new tab beside the ones this browser kept.
	const shared = '{ deal(id: "deal:tulpar-light-tanks") { title status } }';
	await page.goto(`${baseUrl}/graphiql?query=${encodeURIComponent(shared)}`, { waitUntil: 'load' });
	await queryEditor.filter({ hasText: 'deal:tulpar-light-tanks' }).waitFor();
	const editorText = await queryEditor.first().evaluate((editor) => editor.CodeMirror.getValue());
	if (editorText.trim() !== shared) {
		problems.push(`the shared link opened "${editorText.trim()}" instead of its query`);
	}
	console.log('shared link: opens its query');

	const home = await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
	if (!home || !home.ok()) {
		problems.push(`GET ${baseUrl}/ answered ${home ? home.status() : 'nothing'}`);
	}
	const homePng = path.join(path.dirname(out), 'home.png');
	await page.screenshot({ path: homePng, fullPage: true });
	console.log(`screenshot: ${homePng}`);
}
catch (error) {
	failed = true;
	console.error(`FAILED: ${error.message}`);
	if (page) {
		fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
		await page.screenshot({ path: out }).then(() => console.error(`screenshot of the failure: ${out}`), () => {});
	}
}
finally {
	await session.close();
}

if (session.blocked.length > 0) {
	problems.push(`the page tried to reach other hosts: ${session.blocked.join(', ')}`);
}
problems.push(...session.problems);
for (const problem of problems) {
	console.error(problem);
}
if (failed || problems.length > 0) {
	process.exit(1);
}
console.log(`OK: GraphiQL at ${baseUrl}/graphiql works offline`);
