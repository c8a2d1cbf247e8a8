// Checks the explorer's review desk (/explore/review) of a running Diplograph offline, as an analyst
// would use it: without a token it says what to do and refuses a wrong one; with the server's token
// it imports an article (written for this check), shows its candidates (a visit, a new person, an
// order, a phone call) beside the text with their evidence highlighted at the API's offsets,
// accepts a visit with an edit (then finds it on its /explore/visit page and in search), rejects
// an actor with a note, and shows a CONFLICT when another reviewer decided a candidate first.
// Saves screenshots at 1280×800 and at phone size.
// Every check imports its own copy of the article (a run number at its end), so the script can run
// again against the same server. Exit status 0 when every check passed, 1 otherwise.
//
// Usage: node scripts/review-check.mjs BASE_URL TOKEN [OUT_DIR] [DOCS_DIR]
//   TOKEN is the editor token, or @FILE to read it from a file (@data/editor-token);
//   OUT_DIR defaults to target/review; with DOCS_DIR, also writes docs/explorer-review.png.
// Needs playwright-core (see scripts/lib/offline-browser.mjs) and Chromium at $CHROMIUM or /usr/bin/chromium.

import fs from 'node:fs';
import path from 'node:path';
import { checkRun, expect, graphqlAt } from './lib/checks.mjs';
import { openOfflineBrowser, STRICT_CSP } from './lib/offline-browser.mjs';

const baseUrl = (process.argv[2] || 'http://localhost:8080').replace(/\/+$/, '');
const tokenArgument = process.argv[3] || '';
const outDir = process.argv[4] || 'target/review';
const docsDir = process.argv[5] || null;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const DOCS = { width: 1024, height: 640 };
const TOKEN = tokenArgument.startsWith('@') ? fs.readFileSync(tokenArgument.slice(1), 'utf8').trim() : tokenArgument.trim();
const RUN = `${Date.now().toString(36)}`;

/** An article written for this check: a visit to Dhaka, a new person, an order of boats, a call that is no visit. */
function article(label) {
	return [
		'Turkish minister brings shipbuilding offer to Dhaka',
		'',
		'Hakan Fidan, the foreign minister of Türkiye, travelled to Dhaka on Tuesday and held talks with Touhid Hossain on port security and trade.',
		'',
		'Rear Admiral Kemal Aydoğan, who leads the naval procurement office in Ankara, joined the delegation and toured Khulna Shipyard the next day.',
		'',
		'Bangladesh ordered six coastal patrol boats from Türkiye, according to a statement from the navy.',
		'',
		'Ishaq Dar later spoke by phone with Touhid Hossain about the regional situation.',
		'',
		`Desk check ${RUN}-${label}.`,
		'',
	].join('\n');
}

fs.mkdirSync(outDir, { recursive: true });
if (docsDir) {
	fs.mkdirSync(docsDir, { recursive: true });
}
if (!TOKEN) {
	console.log('FAIL usage: give the editor token (or @file) as the second argument');
	process.exit(2);
}

const session = await openOfflineBrowser(baseUrl, {
	csp: STRICT_CSP,
	// a wrong token is refused with 401 on purpose
	expectedStatus: (url, status) => status === 401 && url.endsWith('/graphql'),
});
const { check, finish } = checkRun(session, outDir);
const api = graphqlAt(baseUrl);

async function idle(page) {
	await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0
		&& document.getElementById('progress').hidden);
}

/** Opens the desk and gives it the token, as a user does once per tab. */
async function signIn(page, pathAndQuery = '/explore/review') {
	await page.goto(`${baseUrl}${pathAndQuery}`);
	await page.locator('#review-token').fill(TOKEN);
	await page.keyboard.press('Enter');
	await page.locator('#review-token').waitFor({ state: 'detached' });
	await idle(page);
}

/** Pastes the article into the import form and imports it; resolves to the article's ID. */
async function importArticle(page, label) {
	await page.locator('#import-text').fill(article(label));
	await page.locator('#import-publication').fill('Desk Check Weekly');
	await page.locator('#import-publishedOn').fill('2026-03-12');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.waitForURL(/\/explore\/review\/article:/);
	await page.locator('.candidate-card').first().waitFor();
	await idle(page);
	return decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
}

/** The candidates of the article as the API gives them. */
async function candidatesOf(articleId) {
	return (await api(`query($id: ID!) { article(id: $id) { candidates { __typename id status evidence { start end quote }
		... on VisitCandidate { summary visitors { name } } ... on DealCandidate { title } ... on ActorCandidate { name } ... on EngagementCandidate { kind } } } }`,
	{ id: articleId })).article.candidates;
}

/** The card of a candidate by its ID. */
function card(page, id) {
	return page.locator(`.candidate-card[data-id="${id}"]`);
}

/** The marked stretches of the text that carry a class: their text and offsets in the whole text. */
async function marksOf(page, selector) {
	return page.evaluate((markSelector) => {
		const text = document.querySelector('#review-text .highlighted-text');
		const starts = new Map();
		let offset = 0;
		const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			starts.set(node, offset);
			offset += node.data.length;
		}
		const found = [];
		let current = null;
		for (const mark of text.querySelectorAll(markSelector)) {
			const start = starts.get(mark.firstChild);
			if (current && current.end === start) {
				current.text += mark.textContent;
				current.end += mark.textContent.length;
			}
			else {
				current = { text: mark.textContent, start, end: start + mark.textContent.length };
				found.push(current);
			}
		}
		return found;
	}, selector);
}

async function shoot(page, name, { docs = false } = {}) {
	await page.screenshot({ path: path.join(outDir, `${name}.png`) });
	if (docs && docsDir) {
		const viewport = page.viewportSize();
		await page.setViewportSize(DOCS);
		await page.waitForTimeout(300);
		await page.evaluate(() => window.scrollTo(0, document.querySelector('.desk-bar').getBoundingClientRect().top + window.scrollY - 8));
		await page.waitForTimeout(100);
		await page.screenshot({ path: path.join(docsDir, `explorer-${name}.png`) });
		await page.setViewportSize(viewport);
	}
}

// 1. Without a token: the link from the explorer, the form that says where the token is, a wrong one refused.
await check('no-token', DESKTOP, async (page) => {
	await page.goto(`${baseUrl}/explore`);
	await page.locator('#review-link').click();
	await page.waitForURL('**/explore/review');
	await page.locator('#review-token').waitFor();
	const help = await page.locator('.token-form').innerText();
	expect(help.includes('editor-token') && help.includes('this browser tab only'), `the form says "${help}"`);
	await page.locator('#review-token').fill('not-the-token-of-this-server');
	await page.getByRole('button', { name: 'Use this token' }).click();
	const refusal = page.locator('#review-token-status.error');
	await refusal.waitFor();
	const message = await refusal.innerText();
	expect(message.includes('refused') && message.includes('editor-token'), `a wrong token shows "${message}"`);
	expect(await page.evaluate(() => window.sessionStorage.length) === 0, 'a refused token was kept');
	await shoot(page, 'review-no-token');
	// an article's page asks too, and keeps nothing in the URL
	await page.goto(`${baseUrl}/explore/review/article:imported-0000000000000000`);
	await page.locator('#review-token').waitFor();
	return `asks with "${help.split('\n')[0]}"; wrong token: "${message.slice(0, 60)}…"`;
});

let visitId = null;
let visitSummary = null;

// 2. With the token: import, candidates beside the text, evidence highlighted where the API says.
await check('import-and-highlight', DESKTOP, async (page) => {
	await signIn(page);
	await page.locator('#import-title').waitFor();
	const articleId = await importArticle(page, 'a');
	const flash = await page.locator('.notice-ok').innerText();
	const candidates = await candidatesOf(articleId);
	expect(flash.includes(`${candidates.length} candidate`), `after the import the page says "${flash}"`);
	const types = candidates.map((candidate) => candidate.__typename);
	for (const type of ['VisitCandidate', 'DealCandidate', 'ActorCandidate', 'EngagementCandidate']) {
		expect(types.includes(type), `no ${type} among ${types}`);
	}
	expect(await page.locator('.candidate-card').count() === candidates.length, 'not one card per candidate');
	const visit = candidates.find((candidate) => candidate.__typename === 'VisitCandidate');
	expect(visit.visitors.some((visitor) => visitor.name === 'Hakan Fidan'), 'the visit is not Hakan Fidan\'s');
	expect(!candidates.some((candidate) => candidate.__typename === 'VisitCandidate' && candidate.summary.includes('Ishaq Dar')),
		'the phone call was proposed as a visit');
	const call = candidates.find((candidate) => candidate.__typename === 'EngagementCandidate');
	const callCard = await card(page, call.id).innerText();
	expect(call.kind === 'PHONE_CALL' && callCard.includes('Phone call') && callCard.includes('Ishaq Dar'),
		`the call is proposed as ${call.kind}, its card reads "${callCard}"`);
	let marks = 0;
	for (const [position, candidate] of candidates.entries()) {
		const found = await marksOf(page, `.cand-mark.c${position}`);
		for (const evidence of candidate.evidence) {
			expect(found.some((mark) => mark.start === evidence.start && mark.end === evidence.end && mark.text === evidence.quote),
				`the evidence of ${candidate.id} at ${evidence.start}–${evidence.end} is not highlighted there`);
			marks++;
		}
	}
	const visitCard = card(page, visit.id);
	const shown = await visitCard.innerText();
	expect(shown.includes('Hakan Fidan') && shown.includes('Bangladesh') && shown.includes('10 March 2026') && /\d+%/.test(shown),
		`the visit card reads "${shown}"`);
	return `${candidates.length} candidates (${types.join(', ')}), ${marks} evidence ranges highlighted at their offsets`;
});

// 3. Choosing: a title, j and k, a highlight; the chosen evidence is marked and the URL keeps it.
await check('choose-candidates', DESKTOP, async (page) => {
	await signIn(page);
	const articleId = await importArticle(page, 'b');
	const candidates = await candidatesOf(articleId);
	const deal = candidates.find((candidate) => candidate.__typename === 'DealCandidate');
	await card(page, deal.id).locator('.card-title').click();
	await page.waitForURL((url) => url.searchParams.get('candidate') === deal.id);
	const selected = await marksOf(page, '.cand-mark.selected');
	expect(selected.length === deal.evidence.length && selected[0].text === deal.evidence[0].quote,
		`choosing the deal marks ${JSON.stringify(selected)}`);
	const inView = await page.evaluate(() => {
		const box = document.getElementById('review-text').getBoundingClientRect();
		const mark = document.querySelector('#review-text .selected').getBoundingClientRect();
		return mark.top >= box.top && mark.bottom <= box.bottom;
	});
	expect(inView, 'the chosen evidence is not in view in the text');
	const position = candidates.indexOf(deal);
	await page.locator('body').press('k');
	const previous = candidates[Math.max(position - 1, 0)];
	await page.waitForURL((url) => url.searchParams.get('candidate') === previous.id);
	expect(await page.evaluate(() => document.activeElement.classList.contains('card-title')), 'k does not move the focus to the card');
	await page.keyboard.press('j');
	await page.waitForURL((url) => url.searchParams.get('candidate') === deal.id);
	// a highlight in the text chooses its candidate
	const visit = candidates.find((candidate) => candidate.__typename === 'VisitCandidate');
	await page.locator(`#review-text .cand-mark.c${candidates.indexOf(visit)}`).first().click();
	await page.waitForURL((url) => url.searchParams.get('candidate') === visit.id);
	expect(await card(page, visit.id).getAttribute('aria-current') === 'true', 'clicking the visit\'s sentence does not choose it');
	// the URL opens the page with the same choice
	await page.reload();
	await page.locator('.cand-mark.selected').first().waitFor();
	expect(await card(page, visit.id).getAttribute('aria-current') === 'true', 'the bookmarked choice is lost on reload');
	return `deal chosen by title, ${previous.__typename} by k, back by j, the visit by its sentence; kept on reload`;
});

// 4. Accept a visit with an edit, then find it on its page and in search; reject an actor with a note.
await check('accept-and-reject', DESKTOP, async (page) => {
	await signIn(page);
	const articleId = await importArticle(page, 'c');
	const candidates = await candidatesOf(articleId);
	const visit = candidates.find((candidate) => candidate.__typename === 'VisitCandidate');
	const actor = candidates.find((candidate) => candidate.__typename === 'ActorCandidate');
	const visitCard = card(page, visit.id);
	await visitCard.getByRole('button', { name: 'Edit and accept…' }).click();
	const purpose = visitCard.locator('input[name="purpose"]');
	expect(await page.evaluate(() => document.activeElement.name) === 'summary', 'the edit form does not take the focus');
	// a reference the server cannot resolve: its error shows in the form, which keeps what was typed
	const visitors = visitCard.locator('input[name="visitors"]');
	await visitors.fill('Hakan Fidan; Nobody Of That Name');
	await visitors.press('Enter');
	const formError = visitCard.locator('.form-error:not([hidden])');
	await formError.waitFor();
	const refusal = await formError.innerText();
	expect(refusal.includes('Nobody Of That Name') && await visitCard.locator('.decision').count() === 0,
		`an unknown visitor shows "${refusal}"`);
	await visitors.fill('Hakan Fidan');
	await purpose.fill('port security and trade');
	await shoot(page, 'review-edit');
	await purpose.press('Enter');
	await visitCard.locator('.decision .result a').waitFor();
	visitSummary = await visitCard.locator('.decision .result a').innerText();
	const decided = await visitCard.locator('.decision').innerText();
	expect(decided.includes('Accepted by local'), `the decided card says "${decided}"`);
	const link = await visitCard.locator('.decision .result a').getAttribute('href');
	visitId = decodeURIComponent(link.split('/').pop());
	expect(link.includes('/explore/visit/visit:'), `the result links to ${link}`);
	const created = (await api('query($id: ID!) { visit(id: $id) { purpose visitors { name } } }', { id: visitId })).visit;
	expect(created.purpose === 'port security and trade' && created.visitors.some((visitor) => visitor.name === 'Hakan Fidan'),
		`the API has the visit as ${JSON.stringify(created)}`);

	const actorCard = card(page, actor.id);
	await actorCard.getByRole('button', { name: 'Reject…' }).click();
	await actorCard.locator('input[name="note"]').fill('an official of the delegation, not worth an actor yet');
	await actorCard.getByRole('button', { name: 'Reject', exact: true }).click();
	await actorCard.locator('.decision').waitFor();
	const rejected = await actorCard.innerText();
	expect(rejected.includes('Rejected by local') && rejected.includes('not worth an actor yet'), `the rejected card reads "${rejected}"`);
	const status = (await candidatesOf(articleId)).find((candidate) => candidate.id === actor.id).status;
	expect(status === 'REJECTED', `the API says the actor is ${status}`);
	await page.locator('#only-pending').check();
	expect(await actorCard.isHidden(), 'Only pending still shows the rejected actor');
	await page.locator('#only-pending').uncheck();
	await shoot(page, 'review-decided');

	// the visit's own page, and the search
	await visitCard.locator('.decision .result a').click();
	await page.waitForURL(`**/explore/visit/${visitId}`);
	await page.locator('.evidence .evidence-mark').first().waitFor();
	expect((await page.locator('h1').innerText()) === visitSummary, 'the visit page has another title');
	expect((await page.locator('.facts').innerText()).includes('port security and trade'), 'the visit page does not show the edited purpose');
	await page.goto(`${baseUrl}/explore?q=${encodeURIComponent('Fidan Dhaka')}`);
	await page.locator('.result-count').waitFor();
	const found = await page.locator(`.result[data-id="${visitId}"]`).count();
	expect(found === 1, `searching "Fidan Dhaka" does not list ${visitId}`);
	return `refused an unknown visitor in the form ("${refusal.slice(0, 50)}…"); accepted ${visitId} (“${visitSummary}”) `
		+ `with its purpose edited, found on its page and in search; rejected ${actor.id} with a note`;
});

// 5. Two reviewers: another decides first; this page says so plainly and shows the candidate as it is.
await check('conflict', DESKTOP, async (page) => {
	await signIn(page);
	const articleId = await importArticle(page, 'd');
	const deal = (await candidatesOf(articleId)).find((candidate) => candidate.__typename === 'DealCandidate');
	await api('mutation($input: RejectCandidateInput!) { rejectCandidate(input: $input) { candidate { status } } }',
		{ input: { id: deal.id, note: 'decided by another reviewer' } }, TOKEN);
	const dealCard = card(page, deal.id);
	await dealCard.getByRole('button', { name: 'Accept', exact: true }).click();
	const notice = page.locator(`.candidate-card[data-id="${deal.id}"] .notice-conflict`);
	await notice.waitFor();
	const message = await notice.innerText();
	expect(message.includes('Someone else decided this candidate first'), `the conflict reads "${message}"`);
	const decided = await card(page, deal.id).locator('.decision').innerText();
	expect(decided.includes('Rejected') && decided.includes('decided by another reviewer'), `after the conflict the card reads "${decided}"`);
	const visits = (await api('query($id: ID!) { article(id: $id) { visits { id } deals { id } } }', { id: articleId })).article;
	expect(visits.deals.length === 0, 'the losing accept created a deal anyway');
	await shoot(page, 'review-conflict');
	return `"${message.split('.')[0]}."; the card shows ${decided.split('\n')[0]}`;
});

// 6. The pictures: the desk at 1280×800 and on a phone, nothing wider than the screen, forget the token.
await check('screens', DESKTOP, async (page) => {
	await signIn(page);
	const articleId = await importArticle(page, 'e');
	const candidates = await candidatesOf(articleId);
	const visit = candidates.find((candidate) => candidate.__typename === 'VisitCandidate');
	// opened from its URL, as a bookmark: the visit chosen, no import message, no flash
	await page.goto(`${baseUrl}/explore/review/${articleId}?candidate=${encodeURIComponent(visit.id)}`);
	await page.locator('.cand-mark.selected').first().waitFor();
	await idle(page);
	expect(await card(page, visit.id).getAttribute('aria-current') === 'true', 'the visit of the URL is not chosen');
	await shoot(page, 'review', { docs: true });
	await page.goto(`${baseUrl}/explore/review`);
	await page.locator('#queue-title').waitFor();
	await idle(page);
	const queue = await page.locator(`.review-queue li[data-id="${articleId}"]`).innerText();
	expect(queue.includes(`${candidates.length} candidates`), `the queue lists the article as "${queue}"`);
	await shoot(page, 'review-queue');
	const phone = await session.newPage(PHONE);
	try {
		const widths = [];
		await signIn(phone, `/explore/review/${articleId}?candidate=${encodeURIComponent(visit.id)}`);
		await phone.locator('.cand-mark.selected').first().waitFor();
		await idle(phone);
		for (const name of ['review-phone', 'review-phone-queue']) {
			const width = await phone.evaluate(() => document.documentElement.scrollWidth);
			expect(width <= PHONE.width, `${name} is ${width} px wide on a ${PHONE.width} px screen`);
			widths.push(`${name} ${width}px`);
			await phone.screenshot({ path: path.join(outDir, `${name}.png`) });
			if (name === 'review-phone') {
				await card(phone, visit.id).getByRole('button', { name: 'Edit and accept…' }).click();
				const formWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
				expect(formWidth <= PHONE.width, `the edit form is ${formWidth} px wide on a phone`);
				await card(phone, visit.id).locator('.edit-form').scrollIntoViewIfNeeded();
				await phone.screenshot({ path: path.join(outDir, 'review-phone-edit.png') });
				await phone.keyboard.press('Escape');
				expect(await card(phone, visit.id).locator('.edit-form').count() === 0, 'Escape does not close the form');
				await phone.goto(`${baseUrl}/explore/review`);
				await phone.locator('#queue-title').waitFor();
				await idle(phone);
			}
		}
		await phone.getByRole('button', { name: 'Forget the token' }).click();
		await phone.locator('#review-token').waitFor();
		expect(await phone.evaluate(() => window.sessionStorage.length) === 0, 'the token is still kept after Forget');
		return widths.join(', ');
	}
	finally {
		await phone.close();
	}
});

process.exit(await finish('review check', 'the review desk'));
