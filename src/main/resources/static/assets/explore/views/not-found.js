// Any URL below /explore that no view claims.

import { href } from '../router.js';
import { NotFound } from '../view.js';

export default {
	name: 'not-found',
	title: 'Not found',
	async render({ params }) {
		const base = href();
		throw new NotFound(`The explorer has no page at “${params.path}”. Its views are ${base}, `
			+ `${base}/actor/{id}, ${base}/relationship?a=…&b=…, ${base}/visit/{id}, ${base}/deal/{id}, `
			+ `${base}/engagement/{id}, ${base}/article/{id} and ${base}/review (the review desk).`);
	},
};
