// How dates, kinds, statuses and counts read in the explorer.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
	'October', 'November', 'December'];

/**
 * A FuzzyDate as a reader says it: "2024", "July 2025", "23 August 2025", "April 2024 – October
 * 2025" for a span; "undated" when unknown.
 */
export function fuzzyDate(date) {
	if (!date) {
		return 'undated';
	}
	if (date.until) {
		return `${fuzzyDate({ ...date, until: null })} – ${fuzzyDate(date.until)}`;
	}
	if (date.precision === 'DAY' || (date.day && date.month)) {
		return `${date.day || Number(date.iso.slice(8, 10))} ${MONTHS[(date.month || Number(date.iso.slice(5, 7))) - 1]} ${date.year || date.iso.slice(0, 4)}`;
	}
	if (date.precision === 'MONTH' || date.month) {
		return `${MONTHS[(date.month || Number(date.iso.slice(5, 7))) - 1]} ${date.year || date.iso.slice(0, 4)}`;
	}
	return String(date.year || date.iso);
}

/** A short label of a period: "Jul 2025", "2025", "Apr 2024–Oct 2025". */
export function shortPeriod(date) {
	if (!date) {
		return '?';
	}
	if (date.until) {
		return `${shortPeriod({ ...date, until: null })}–${shortPeriod(date.until)}`;
	}
	const [year, month] = date.iso.split('-');
	return month ? `${MONTHS[Number(month) - 1].slice(0, 3)} ${year}` : year;
}

/** The sort key of a fuzzy date by the start of its period; a year-only date sorts before its January. */
export function dateKey(date) {
	if (!date) {
		return Number.MAX_SAFE_INTEGER;
	}
	const [year, month = 0, day = 0] = date.iso.split('-').map(Number);
	return year * 10000 + month * 100 + day;
}

/** An enum constant as words: PROCUREMENT → "Procurement", UNDER_CONSIDERATION → "Under consideration". */
export function enumLabel(value) {
	if (!value) {
		return '';
	}
	if (value === 'MOU') {
		return 'MoU';
	}
	const words = value.toLowerCase().replace(/_/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1 visit", "3 visits". */
export function plural(count, singular, pluralForm = `${singular}s`) {
	return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Folds text for matching as the API does: no case, no accents. */
export function fold(text) {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
