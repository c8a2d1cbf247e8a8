package org.diplograph.change;

/** What a change did to its subject. */
public enum ChangeAction {

	IMPORT, CREATE, UPDATE, DELETE, MERGE, ACCEPT, REJECT, REOPEN

}
