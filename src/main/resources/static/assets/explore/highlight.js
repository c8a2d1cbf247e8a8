// Text with ranges highlighted in place: evidence in an article body, mentions of actors, the
// matches of a search. Offsets are character offsets (UTF-16 code units, as the API counts them)
// into exactly the text given; the text is shown whole, so the offsets stay true.

import { h } from './dom.js';

/**
 * A <div class="highlighted-text"> of the text with each range marked. A range is
 * { start, end, className, title, href, id, data }: href makes its marks links; id goes on its
 * first mark; overlapping ranges split the text into segments carrying every covering range's
 * class (the innermost, shortest range gives the link and title).
 */
export function highlightedText(text, ranges, { className = 'article-text' } = {}) {
	const valid = ranges.filter((range) => Number.isInteger(range.start) && Number.isInteger(range.end)
		&& range.start >= 0 && range.end <= text.length && range.start < range.end);
	const cuts = new Set([0, text.length]);
	for (const range of valid) {
		cuts.add(range.start);
		cuts.add(range.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const container = h('div', { class: ['highlighted-text', className] });
	const started = new Set();
	for (let index = 0; index + 1 < points.length; index++) {
		const from = points[index];
		const to = points[index + 1];
		const segment = text.slice(from, to);
		const covering = valid.filter((range) => range.start <= from && range.end >= to)
			.sort((a, b) => (b.end - b.start) - (a.end - a.start));
		if (covering.length === 0) {
			container.append(document.createTextNode(segment));
			continue;
		}
		const innermost = covering[covering.length - 1];
		const linked = [...covering].reverse().find((range) => range.href);
		const mark = h(linked ? 'a' : 'mark', {
			class: ['hl', ...covering.map((range) => range.className)],
			href: linked ? linked.href : null,
			title: innermost.title || null,
		}, segment);
		for (const range of covering) {
			if (!started.has(range)) {
				started.add(range);
				mark.classList.add('hl-start');
				if (range.id) {
					mark.id = range.id;
				}
				if (range.data) {
					Object.assign(mark.dataset, range.data);
				}
			}
		}
		container.append(mark);
	}
	return container;
}

/** Scrolls a scrollable text box so that the element shows near its top, and flashes it. */
export function revealIn(box, element, { flash = true } = {}) {
	if (!box || !element) {
		return;
	}
	const top = element.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
	box.scrollTop = Math.max(0, top - box.clientHeight / 4);
	if (flash) {
		element.classList.remove('flash');
		// restart the animation on a repeated click
		void element.offsetWidth;
		element.classList.add('flash');
	}
}

/**
 * A search highlight's snippet with its match marked. The API gives the match's offsets in the
 * field's value and a snippet cut around it; where the snippet is the start of the value the
 * offsets apply as they are, else the match is found near where the cut puts it.
 */
export function markedSnippet(highlight, words) {
	const { text, start, end } = highlight;
	const length = end - start;
	let at = -1;
	if (!text.startsWith('…') && end <= text.length) {
		at = start;
	}
	else {
		// the snippet starts at most 60 characters (a word boundary) before the match
		const folded = fold(text);
		const candidates = [];
		for (let index = 1; index < Math.min(text.length, 64); index++) {
			if (/\s/.test(text.charAt(index - 1)) || index === 1) {
				candidates.push(index);
			}
		}
		at = candidates.find((index) => words.some((word) => word.length >= 3
			&& folded.startsWith(word.slice(0, Math.min(4, word.length)), index))) ?? -1;
	}
	if (at < 0 || at + length > text.length) {
		return h('span', { class: 'snippet' }, text);
	}
	return h('span', { class: 'snippet' }, text.slice(0, at), h('mark', {}, text.slice(at, at + length)),
		text.slice(at + length));
}

function fold(text) {
	// one folded character per character, so indexes stay the same
	return text.split("").map((char) => char.normalize('NFD').charAt(0).toLowerCase()).join('');
}
