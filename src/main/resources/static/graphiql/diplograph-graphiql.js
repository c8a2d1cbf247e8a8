// Starts GraphiQL on the Diplograph page (/graphiql), from a file rather than an inline script so
// that a same-origin Content-Security-Policy allows it.
//
// The example queries are the page's <script type="application/graphql"> blocks, opened as tabs.
// The page's URL is shareable: /graphiql?query=...&variables=... opens that query (as the first tab,
// or in a new tab next to those a returning user kept), and the URL follows the query being edited.
(function () {
	'use strict';
	var root = document.currentScript.dataset.root || '';
	var container = document.getElementById('graphiql');
	if (typeof React === 'undefined' || typeof ReactDOM === 'undefined' || typeof GraphiQL === 'undefined') {
		var message = document.createElement('p');
		message.className = 'diplograph-message diplograph-error';
		message.textContent = 'GraphiQL could not be loaded: its scripts under ' + root + 'webjars/ are missing.';
		container.replaceChildren(message);
		return;
	}

	var examples = Array.prototype.map.call(
		document.querySelectorAll('script[type="application/graphql"]'),
		function (script) {
			var tab = { query: script.textContent.trim() + '\n' };
			if (script.dataset.variables) {
				tab.variables = JSON.stringify(JSON.parse(script.dataset.variables), null, 2);
			}
			return tab;
		});

	var params = new URLSearchParams(window.location.search);
	var sharedQuery = params.get('query') || undefined;
	var sharedVariables = params.get('variables') || undefined;
	var tabs = examples;
	if (sharedQuery) {
		// first, because GraphiQL opens the first tab when the browser kept no tabs of its own
		var same = examples.filter(function (tab) {
			return tab.query.trim() === sharedQuery.trim();
		});
		var shared = same.length > 0 ? same[0] : { query: sharedQuery, variables: sharedVariables };
		tabs = [shared].concat(examples.filter(function (tab) {
			return tab !== shared;
		}));
	}

	var current = { query: sharedQuery, variables: sharedVariables };
	function share(query, variables) {
		current = { query: query, variables: variables };
		var search = new URLSearchParams();
		if (query) {
			search.set('query', query);
		}
		if (variables && variables.trim() !== '' && variables.trim() !== '{}') {
			search.set('variables', variables);
		}
		var text = search.toString();
		window.history.replaceState(null, '', window.location.pathname + (text ? '?' + text : ''));
	}

	var fetcher = GraphiQL.createFetcher({ url: new URL(root + 'graphql', window.location.href).href });
	ReactDOM.createRoot(container).render(React.createElement(GraphiQL, {
		fetcher: fetcher,
		defaultQuery: examples[0].query,
		defaultTabs: tabs,
		query: sharedQuery,
		variables: sharedVariables,
		defaultEditorToolsVisibility: true,
		onEditQuery: function (query) {
			share(query, current.variables);
		},
		onEditVariables: function (variables) {
			share(current.query, variables);
		},
		onTabChange: function (state) {
			var tab = state.tabs[state.activeTabIndex];
			if (tab) {
				share(tab.query, tab.variables);
			}
		}
	}));
})();
