package org.peerpulse.analysis;

/**
 * The group rule's verdict on one group (a site in a wave, or any filtered subset).
 *
 * @param respondents   how many answered
 * @param belowMinimum  fewer than k answered: the group's figures are suppressed (or would be)
 * @param hidden        no figure may be shown: no count, percentage, mean, interval or chart point
 */
public record GroupFigure(long respondents, boolean belowMinimum, boolean hidden) {
    public GroupFigure {
        if (respondents < 0) {
            throw new IllegalArgumentException("A group cannot have " + respondents + " respondents");
        }
        if (hidden && !belowMinimum) {
            throw new IllegalArgumentException("Only a group below the minimum is hidden");
        }
    }
}
