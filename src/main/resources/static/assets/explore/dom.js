// Building DOM without innerHTML: every text from the API becomes a text node, never markup.

/**
 * An element: h('a', { href, class: 'x', on: { click }, dataset: {...}, ...attributes }, ...children).
 * Children are nodes, strings or numbers; null, undefined and false are skipped, arrays flattened.
 */
export function h(tag, props = {}, ...children) {
	const element = document.createElement(tag);
	for (const [key, value] of Object.entries(props || {})) {
		if (value === null || value === undefined || value === false) {
			continue;
		}
		if (key === 'class') {
			element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
		}
		else if (key === 'on') {
			for (const [event, handler] of Object.entries(value)) {
				element.addEventListener(event, handler);
			}
		}
		else if (key === 'dataset') {
			Object.assign(element.dataset, value);
		}
		else if (key === 'text') {
			element.textContent = value;
		}
		else if (value === true) {
			element.setAttribute(key, '');
		}
		else {
			element.setAttribute(key, String(value));
		}
	}
	append(element, children);
	return element;
}

/** Appends children as h() does. */
export function append(parent, children) {
	for (const child of [children].flat(Infinity)) {
		if (child === null || child === undefined || child === false) {
			continue;
		}
		parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
	}
	return parent;
}

/** Replaces all children of an element. */
export function replace(parent, ...children) {
	parent.replaceChildren();
	return append(parent, children);
}

/** A list joined with separators, e.g. links joined by ", ". */
export function joined(items, separator = ', ') {
	const out = [];
	items.forEach((item, index) => {
		if (index > 0) {
			out.push(separator);
		}
		out.push(item);
	});
	return out;
}

/** A section with a heading of the given level and id, for the views' blocks. */
export function section(title, { id, level = 2, className } = {}, ...children) {
	return h('section', { class: ['panel', className], 'aria-labelledby': id ? `${id}-title` : null },
		h(`h${level}`, { id: id ? `${id}-title` : null }, title), ...children);
}
