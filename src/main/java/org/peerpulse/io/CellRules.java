package org.peerpulse.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.peerpulse.domain.Item;
import org.peerpulse.domain.Names;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.ValueSet;

/**
 * The PSP-1 rules for one cell of the canonical CSV (instrument.md), and the sentence that says
 * what is wrong with a refused value. Values arrive stripped and non-blank.
 */
final class CellRules {
    static final int RESPONDENT_MAX = 40;
    private static final int SHOWN_MAX = 40;

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_.+\\-/:]+");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    /** A whole number's plus sign and leading zeros, as a spreadsheet may write them ("04", "+4"). */
    private static final Pattern SIGN_AND_ZEROS = Pattern.compile("^\\+?0*(?=\\d)");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d*[.,]\\d+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[\\d\\s().\\-/]+");
    private static final Pattern DATE_SHAPE = Pattern.compile(
            "\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
    private static final List<Function<String, Object>> DATE_PARSERS = List.of(
            LocalDate::parse, LocalDateTime::parse, OffsetDateTime::parse);
    private static final String CONTACT = "; the respondent code is a pseudonym the worker makes up, never contact details";

    private CellRules() {
    }

    /** A checked value: the code to store, or the reason it was refused. */
    record Checked(String value, String problem) {
        static Checked ok(String value) {
            return new Checked(value, null);
        }

        static Checked refused(String problem) {
            return new Checked(null, problem);
        }

        boolean isOk() {
            return problem == null;
        }
    }

    static Checked answer(Item item, String value) {
        if (item.kind() != org.peerpulse.domain.ItemKind.TEXT && value.startsWith("=")) {
            return Checked.refused(show(value) + " is a formula, not an answer; write the answer itself (or, for a"
                    + " workbook saved without its formulas' values, open it in Excel, save it, and import it again)");
        }
        switch (item.kind()) {
            case TEXT:
                return Checked.ok(value);
            case MULTIPLE:
                return choices(item.values(), value);
            default:
                return single(item.values(), value);
        }
    }

    /**
     * One code of the item's value set. On a 1–5 scale, a whole number written with leading zeros or
     * a plus sign ("04", "+4") is that number: unambiguous, unlike a decimal such as 4.0.
     */
    private static Checked single(ValueSet values, String value) {
        String code = code(values, value);
        if (code == null && values.isNumeric() && INTEGER.matcher(value).matches()) { // only then: millions of answers
            code = code(values, SIGN_AND_ZEROS.matcher(value).replaceFirst(""));
        }
        if (code != null) {
            return Checked.ok(code);
        }
        String shown = show(value);
        if (values.isNumeric()) {
            if (INTEGER.matcher(value).matches()) {
                return Checked.refused(shown + " is not on " + values.describe());
            }
            if (DECIMAL.matcher(value).matches()) {
                return Checked.refused(shown + " is not on " + values.describe() + "; write a whole number from 1 to 5");
            }
            return Checked.refused(shown + " is not on " + values.describe()
                    + "; write the number from 1 to 5, not its label");
        }
        String refused = shown + " is not " + values.describe();
        if (LETTER.matcher(value).find()) {
            for (String candidate : values.codes()) {
                if (Names.same(candidate, value)) {
                    return Checked.refused(refused + "; perhaps you meant " + candidate);
                }
            }
        }
        return Checked.refused(refused);
    }

    /** {@code top3}: codes separated by spaces, at most three, stored once each in the value set's order. */
    private static Checked choices(ValueSet values, String value) {
        Set<String> chosen = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String token : value.split("\\s+")) {
            String code = code(values, token);
            if (code == null) {
                unknown.add(token);
            } else {
                chosen.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            List<String> shown = unknown.stream().map(CellRules::show).collect(Collectors.toList());
            String refused = and(shown) + (shown.size() == 1 ? " is not " : " are not ") + values.describe();
            if (unknown.stream().anyMatch(t -> t.contains(",") || t.contains(";"))) {
                refused += "; separate the choices with spaces, e.g. financial housing caring";
            }
            return Checked.refused(refused);
        }
        if (chosen.size() > Psp1.TOP3_MAX_CHOICES) {
            return Checked.refused("has " + chosen.size() + " different choices; choose at most "
                    + Psp1.TOP3_MAX_CHOICES);
        }
        return Checked.ok(values.codes().stream().filter(chosen::contains).collect(Collectors.joining(" ")));
    }

    /** The value set's own code for {@code value}, matched ignoring case; null when there is none. */
    private static String code(ValueSet values, String value) {
        for (String code : values.codes()) {
            if (code.equalsIgnoreCase(value)) {
                return code;
            }
        }
        return null;
    }

    /** The optional pseudonym: not contact details, at most 40 characters. */
    static Checked respondent(String value) {
        if (looksLikeEmail(value)) {
            return Checked.refused("looks like an e-mail address" + CONTACT);
        }
        if (looksLikePhone(value)) {
            return Checked.refused("looks like a phone number" + CONTACT);
        }
        int length = value.codePointCount(0, value.length());
        if (length > RESPONDENT_MAX) {
            return Checked.refused("is " + length + " characters long; a respondent code has at most "
                    + RESPONDENT_MAX);
        }
        return Checked.ok(value);
    }

    /** True when the whole value is an e-mail address or contains one. */
    static boolean looksLikeEmail(String value) {
        // the search is quadratic in the value's length: only values with an @ can match (a 5 MB cell took minutes)
        return value.indexOf('@') >= 0 && EMAIL.matcher(value).find();
    }

    /**
     * 7 to 15 digits written only with phone punctuation, e.g. 250-555-0199, (250) 555 0199,
     * +1 250 555 0199 or 2505550199. Digits alone count from 10 (a birth date like 19850312 is a
     * plausible pseudonym), a leading + from 8; date shapes such as 12.03.1985 are not phones.
     */
    static boolean looksLikePhone(String value) {
        if (!PHONE_CHARS.matcher(value).matches() || DATE_SHAPE.matcher(value).matches()) {
            return false;
        }
        int digits = (int) value.chars().filter(Character::isDigit).count();
        if (digits > 15) {
            return false;
        }
        if (value.startsWith("+")) {
            return digits >= 8;
        }
        if (digits == value.length()) {
            return digits >= 10;
        }
        return digits >= 7;
    }

    /**
     * An ISO date ({@code 2019-09-15}) or date-time with or without offset
     * ({@code 2019-09-15T14:30}, {@code …:00Z}, {@code …:00.000-07:00}). A space in place of the
     * {@code T} (as REDCap writes it) is accepted and stored as {@code T}.
     */
    static Checked submitted(String value) {
        if (!ISO_SHAPE.matcher(value).matches()) {
            return Checked.refused(show(value) + " is not an ISO date or date-time; write it as 2019-09-15"
                    + " or 2019-09-15T14:30");
        }
        String iso = value.length() > 10 ? value.substring(0, 10) + "T" + value.substring(11) : value;
        for (Function<String, Object> parser : DATE_PARSERS) {
            try {
                parser.apply(iso);
                return Checked.ok(iso);
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return Checked.refused(show(value) + " is not a real date or time; write it as 2019-09-15"
                + " or 2019-09-15T14:30");
    }

    /** A value as a problem sentence shows it: plain tokens as they are, anything else in quotes, cut at 40 characters. */
    static String show(String value) {
        int length = value.codePointCount(0, value.length());
        if (length <= SHOWN_MAX) {
            return PLAIN.matcher(value).matches() ? value : "\"" + value + "\"";
        }
        return "\"" + value.substring(0, value.offsetByCodePoints(0, SHOWN_MAX)) + "…\"";
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
