// ECharts, loaded from the application's WebJar, and charts that start once their box is on the
// page and has a size (a chart started on a detached box would draw nothing).

import * as echarts from '../../webjars/echarts/dist/echarts.esm.min.js';

/**
 * Drawn on canvas: the SVG renderer writes style attributes, which a strict Content-Security-Policy refuses.
 * Starts a chart in box when the box first has a size, calling setup(chart) then,
 * and resizes it with the box. Returns { chart (null until started), dispose() }.
 */
export function lazyChart(box, setup) {
	let chart = null;
	const observer = new ResizeObserver(() => {
		if (box.clientWidth === 0 || box.clientHeight === 0) {
			return;
		}
		if (chart) {
			chart.resize();
			return;
		}
		chart = echarts.init(box, null, { renderer: 'canvas' });
		setup(chart);
	});
	observer.observe(box);
	return {
		get chart() {
			return chart;
		},
		dispose() {
			observer.disconnect();
			if (chart) {
				chart.dispose();
			}
		},
	};
}

/** Tooltips are HTML in ECharts: names from the API are escaped. */
export function escape(text) {
	return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
