package org.diplograph.evidence;

import java.util.List;

import org.diplograph.change.Plan;
import org.diplograph.common.Evidence;

/**
 * The sources of one kind of fact, as the evidence mutations change them: implemented by
 * the {@code *Writes} class of each kind, picked by the prefix of the fact's ID.
 */
public interface FactEvidence {

	/** The ID prefix of the facts this changes ("visit:"). */
	String prefix();

	/** Adds the evidence to the fact's sources; the fact as it is now. */
	Object addEvidence(String factId, Evidence evidence, String author, String note);

	/**
	 * Removes the source with this range; refused when it is the fact's last. The fact as
	 * it is now.
	 */
	Object removeEvidence(String factId, String articleId, int start, int end, String author, String note);

	/**
	 * Adds the evidence to the fact's sources within {@code change}, which the caller
	 * applies (merging a candidate into the fact decides it in the same change); the fact
	 * as it will be. A fact that has every range already is left as it is.
	 */
	Object addSources(String factId, List<Evidence> added, Plan change);

}
