package org.diplograph.analysis;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The nodes and edges of a network, for the cost model. */
record NetworkSize(long nodes, long edges) {

	/** Actors whose networks are measured for the average network size. */
	private static final int SAMPLE = 100;

	static NetworkSize of(Map<String, Map<String, Link>> links, String center, int depth) {
		Map<String, Integer> distance = new HashMap<>();
		distance.put(center, 0);
		ArrayDeque<String> queue = new ArrayDeque<>(List.of(center));
		while (!queue.isEmpty()) {
			String current = queue.poll();
			int next = distance.get(current) + 1;
			if (next > depth) {
				continue;
			}
			for (String other : links.getOrDefault(current, Map.of()).keySet()) {
				if (distance.putIfAbsent(other, next) == null) {
					queue.add(other);
				}
			}
		}
		long ends = 0;
		for (String node : distance.keySet()) {
			for (String other : links.getOrDefault(node, Map.of()).keySet()) {
				if (distance.containsKey(other)) {
					ends++;
				}
			}
		}
		return new NetworkSize(distance.size(), ends / 2);
	}

	private static long ceilDiv(long total, int count) {
		return (total + count - 1) / count;
	}

	/** Average sizes, measured when the graph is built or changed. */
	record Averages(NetworkSize depth1, NetworkSize depth2, Link.Counts link) {

		static final Averages NONE = new Averages(new NetworkSize(1, 0), new NetworkSize(1, 0),
				new Link.Counts(0, 0, 0, 0));

		static Averages of(Map<String, Map<String, Link>> links) {
			List<String> actors = links.keySet().stream().sorted().toList();
			if (actors.isEmpty()) {
				return NONE;
			}
			int step = Math.max(1, actors.size() / SAMPLE);
			long[] totals = new long[4];
			int measured = 0;
			for (int i = 0; i < actors.size(); i += step) {
				NetworkSize one = NetworkSize.of(links, actors.get(i), 1);
				NetworkSize two = NetworkSize.of(links, actors.get(i), 2);
				totals[0] += one.nodes();
				totals[1] += one.edges();
				totals[2] += two.nodes();
				totals[3] += two.edges();
				measured++;
			}
			double[] items = new double[Link.SLOTS];
			long count = 0;
			for (Map<String, Link> ofActor : links.values()) {
				for (Link link : ofActor.values()) {
					items[0] += link.visitIds().size();
					items[1] += link.dealIds().size();
					items[2] += link.articleIds().size();
					items[3] += link.engagementIds().size();
					count++;
				}
			}
			return new Averages(new NetworkSize(ceilDiv(totals[0], measured), ceilDiv(totals[1], measured)),
					new NetworkSize(ceilDiv(totals[2], measured), ceilDiv(totals[3], measured)),
					new Link.Counts(items[0] / count, items[1] / count, items[2] / count, items[3] / count));
		}

	}

}
