package org.peerpulse.cli;

import java.util.stream.Collectors;
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
        return context.program().findSite(name).orElseThrow(() -> new UserInputException(
                "--site: \"" + name + "\" is not a site of this program; its sites are "
                        + context.program().sites().stream()
                        .map(s -> s.name() + (s.code() == null ? "" : " (" + s.code() + ")"))
                        .collect(Collectors.joining(", ")) + "."));
    }

    Wave wave(String label, String option) {
        return context.program().findWave(label).orElseThrow(() -> new UserInputException(
                option + ": \"" + label + "\" is not a wave of this program; its waves are "
                        + context.program().waves().stream().map(Wave::label).collect(Collectors.joining(", ")) + "."));
    }

    StressDomain domain(String code) {
        return StressDomain.fromCode(code).orElseThrow(() -> new UserInputException(
                "--domain: \"" + code + "\" is not a domain; use financial, work, housing, resources or trauma."));
    }
}
