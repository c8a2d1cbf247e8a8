package org.diplograph.change;

/** Where a change is in its life. */
enum ChangeState {

	PENDING, APPLYING, COMMITTED, ABORTED

}
