package org.diplograph.evidence;

/**
 * The two mappings every kind of fact's MapStruct mapper has: the document into a draft,
 * and the draft back into the document with its derived fields.
 */
public interface FactMapper<F, D> {

	D toDraft(F fact);

	F toDocument(D draft);

}
