package org.peerpulse.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.ProgramService;

/** Finds the site or wave a user named, or says in one sentence which ones there are. */
final class Lookup {
    private Lookup() {
    }

    static Site site(ProgramService program, String text) {
        return find(program, text).orElseThrow(() -> new UserInputException(notASite(program, text)));
    }

    /** The site named {@code text}, also as the sites command lists it ("Victoria Outreach (demo)"). */
    static java.util.Optional<Site> find(ProgramService program, String text) {
        return program.findSite(text).or(() -> program.findSite(text.replaceFirst("(\\s*\\((demo|archived)\\))+\\s*$", "")));
    }

    static Wave wave(ProgramService program, String text) {
        return program.findWave(text).orElseThrow(() -> new UserInputException(notAWave(program, text)));
    }

    /** "\"X\" is not a site of this program; its sites are A (a), B (b)." — or "none yet." */
    static String notASite(ProgramService program, String text) {
        return "\"" + text + "\" is not a site of this program; its sites are " + program.sites().stream()
                .map(s -> s.name() + (s.code() == null ? "" : " (" + s.code() + ")"))
                .collect(Collectors.joining(", ", "", ".")).replaceFirst("^\\.$", "none yet.");
    }

    /** "\"X\" is not a wave of this program; its waves are 2024-03, 2024-09." — or "none yet." */
    static String notAWave(ProgramService program, String text) {
        return "\"" + text + "\" is not a wave of this program; its waves are " + program.waves().stream()
                .map(Wave::label).collect(Collectors.joining(", ", "", ".")).replaceFirst("^\\.$", "none yet.");
    }

    static Setting setting(String code) {
        return Setting.fromCode(code).orElseThrow(() -> new UserInputException(
                "\"" + code + "\" is not a setting; use one of overdose_prevention, supervised_consumption,"
                        + " housing, outreach, drop_in, other."));
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException("--date: \"" + text + "\" is not a date like 2024-03-15.");
        }
    }
}
