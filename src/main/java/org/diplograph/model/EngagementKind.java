package org.diplograph.model;

/** What kind of contact an engagement is. */
public enum EngagementKind {

	MEETING, PHONE_CALL, SUMMIT, JOINT_EXERCISE, CONSULTATIONS, MESSAGE, OTHER

}
