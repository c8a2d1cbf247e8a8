// The activity block of the actor and relationship views: a month/year switch, the stacked chart,
// and the list of a chosen period's facts. load(granularity) resolves to the buckets.

import { h, section } from './dom.js';
import { timelineChart, periodLabel } from './timeline-chart.js';
import { bucketDetail, fill } from './view.js';

export function activitySection(context, { id = 'activity', title = 'Activity over time', granularity = 'MONTH', load }) {
	const body = h('div', { class: 'activity-body' });
	let chart = null;
	context.onDispose(() => chart && chart.dispose());
	const show = (value) => {
		context.replaceQuery({ by: value === 'YEAR' ? 'year' : null });
		return fill(body, async () => {
			const buckets = await load(value);
			if (chart) {
				chart.dispose();
			}
			const detail = h('div', { class: 'bucket-detail-box', 'aria-live': 'polite' },
				h('p', { class: 'hint' }, 'Choose a bar, or a period in the table, to list its visits and deals.'));
			chart = timelineChart(buckets, {
				granularity: value,
				label: title,
				onSelect: (bucket) => detail.replaceChildren(bucketDetail(bucket, periodLabel(bucket, value))),
			});
			return h('div', {}, chart.element, detail);
		});
	};
	const choices = h('fieldset', { class: 'segmented' }, h('legend', {}, 'By'),
		[['MONTH', 'Month'], ['YEAR', 'Year']].map(([value, label]) => h('label', {},
			h('input', { type: 'radio', name: `${id}-granularity`, value, checked: value === granularity,
				on: { change: () => show(value) } }), label)));
	const done = show(granularity);
	return { element: section(title, { id, className: 'activity' }, choices, body), done };
}

/** The granularity a view's URL asks for (?by=year), MONTH otherwise. */
export function granularityOf(query) {
	return (query.get('by') || '').toLowerCase() === 'year' ? 'YEAR' : 'MONTH';
}
