package org.peerpulse.cli;

import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;

/** Resolves what a user typed to sites, waves and domains, or says in one sentence what exists. */
final class Names {
    private final AppContext context;

    Names(AppContext context) {
        this.context = context;
    }

    Site site(String name) {
        return Lookup.find(context.program(), name).orElseThrow(() -> new UserInputException(
                "--site: " + Lookup.notASite(context.program(), name)));
    }

    Wave wave(String label, String option) {
        return context.program().findWave(label).orElseThrow(() -> new UserInputException(
                option + ": " + Lookup.notAWave(context.program(), label)));
    }

    StressDomain domain(String code) {
        return StressDomain.fromCode(code).orElseThrow(() -> new UserInputException(
                "--domain: \"" + code + "\" is not a domain; use financial, work, housing, resources or trauma."));
    }
}
