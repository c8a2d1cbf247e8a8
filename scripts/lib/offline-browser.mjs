// Headless Chromium for the browser checks, offline: every request to a host other than the
// application's is aborted and recorded, page errors, console errors and failed responses are
// collected, and (optionally) the page gets a strict Content-Security-Policy, so a check fails
// when the page needs the internet or inline script.
//
// playwright-core (no bundled browser) is loaded from $PLAYWRIGHT_CORE_DIR/node_modules when set,
// else the usual way; the browser is $CHROMIUM, default /usr/bin/chromium.

import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(process.env.PLAYWRIGHT_CORE_DIR
	? path.join(path.resolve(process.env.PLAYWRIGHT_CORE_DIR), 'index.js')
	: import.meta.url);
const { chromium } = require('playwright-core');

/** What the security headers are expected to allow: same-origin scripts, styles, fonts, images, connections. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
	+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/**
 * Launches Chromium; returns { browser, newPage(viewport), blocked, problems, close() }. Pages
 * record page errors, console errors and 4xx/5xx responses into problems; expectedStatus(url, status)
 * may excuse a response.
 */
export async function openOfflineBrowser(baseUrl, { csp = null, expectedStatus = () => false } = {}) {
	const appHost = new URL(baseUrl).hostname;
	const localHosts = new Set([appHost, 'localhost', '127.0.0.1', '[::1]']);
	const blocked = [];
	const problems = [];
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
	});
	const contexts = [];

	async function newPage(viewport = { width: 1280, height: 800 }) {
		const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
		contexts.push(context);
		await context.route('**/*', async (route) => {
			const request = route.request();
			const url = new URL(request.url());
			if (url.protocol === 'data:' || url.protocol === 'blob:') {
				return route.continue();
			}
			if (!localHosts.has(url.hostname)) {
				blocked.push(url.href);
				return route.abort('internetdisconnected');
			}
			if (csp && request.resourceType() === 'document') {
				const response = await route.fetch();
				return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
			}
			return route.continue();
		});
		const page = await context.newPage();
		page.setDefaultTimeout(20_000);
		page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
				problems.push(`console error on ${page.url()}: ${message.text()}`);
			}
		});
		page.on('response', (response) => {
			if (response.status() >= 400 && !expectedStatus(response.url(), response.status())) {
				problems.push(`HTTP ${response.status()} for ${response.url()}`);
			}
		});
		return page;
	}

	return {
		browser,
		newPage,
		blocked,
		problems,
		async close() {
			for (const context of contexts) {
				await context.close().catch(() => {});
			}
			await browser.close();
		},
	};
}
