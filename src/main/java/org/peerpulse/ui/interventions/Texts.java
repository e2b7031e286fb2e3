package org.peerpulse.ui.interventions;

import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.RoseComponent;
import org.peerpulse.ui.Messages;

/** The words for ROSE components and plan statuses. */
public final class Texts {
    private Texts() {
    }

    public static String rose(RoseComponent rose) {
        return rose == null ? "" : Messages.tr(switch (rose) {
            case RECOGNITION -> "rose.recognition";
            case ORGANIZATIONAL -> "rose.organizational";
            case SKILL -> "rose.skill";
            case EVERYONE -> "rose.everyone";
        });
    }

    public static String status(InterventionStatus status) {
        return status == null ? "" : Messages.tr(switch (status) {
            case PLANNED -> "plan.status.planned";
            case ACTIVE -> "plan.status.active";
            case DONE -> "plan.status.done";
            case STOPPED -> "plan.status.stopped";
        });
    }
}
