// Runs every server audit of graphql-http against a GraphQL endpoint and prints one JSON
// line per audit: {"id", "name", "status", "reason"}, status being graphql-http's own
// (ok; error for a failed MUST, warn for a failed SHOULD, notice for a failed MAY).
// Usage: node audit.mjs http://localhost:8080/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
	console.error('usage: node audit.mjs <graphql endpoint url>');
	process.exit(2);
}

for (const audit of serverAudits({ url })) {
	let result;
	try {
		result = await audit.fn();
	}
	catch (err) {
		// graphql-http throws only on a fatal problem, such as a refused connection
		result = { id: audit.id, name: audit.name, status: 'error', reason: `fatal: ${err}` };
	}
	let reason = result.reason ?? null;
	if (reason !== null && result.response) {
		reason += ` (HTTP ${result.response.status}, content-type ${result.response.headers.get('content-type')})`;
	}
	console.log(JSON.stringify({ id: result.id, name: result.name, status: result.status, reason }));
}
