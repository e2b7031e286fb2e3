package org.peerpulse.service;

import org.peerpulse.domain.Site;

/** The same respondent code (ignoring case) in one wave at both sites of a merge. */
public record MergeConflict(String wave, String fromRespondent, String intoRespondent) {
    public String sentence(Site from, Site into) {
        String there = fromRespondent.equals(intoRespondent) ? "" : " (written " + intoRespondent + " there)";
        return "Respondent " + fromRespondent + " answered wave " + wave + " at both " + from.name() + " and "
                + into.name() + there + ", so the two answers cannot be told apart.";
    }
}
