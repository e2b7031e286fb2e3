package org.peerpulse.analysis;

/** Why a figure is hidden, or would be hidden if "show small numbers" were off. */
public enum Suppression {
    /** Shown: not a small number and not needed to protect one. */
    NONE,
    /**
     * Hidden by the contract's own rules: a count from 1 to k − 1, or any count (zeros too) in a
     * row or column whose total is from 1 to k − 1 (that line is a group with fewer than k
     * respondents, so the group rule says it shows no figure at all).
     */
    PRIMARY,
    /** Hidden only so that a primary value cannot be recovered by subtraction. */
    COMPLEMENTARY
}
