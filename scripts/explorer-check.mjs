// Checks the explorer of a running Diplograph offline, view by view, as a user would: opens each
// view in headless Chromium (every other host blocked, a strict Content-Security-Policy added),
// types and clicks, and compares what it shows with what the API answers. Saves a screenshot of
// each view at 1280×800 and at phone size. Exit status 0 when every check passed, 1 otherwise.
//
// Usage: node scripts/explorer-check.mjs [BASE_URL] [OUT_DIR] [DOCS_DIR]
//   defaults: http://localhost:8080, target/explorer; with DOCS_DIR, also writes the small
//   viewport screenshots the README shows (docs/explorer-*.png).
// Needs playwright-core (see scripts/lib/offline-browser.mjs) and Chromium at $CHROMIUM or /usr/bin/chromium.

import fs from 'node:fs';
import path from 'node:path';
import { checkRun, expect, graphqlAt } from './lib/checks.mjs';
import { openOfflineBrowser, STRICT_CSP } from './lib/offline-browser.mjs';

const baseUrl = (process.argv[2] || 'http://localhost:8080').replace(/\/+$/, '');
const outDir = process.argv[3] || 'target/explorer';
const docsDir = process.argv[4] || null;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const DOCS = { width: 1024, height: 640 };
const GORGUN = 'actor:haluk-gorgun';
const BANGLADESH = 'actor:country-bd';
const TURKIYE = 'actor:country-tr';
const GORGUN_VISIT = 'visit:2025-07-haluk-gorgun-dhaka';
const CAIRO_MEETING = 'engagement:2024-bangladesh-pakistan-leaders-cairo';
const BORAN = 'deal:boran-howitzers';

fs.mkdirSync(outDir, { recursive: true });
if (docsDir) {
	fs.mkdirSync(docsDir, { recursive: true });
}

const session = await openOfflineBrowser(baseUrl, {
	csp: STRICT_CSP,
	// the views that show errors ask for what does not exist on purpose
	expectedStatus: (url, status) => status === 400 && url.endsWith('/graphql'),
});
const { check, finish } = checkRun(session, outDir);
const api = graphqlAt(baseUrl);

async function shoot(page, name, { docs = false, from = null } = {}) {
	await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
	if (docs && docsDir) {
		// smaller than the check's viewport, so that each committed picture stays small
		const viewport = page.viewportSize();
		await page.setViewportSize(DOCS);
		await page.waitForTimeout(300);
		await page.evaluate((selector) => {
			const element = selector && document.querySelector(selector);
			window.scrollTo(0, element ? element.getBoundingClientRect().top + window.scrollY - 8 : 0);
		}, from);
		await page.waitForTimeout(100);
		await page.screenshot({ path: path.join(docsDir, `explorer-${name}.png`) });
		await page.setViewportSize(viewport);
		await page.waitForTimeout(100);
	}
}

async function open(page, pathAndQuery, readySelector) {
	const response = await page.goto(`${baseUrl}${pathAndQuery}`, { waitUntil: 'load' });
	expect(response && response.ok(), `GET ${pathAndQuery} answered ${response ? response.status() : 'nothing'}`);
	await page.locator(`${readySelector}, .error-panel`).first().waitFor();
	const error = page.locator('.error-panel');
	if (await error.count() > 0 && !readySelector.includes('error-panel')) {
		throw new Error(`the view shows an error: ${await error.innerText()}`);
	}
	await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
}

/** What a chart draws, read from its ECharts instance: the categories and each series' values. */
async function chartOf(page, selector) {
	await page.locator(`${selector} canvas`).first().waitFor();
	return page.evaluate(async (boxSelector) => {
		const root = document.baseURI.replace(/explore([/?#].*)?$/, '');
		const echarts = await import(`${root}webjars/echarts/dist/echarts.esm.min.js`);
		const option = echarts.getInstanceByDom(document.querySelector(boxSelector)).getOption();
		return {
			categories: option.xAxis && option.xAxis[0] ? option.xAxis[0].data : [],
			series: option.series.map((series) => ({
				type: series.type,
				name: series.name,
				values: (series.data || []).map((item) => (item && typeof item === 'object' ? item.value ?? item.id : item)),
				links: (series.links || []).length,
			})),
		};
	}, selector);
}

/**
 * Points the mouse at the link of two actors in the network chart, as a user would, and returns the
 * tooltip's text and the point. The point is not guessed: once the force layout has settled, it is
 * read from the chart's model and kept only where ECharts' own hit test (zrender's findHover, which a
 * real mouse goes through) gives it to that link; then the check waits for the tooltip to name both.
 * A layout that leaves no point of the link uncovered (rare, since the actor's heaviest links are
 * drawn on top) is replaced by another: the view is opened again, up to three layouts in all.
 */
async function hoverLink(page, pathAndQuery, from, to, names) {
	for (let layout = 1; layout <= 3; layout++) {
		if (layout > 1) {
			await page.mouse.move(1, 1);
			await open(page, pathAndQuery, '.network-chart canvas');
		}
		await page.locator('.network-chart').scrollIntoViewIfNeeded();
		const point = await linkPoint(page, from, to);
		if (point) {
			await page.mouse.move(point.x, point.y);
			const text = await page.waitForFunction(tooltipNaming, names, { timeout: 10_000 })
				.then((handle) => handle.jsonValue(), () => null);
			if (text) {
				return { text, layout, ...point };
			}
		}
	}
	throw new Error(`in three layouts, hovering the ${from}–${to} link did not show its tooltip; it shows `
		+ `"${(await page.evaluate(tooltipNaming, [])) || ''}"`);
}

/**
 * In the page: the viewport point of the middle of the longest stretch of the link's line that the
 * chart's hit test gives to the link, once the line has kept its place for a frame; null when the
 * chart does not settle or nothing of the line is uncovered.
 */
async function linkPoint(page, from, to) {
	return page.evaluate(async ([a, b]) => {
		const root = document.baseURI.replace(/explore([/?#].*)?$/, '');
		const echarts = await import(`${root}webjars/echarts/dist/echarts.esm.min.js`);
		const box = document.querySelector('.network-chart');
		const pair = [a, b].sort().join();
		let previous = null;
		for (let frame = 0; frame < 600; frame++) {
			const chart = echarts.getInstanceByDom(box);
			const graph = chart ? chart.getModel().getSeriesByIndex(0).getGraph() : null;
			const edge = graph ? graph.edges.find((candidate) => [candidate.node1.id, candidate.node2.id].sort().join() === pair) : null;
			const ends = edge ? edge.getLayout().slice(0, 2).map((xy) => chart.convertToPixel({ seriesIndex: 0 }, xy)) : null;
			const place = JSON.stringify([ends, box.clientWidth, box.clientHeight]);
			if (ends && place === previous) {
				const [[x1, y1], [x2, y2]] = ends;
				const line = edge.getGraphicEl();
				const onLine = (x, y) => {
					for (let element = chart.getZr().findHover(x, y).target; element; element = element.parent) {
						if (element === line) {
							return true;
						}
					}
					return false;
				};
				let longest = [];
				let stretch = [];
				for (let step = 1; step < 40; step++) {
					const at = [x1 + ((x2 - x1) * step) / 40, y1 + ((y2 - y1) * step) / 40];
					stretch = onLine(...at) ? [...stretch, at] : [];
					longest = stretch.length > longest.length ? stretch : longest;
				}
				if (longest.length === 0) {
					return null;
				}
				const [x, y] = longest[Math.floor(longest.length / 2)];
				const rect = box.getBoundingClientRect();
				return { x: rect.left + x, y: rect.top + y };
			}
			previous = place;
			await new Promise((resolve) => requestAnimationFrame(resolve));
		}
		return null;
	}, [from, to]);
}

/**
 * In the page: the text of the network chart's tooltip when it is that of the link between the two
 * names given (its first line, "A — B", either way round), or of any link when none is given; else false.
 */
function tooltipNaming(names) {
	const text = [...document.querySelectorAll('.network-chart div')].map((element) => element.innerText)
		.find((candidate) => candidate && candidate.includes('—'));
	const ends = text ? text.split('\n')[0].split(' — ').map((name) => name.trim()).sort().join('|') : null;
	return Boolean(text) && (names.length === 0 || ends === [...names].sort().join('|')) && text;
}

/** In the page: whether the network chart shows no tooltip. */
function tooltipGone() {
	return ![...document.querySelectorAll('.network-chart div')]
		.some((element) => element.innerText && element.innerText.includes('—'));
}

/** The bars of a timeline chart with a value, as "category:series". */
async function barsOf(page) {
	const chart = await chartOf(page, '.timeline-chart');
	return chart.series.flatMap((series) => series.values.map((value, index) => (value > 0 ? `${chart.categories[index]}:${series.name}` : null)))
		.filter(Boolean);
}

/** The evidence marks of a text: their text and their offset in the whole text. */
async function marksOf(page, selector) {
	return page.evaluate((markSelector) => {
		const found = [];
		for (const text of document.querySelectorAll('.highlighted-text')) {
			let offset = 0;
			const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
			const starts = new Map();
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				starts.set(node, offset);
				offset += node.data.length;
			}
			let current = null;
			for (const mark of text.querySelectorAll(markSelector)) {
				const start = starts.get(mark.firstChild);
				if (current && current.end === start && !mark.classList.contains('hl-start')) {
					current.text += mark.textContent;
					current.end += mark.textContent.length;
				}
				else {
					current = { text: mark.textContent, start, end: start + mark.textContent.length };
					found.push(current);
				}
			}
		}
		return found;
	}, selector);
}

// 1. The home view: overview numbers, then a search typed and sent with Enter, then a result opened.
await check('home-and-search', DESKTOP, async (page) => {
	const counts = await api('{ articles { totalCount } actors { totalCount } visits { totalCount } deals { totalCount } }');
	await open(page, '/explore', '#most-connected-title');
	const stats = await page.locator('.stats').innerText();
	for (const [key, noun] of [['articles', 'article'], ['actors', 'actor'], ['visits', 'visit'], ['deals', 'deal']]) {
		expect(stats.includes(`${counts[key].totalCount} ${noun}`), `the overview says "${stats}", not ${counts[key].totalCount} ${noun}s`);
	}
	const ranking = await page.locator('.ranking li').allInnerTexts();
	expect(ranking.length >= 5, `${ranking.length} most connected actors listed`);
	expect(ranking.slice(0, 3).some((line) => line.includes('Bangladesh')), `Bangladesh is not among the three most connected: ${ranking.slice(0, 3)}`);
	expect(await page.locator('#latest-visits-title ~ .fact-list li').count() > 0, 'no latest visits');
	expect(await page.locator('#latest-deals-title ~ .fact-list li').count() > 0, 'no latest deals');
	await shoot(page, 'home', { docs: true });

	// keyboard: the skip link comes first, the search box takes the words and Enter sends them
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement.classList.contains('skip-link')), 'Tab does not reach the skip link first');
	await page.locator('#search-input').focus();
	await page.keyboard.type('Görgün');
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/explore\?q=G%C3%B6rg%C3%BCn$/);
	await page.locator('#results-actor-title').waitFor();
	const actorResults = await page.locator('.result-group').first().innerText();
	expect(actorResults.includes('Haluk Görgün'), `the actor results are "${actorResults}"`);
	expect(await page.locator('.result-group mark').count() > 0, 'no match is marked in the results');
	const groups = await page.locator('.result-group h2').allInnerTexts();
	await shoot(page, 'search', { docs: true });
	await page.getByRole('link', { name: 'Haluk Görgün', exact: true }).first().click();
	await page.waitForURL(`**/explore/actor/${GORGUN}`);
	await page.locator('h1', { hasText: 'Haluk Görgün' }).waitFor();
	return `groups ${groups.join(', ')}; opened ${new URL(page.url()).pathname}`;
});

// 2. The actor view: profile, the network with the Bangladesh link explained, the timeline.
await check('actor-network', DESKTOP, async (page) => {
	const expected = (await api(`{ actor(id: "${GORGUN}") { network { nodes { id } edges { source { id } target { id } weight
		visits { id } articles { id } } } } }`)).actor.network;
	const link = expected.edges.find((edge) => [edge.source.id, edge.target.id].sort().join() === [GORGUN, BANGLADESH].sort().join());
	expect(link, 'the API has no Görgün–Bangladesh link');
	await open(page, `/explore/actor/${GORGUN}`, '.network-chart canvas');
	expect((await page.locator('.profile').innerText()).includes('Person'), 'the profile does not say Person');
	const graph = (await chartOf(page, '.network-chart')).series[0];
	expect(graph.type === 'graph' && graph.values.length === expected.nodes.length && graph.links === expected.edges.length,
		`the graph draws ${graph.values.length} nodes and ${graph.links} links for ${expected.nodes.length} and ${expected.edges.length}`);
	expect(graph.values.includes(BANGLADESH), 'Bangladesh is not in the graph');
	const row = page.locator(`.link-list li[data-source="${link.source.id}"][data-target="${link.target.id}"]`);
	expect((await row.innerText()).includes(`weight ${link.weight}`), `the link list says "${await row.innerText()}"`);

	// hover the edge in the graph: the tooltip says why; click it: the detail lists what is behind it
	const hovered = await hoverLink(page, `/explore/actor/${GORGUN}`, GORGUN, BANGLADESH, ['Haluk Görgün', 'Bangladesh']);
	const tooltip = hovered.text;
	expect(tooltip.includes('1 visit') && tooltip.includes('2 articles'), `hovering the edge shows "${tooltip}"`);
	await page.mouse.click(hovered.x, hovered.y);
	const detail = page.locator('.link-detail');
	await detail.waitFor();
	const hrefs = await detail.locator('a').evaluateAll((links) => links.map((element) => element.getAttribute('href')));
	for (const id of [GORGUN_VISIT, ...link.articles.map((article) => article.id)]) {
		expect(hrefs.some((href) => href.endsWith(id)), `the link detail has no link to ${id}: ${hrefs}`);
	}
	expect(link.articles.some((article) => article.id.startsWith('article:000_'))
		&& link.articles.some((article) => article.id.startsWith('article:002_')), 'the link is not backed by articles 000 and 002');

	const months = await page.locator('.timeline-table tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.period));
	expect(months.includes('2025-07'), `the timeline periods are ${months}`);
	const bars = await barsOf(page);
	expect(bars.includes('Jul 2025:Visits'), `the timeline bars are ${bars}`);
	const graphiql = decodeURIComponent(new URL(await page.locator('.graphiql-link').getAttribute('href'), baseUrl).searchParams.get('query'));
	expect(graphiql.includes(`actor(id: "${GORGUN}")`) && graphiql.includes('network(depth: 1, minWeight: 1)'), `the GraphiQL link holds ${graphiql.slice(0, 120)}`);
	await page.mouse.move(1, 1);
	await page.waitForFunction(tooltipGone);
	await shoot(page, 'actor', { docs: true, from: '#network-title' });

	// the controls: depth 2 shows more actors and is kept in the URL
	await page.selectOption('#network-depth', '2');
	await page.waitForURL(/depth=2/);
	await page.waitForFunction((before) => document.querySelectorAll('.link-list li').length > before, expected.edges.length);
	await shoot(page, 'actor-depth-2');
	return `${expected.nodes.length} actors, ${expected.edges.length} links; tooltip "${tooltip.split('\n')[1] || tooltip}" (layout ${hovered.layout}); periods ${months.join(' ')}`;
});

// 3. The relationship of Bangladesh and Türkiye: both sides, contacts, 2025 bars, facts in order.
await check('relationship', DESKTOP, async (page) => {
	const expected = (await api(`{ relationship(a: "${BANGLADESH}", b: "${TURKIYE}") { firstContact { iso } lastContact { iso }
		visits { id } deals { id } engagements { id } activity { period { iso } count } } }`)).relationship;
	await open(page, '/explore/relationship?a=Bangladesh&b=TR', '.activity-body .timeline');
	await page.waitForURL(`**/explore/relationship?a=${encodeURIComponent(BANGLADESH)}&b=${encodeURIComponent(TURKIYE)}`);
	expect((await page.locator('h1').innerText()) === 'Bangladesh and Türkiye', `the title is ${await page.locator('h1').innerText()}`);
	expect(await page.locator('.actor-card').count() === 2, 'not two actor cards');
	const rows = await page.locator('.timeline-table tbody tr').evaluateAll((elements) => elements.map((row) => ({
		period: row.dataset.period, total: Number(row.lastElementChild.textContent) })));
	const expected2025 = expected.activity.filter((bucket) => bucket.period.iso.startsWith('2025'));
	expect(expected2025.length > 0, 'the API has no 2025 activity');
	for (const bucket of expected2025) {
		expect(rows.some((row) => row.period === bucket.period.iso && row.total === bucket.count), `no row ${bucket.period.iso} with ${bucket.count} in ${JSON.stringify(rows)}`);
	}
	const bars = await barsOf(page);
	const bars2025 = bars.filter((bar) => bar.includes('2025'));
	expect(bars2025.length >= expected2025.length && bars.some((bar) => bar.startsWith('2025 (year only)')),
		`bars drawn: ${bars}; the API has ${expected2025.length} periods in 2025`);
	const listed = await page.locator('.between .fact-list li').evaluateAll((items) => items.map((item) => item.dataset.id));
	expect(listed.length === expected.visits.length + expected.deals.length + expected.engagements.length,
		`${listed.length} facts listed`);
	expect(expected.engagements.length > 0 && expected.engagements.every((engagement) => listed.includes(engagement.id)),
		'the engagements between them are not all listed');
	expect(listed.includes(BORAN), 'the Boran deal is not listed between them');
	// choosing a bar's period lists its facts
	await page.locator('.timeline-details summary').click();
	await page.locator('.timeline-table tbody tr', { hasText: '2025' }).first().locator('button').click();
	await page.locator('.bucket-detail .fact-list li').first().waitFor();
	await shoot(page, 'relationship', { docs: true, from: '.relationship-view' });
	return `first contact ${expected.firstContact.iso}, last ${expected.lastContact.iso}; ${bars2025.length} bars in 2025; 2025 periods ${expected2025.map((bucket) => `${bucket.period.iso}:${bucket.count}`).join(' ')}`;
});

// 4. The Boran deal: its evidence highlighted exactly at its offsets in the article text.
await check('deal-evidence', DESKTOP, async (page) => {
	const deal = (await api(`{ deal(id: "${BORAN}") { title status sources { start end quote article { id } } } }`)).deal;
	await open(page, `/explore/deal/${BORAN}`, '.evidence .highlighted-text');
	expect((await page.locator('h1').innerText()) === deal.title, 'the title differs');
	expect((await page.locator('.facts').first().innerText()).includes('Signed'), 'the status is not Signed');
	const marks = await marksOf(page, '.evidence-mark');
	expect(marks.length === deal.sources.length, `${marks.length} evidence marks for ${deal.sources.length} sources`);
	for (const source of deal.sources) {
		expect(marks.some((mark) => mark.start === source.start && mark.end === source.end && mark.text === source.quote),
			`no mark at ${source.start}–${source.end} with the quote`);
	}
	await shoot(page, 'deal', { docs: true, from: '#items-title' });
	return `${marks.length} sentences highlighted at ${marks.map((mark) => `${mark.start}–${mark.end}`).join(', ')}`;
});

// 5. A visit and its evidence.
await check('visit-evidence', DESKTOP, async (page) => {
	const visit = (await api(`{ visit(id: "${GORGUN_VISIT}") { summary sources { start end quote } } }`)).visit;
	await open(page, `/explore/visit/${GORGUN_VISIT}`, '.evidence .highlighted-text');
	expect((await page.locator('h1').innerText()) === visit.summary, 'the title differs');
	expect((await page.locator('.facts').innerText()).includes('Haluk Görgün'), 'the visitor is not shown');
	const marks = await marksOf(page, '.evidence-mark');
	expect(marks.length === visit.sources.length, `${marks.length} evidence marks for ${visit.sources.length} sources`);
	expect(visit.sources.every((source) => marks.some((mark) => mark.start === source.start && mark.text === source.quote)), 'a quote is not marked in place');
	await shoot(page, 'visit', { docs: true, from: '#evidence-title' });
	return `${marks.length} sentences highlighted in ${await page.locator('.source').count()} articles`;
});

// 5b. An engagement (a meeting in a third country) and its evidence.
await check('engagement-evidence', DESKTOP, async (page) => {
	const engagement = (await api(`{ engagement(id: "${CAIRO_MEETING}") { summary hostCountry { name }
		countries { name } sources { start end quote } } }`)).engagement;
	await open(page, `/explore/engagement/${CAIRO_MEETING}`, '.evidence .highlighted-text');
	expect((await page.locator('h1').innerText()) === engagement.summary, 'the title differs');
	const shown = await page.locator('.facts').innerText();
	expect(shown.includes('Meeting') && shown.includes(engagement.hostCountry.name)
		&& engagement.countries.every((country) => shown.includes(country.name)), `the facts read "${shown}"`);
	const marks = await marksOf(page, '.evidence-mark');
	expect(marks.length === engagement.sources.length, `${marks.length} evidence marks for ${engagement.sources.length} sources`);
	expect(engagement.sources.every((source) => marks.some((mark) => mark.start === source.start && mark.text === source.quote)), 'a quote is not marked in place');
	await shoot(page, 'engagement', { from: '#evidence-title' });
	return `${engagement.countries.map((country) => country.name).join(' and ')} in ${engagement.hostCountry.name}; ${marks.length} sentence highlighted`;
});

// 6. An article with its mentions and the evidence of the visit it was opened for.
await check('article', DESKTOP, async (page) => {
	const articleId = (await api(`{ visit(id: "${GORGUN_VISIT}") { sources { article { id } } } }`)).visit.sources[0].article.id;
	const article = (await api(`query($id: ID!) { article(id: $id) { title mentions { count offsets roleOffsets actor { id } } } }`, { id: articleId })).article;
	await open(page, `/explore/article/${articleId}?fact=${GORGUN_VISIT}`, '.highlighted-text');
	expect((await page.locator('h1').innerText()) === article.title, 'the title differs');
	const mentions = await page.locator('.hl.mention.hl-start').count();
	// a role phrase may start where the organisation it heads is named: one mark for both
	const expected = new Set(article.mentions.flatMap((mention) => mention.offsets)).size;
	expect(mentions === expected, `${mentions} mentions highlighted, the API has ${expected} places`);
	const roles = article.mentions.reduce((sum, mention) => sum + mention.roleOffsets.length, 0);
	const roleMarks = await page.locator('.hl.mention.role-mention.hl-start').count();
	expect(roles > 0 && roleMarks === roles, `${roleMarks} role mentions marked, the API has ${roles}`);
	const gorgun = await page.locator('.hl.mention.kind-PERSON', { hasText: 'Görgün' }).count();
	expect(gorgun > 0, 'Görgün is not highlighted as a person');
	expect(await page.locator(`.evidence-mark.focus[data-fact="${GORGUN_VISIT}"]`).count() > 0, 'the visit evidence is not in focus');
	await shoot(page, 'article', { docs: true });
	return `${mentions} mentions of ${article.mentions.length} actors, ${roles} by role`;
});

// 7. Errors are messages: an unknown ID, a malformed ID, an unknown path.
await check('errors', DESKTOP, async (page) => {
	const seen = [];
	for (const [pathAndQuery, words] of [
		['/explore/actor/actor:nobody-at-all', 'No actor has the ID'],
		['/explore/deal/deal:no-such-deal', 'No deal has the ID'],
		['/explore/visit/not-an-id', ''],
		['/explore/relationship?a=Bangladesh&b=Nowhereland', ''],
		['/explore/no/such/view', 'no page'],
	]) {
		await open(page, pathAndQuery, '.error-panel');
		const text = await page.locator('.error-panel').innerText();
		expect(text.includes(words) && text.length > 20, `${pathAndQuery} shows "${text}"`);
		seen.push(text.split('\n')[0]);
	}
	await shoot(page, 'error');
	return seen.join(' | ');
});

// 8. Phone-sized: nothing wider than the screen; the network and relationship stay usable.
await check('phone', PHONE, async (page) => {
	const widths = [];
	for (const [name, pathAndQuery, ready] of [
		['home', '/explore', '#most-connected-title'],
		['actor', `/explore/actor/${GORGUN}`, '.network-chart canvas'],
		['relationship', `/explore/relationship?a=${BANGLADESH}&b=${TURKIYE}`, '.timeline-chart canvas'],
		['deal', `/explore/deal/${BORAN}`, '.evidence-mark'],
	]) {
		await open(page, pathAndQuery, ready);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width <= PHONE.width, `${name} is ${width} px wide on a ${PHONE.width} px screen`);
		widths.push(`${name} ${width}px`);
		await shoot(page, `phone-${name}`);
	}
	return widths.join(', ');
});

process.exit(await finish('explorer check', 'the explorer'));
