// The activity chart: one stacked bar per period, one series per fact kind (FACT_KINDS), with a
// table of the same numbers beneath for the keyboard and screen readers. A year-only bucket in a
// month chart is its own, hatched bar before that year's months, as the API orders it.

import { escape, lazyChart } from './charts.js';
import { h } from './dom.js';
import { FACT_KINDS } from './facts.js';
import { shortPeriod, plural } from './format.js';

/**
 * True when a bucket is less precise than the chart: a year-only bucket among months, or a span
 * (items the sources date only to a period).
 */
export function isCoarser(bucket, granularity) {
	return Boolean(bucket.period.until) || (granularity === 'MONTH' && bucket.period.precision === 'YEAR');
}

/**
 * A period's label on the axis: "Jul 2025", "2025", "2025 (year only)" among months, and
 * "Apr 2024–Oct 2025 (span)".
 */
export function periodLabel(bucket, granularity) {
	if (bucket.period.until) {
		return `${shortPeriod(bucket.period)} (span)`;
	}
	return isCoarser(bucket, granularity) ? `${bucket.period.iso} (year only)` : shortPeriod(bucket.period);
}

/**
 * Draws the chart into a new element and returns { element, chart, dispose }. onSelect(bucket) is
 * called when a bar or a table row is chosen.
 */
export function timelineChart(buckets, { granularity = 'MONTH', kinds = FACT_KINDS, onSelect = () => {}, label = 'Activity' } = {}) {
	const chartBox = h('div', { class: 'chart timeline-chart', role: 'img',
		'aria-label': `${label}: bar chart of ${plural(buckets.length, 'period')}, table below` });
	const table = timelineTable(buckets, granularity, kinds, onSelect);
	const element = h('div', { class: 'timeline' }, chartBox, table);
	if (buckets.length === 0) {
		chartBox.replaceChildren(h('p', { class: 'empty' }, 'No dated visits, deals or engagements.'));
		return { element, chart: null, dispose() {} };
	}
	const categories = buckets.map((bucket) => periodLabel(bucket, granularity));
	const option = {
		animation: false,
		aria: { enabled: true },
		grid: { left: 40, right: 16, top: 36, bottom: 8, containLabel: true },
		legend: { top: 0, left: 0, data: kinds.map((kind) => kind.label) },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			formatter: (items) => tooltip(buckets[items[0].dataIndex], granularity, kinds),
		},
		xAxis: {
			type: 'category',
			data: categories,
			axisLabel: { interval: 0, rotate: categories.length > 8 ? 40 : 0, hideOverlap: true },
		},
		yAxis: { type: 'value', minInterval: 1 },
		series: kinds.map((kind) => ({
			name: kind.label,
			type: 'bar',
			stack: 'facts',
			barMaxWidth: 48,
			itemStyle: { color: kind.color },
			emphasis: { focus: 'series' },
			data: buckets.map((bucket) => ({
				value: (bucket[kind.key] || []).length,
				itemStyle: isCoarser(bucket, granularity)
					? { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.55)' } }
					: undefined,
			})),
		})),
	};
	const lazy = lazyChart(chartBox, (chart) => {
		chart.setOption(option);
		chart.on('click', (params) => {
			if (params.componentType === 'series') {
				onSelect(buckets[params.dataIndex]);
			}
		});
	});
	return {
		element,
		get chart() {
			return lazy.chart;
		},
		dispose: lazy.dispose,
	};
}

function tooltip(bucket, granularity, kinds) {
	const lines = kinds.map((kind) => `${kind.label}: ${(bucket[kind.key] || []).length}`);
	const title = isCoarser(bucket, granularity)
		? `${bucket.period.iso}, known only to the year`
		: shortPeriod(bucket.period);
	return [escape(title), ...lines.map(escape), 'Click for the list'].join('<br>');
}

function timelineTable(buckets, granularity, kinds, onSelect) {
	return h('details', { class: 'timeline-details' },
		h('summary', {}, 'The numbers as a table'),
		h('table', { class: 'timeline-table' },
			h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Period'),
				kinds.map((kind) => h('th', { scope: 'col' }, kind.label)), h('th', { scope: 'col' }, 'Total'))),
			h('tbody', {}, buckets.map((bucket) => h('tr', { dataset: { period: bucket.period.iso } },
				h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link-button', on: { click: () => onSelect(bucket) } },
					periodLabel(bucket, granularity))),
				kinds.map((kind) => h('td', {}, String((bucket[kind.key] || []).length))),
				h('td', {}, String(bucket.count)))))));
}
