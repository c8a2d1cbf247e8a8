// An actor's network as a force-directed graph: node size by the weight of its links, colour by
// kind, edge width by weight; hovering an edge says what links the two, clicking it selects it.

import { escape, lazyChart } from './charts.js';
import { h } from './dom.js';
import { ACTOR_KINDS, FACT_KINDS } from './facts.js';
import { plural } from './format.js';

const KIND_ORDER = Object.keys(ACTOR_KINDS);

/** What links two actors, in words: "1 visit, 2 articles". */
export function linkSummary(edge) {
	const parts = FACT_KINDS.map((kind) => [kind, (edge[kind.key] || []).length])
		.filter(([, count]) => count > 0)
		.map(([kind, count]) => plural(count, kind.singular));
	if (edge.articles && edge.articles.length > 0) {
		parts.push(plural(edge.articles.length, 'article'));
	}
	return parts.join(', ');
}

/**
 * Draws the network into a new element; returns { element, chart, select(edge), dispose }.
 * onEdge(edge) is called when an edge is clicked, onNode(node) when a node other than the centre is.
 */
export function networkChart(network, centerId, { onEdge = () => {}, onNode = () => {} } = {}) {
	const chartBox = h('div', { class: 'chart network-chart', role: 'img',
		'aria-label': `Network graph of ${plural(network.nodes.length, 'actor')} and ${plural(network.edges.length, 'link')}; the links are listed beside it` });
	const legend = h('ul', { class: 'legend', 'aria-label': 'Colours' },
		KIND_ORDER.map((kind) => h('li', {}, h('span', { class: `swatch kind-${kind}` }), ACTOR_KINDS[kind].label)));
	const element = h('div', { class: 'network' }, chartBox, legend);
	const strength = new Map(network.nodes.map((node) => [node.id, 0]));
	for (const edge of network.edges) {
		strength.set(edge.source.id, (strength.get(edge.source.id) || 0) + edge.weight);
		strength.set(edge.target.id, (strength.get(edge.target.id) || 0) + edge.weight);
	}
	const maxStrength = Math.max(1, ...strength.values());
	// drawn in this order: the actor's own links over the paler others, the heavier over the lighter, so
	// that where lines cross or run together the pointer finds the link that matters most
	const ownLink = (edge) => edge.source.id === centerId || edge.target.id === centerId;
	const edges = [...network.edges.filter((edge) => !ownLink(edge)),
		...network.edges.filter(ownLink).sort((a, b) => a.weight - b.weight)];
	const option = (width, height) => ({
		animation: false,
		tooltip: {
			confine: true,
			extraCssText: 'max-width: 24rem; white-space: normal;',
			formatter: (params) => (params.dataType === 'edge'
				? edgeTooltip(edges[params.dataIndex])
				: nodeTooltip(network.nodes[params.dataIndex], strength)),
		},
		series: [{
			type: 'graph',
			layout: 'force',
			roam: true,
			draggable: true,
			// laid out at once: no motion while the reader looks
			force: {
				layoutAnimation: false,
				// spread to fit the box: fewer nodes push apart harder
				repulsion: Math.max(60, Math.min(900, (width * height) / (60 * network.nodes.length))),
				edgeLength: [Math.min(width, height) / 5, Math.min(width, height) / 2.6],
				gravity: network.nodes.length < 16 ? 0.06 : 0.2,
				friction: 0.6,
			},
			categories: KIND_ORDER.map((kind) => ({ name: ACTOR_KINDS[kind].label, itemStyle: { color: ACTOR_KINDS[kind].color } })),
			label: { show: true, position: 'right', fontSize: 12, color: '#1a202c' },
			labelLayout: { hideOverlap: true },
			emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
			lineStyle: { color: '#4a5568', curveness: 0 },
			data: network.nodes.map((node) => ({
				id: node.id,
				name: node.name,
				category: Math.max(0, KIND_ORDER.indexOf(node.kind)),
				symbolSize: 12 + 30 * Math.sqrt((strength.get(node.id) || 0) / maxStrength),
				itemStyle: node.id === centerId ? { borderColor: '#1a202c', borderWidth: 3 } : undefined,
				label: node.id === centerId ? { fontWeight: 'bold', fontSize: 14 } : undefined,
				// the actor stays in the middle, its links around it
				...(node.id === centerId ? { fixed: true, x: width / 2, y: height / 2 } : {}),
			})),
			links: edges.map((edge) => ({
				source: edge.source.id,
				target: edge.target.id,
				value: edge.weight,
				lineStyle: {
					width: Math.min(10, 1.5 + 1.5 * Math.log2(edge.weight)),
					// links of the actor itself stand out from those among the others
					opacity: ownLink(edge) ? 0.85 : 0.3,
				},
			})),
		}],
	});
	const lazy = lazyChart(chartBox, (chart) => {
		chart.setOption(option(chart.getWidth(), chart.getHeight()));
		chart.on('click', (params) => {
			if (params.dataType === 'edge') {
				onEdge(edges[params.dataIndex]);
			}
			else if (params.dataType === 'node' && network.nodes[params.dataIndex].id !== centerId) {
				onNode(network.nodes[params.dataIndex]);
			}
		});
	});
	return {
		element,
		get chart() {
			return lazy.chart;
		},
		select(edge) {
			const chart = lazy.chart;
			if (!chart) {
				return;
			}
			chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
			const index = edges.indexOf(edge);
			if (index >= 0) {
				chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataType: 'edge', dataIndex: index });
			}
		},
		dispose: lazy.dispose,
	};
}

function edgeTooltip(edge) {
	const lines = [`<strong>${escape(edge.source.name)} — ${escape(edge.target.name)}</strong>`,
		escape(`${linkSummary(edge)} (weight ${edge.weight})`)];
	for (const kind of FACT_KINDS) {
		for (const fact of (edge[kind.key] || []).slice(0, 3)) {
			lines.push(`${escape(kind.singular)}: ${escape(kind.title(fact))}`);
		}
	}
	lines.push('<em>Click the link for its visits, deals and articles</em>');
	return lines.join('<br>');
}

function nodeTooltip(node, strength) {
	return `<strong>${escape(node.name)}</strong><br>${escape(ACTOR_KINDS[node.kind] ? ACTOR_KINDS[node.kind].label : node.kind)}`
		+ `<br>links of total weight ${strength.get(node.id) || 0}`;
}
