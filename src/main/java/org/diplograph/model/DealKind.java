package org.diplograph.model;

/** What kind of arrangement a deal is. */
public enum DealKind {

	PROCUREMENT, FRAMEWORK_AGREEMENT, MOU, JOINT_PRODUCTION, TECHNOLOGY_TRANSFER, TRAINING, OTHER

}
