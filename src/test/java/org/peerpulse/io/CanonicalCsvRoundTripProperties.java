package org.peerpulse.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.ItemKind;
import org.peerpulse.domain.Psp1;

/** Whatever valid responses the writer writes, the reader reads back identical. */
class CanonicalCsvRoundTripProperties {

    @Property(tries = 200, seed = "20190915")
    void validResponsesWrittenByTheWriterReadBackIdentical(@ForAll("responses") List<ParsedRow> rows)
            throws IOException {
        StringWriter out = new StringWriter();
        new CanonicalCsvWriter().write(out, rows);

        ParsedFile parsed = CsvInput.read(out.toString().getBytes(StandardCharsets.UTF_8), null);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).isEqualTo(rows);
    }

    @Provide
    Arbitrary<List<ParsedRow>> responses() {
        return response().list().ofMinSize(1).ofMaxSize(15).map(CanonicalCsvRoundTripProperties::numbered);
    }

    /** Rows as the reader numbers them: the header is row 1. */
    private static List<ParsedRow> numbered(List<ParsedRow> rows) {
        List<ParsedRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ParsedRow r = rows.get(i);
            out.add(new ParsedRow(i + 2, r.site(), r.wave(), r.respondent(), r.submitted(), null, r.answers()));
        }
        return out;
    }

    private static Arbitrary<ParsedRow> response() {
        return Combinators.combine(text(30), text(12), respondent(), submitted(), answers())
                .as((site, wave, respondent, submitted, answers) ->
                        new ParsedRow(0, site, wave, respondent, submitted, null, answers));
    }

    /** Stripped, non-blank text with the characters that need quoting, accents and other scripts. */
    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars(',', '"', '\n', '\r', '\t', 'é', 'ç', 'ñ', '—', '漢', 'ᐃ')
                .ofMinLength(1).ofMaxLength(maxLength)
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    /** A made-up code: letters first, so it never looks like a phone number. */
    private static Arbitrary<String> respondent() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').withChars('É')
                .ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('0', '9').withChars('-', '_')
                .ofMaxLength(20);
        return Combinators.combine(letters, rest).as(String::concat).injectNull(0.3);
    }

    private static Arbitrary<String> submitted() {
        Arbitrary<LocalDate> dates = Arbitraries.longs()
                .between(LocalDate.of(2015, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<String> times = Arbitraries.of("", "T14:30", "T09:05:59", "T23:59:59.123", "T00:00:00Z",
                "T10:15:00-07:00", "T10:15:00.000+05:30");
        return Combinators.combine(dates, times).as((date, time) -> date + time).injectNull(0.3);
    }

    private static Arbitrary<Map<String, String>> answers() {
        List<Arbitrary<Optional<Map.Entry<String, String>>>> items = new ArrayList<>();
        for (Item item : Psp1.items()) {
            items.add(answer(item).map(value -> Map.entry(item.code(), value)).optional(0.6));
        }
        return Combinators.combine(items).as(entries -> {
            Map<String, String> answers = new HashMap<>();
            entries.forEach(entry -> entry.ifPresent(e -> answers.put(e.getKey(), e.getValue())));
            return answers;
        });
    }

    private static Arbitrary<String> answer(Item item) {
        if (item.kind() == ItemKind.TEXT) {
            return text(200);
        }
        List<String> codes = item.values().codes();
        if (item.kind() == ItemKind.MULTIPLE) {
            return Arbitraries.of(codes).set().ofMinSize(1).ofMaxSize(Psp1.TOP3_MAX_CHOICES)
                    .map(chosen -> codes.stream().filter(chosen::contains).collect(Collectors.joining(" ")));
        }
        return Arbitraries.of(codes);
    }
}
