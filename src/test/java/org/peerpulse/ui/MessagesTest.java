package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Item;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Psp1;
import org.peerpulse.io.ColumnMapping;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.ValueSet;

/** Every text key the code uses exists in the bundle, and the bundle holds no key nobody uses. */
class MessagesTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("tr\\(\\s*\"([a-zA-Z0-9.]+)\"");
    private static final Pattern ANY_STRING = Pattern.compile("\"([a-zA-Z0-9.]+)\"");

    @Test
    void everyKeyUsedExistsAndNoneIsUnused() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            bundle.load(in);
        }
        Set<String> used = new HashSet<>();
        Set<String> strings = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher literal = LITERAL_KEY.matcher(source);
                while (literal.find()) {
                    if (!literal.group(1).endsWith(".")) { // a prefix: its keys are added below
                        used.add(literal.group(1));
                    }
                }
                Matcher any = ANY_STRING.matcher(source);
                while (any.find()) {
                    strings.add(any.group(1));
                }
            }
        }
        // keys built from a prefix and a code
        for (StressDomain domain : StressDomain.values()) {
            used.add("domain." + domain.code());
        }
        for (Measure measure : Measure.values()) {
            used.add("measure." + measure.code());
            used.add("chart.title." + measure.code());
        }
        // the entry form's item and choice texts (ui/entry/ItemTexts); ProQOL items are shown by number
        for (Item item : Psp1.items()) {
            if (item.values() != ValueSet.PROQOL) {
                used.add("entry.item." + item.code());
            }
            item.values().codes().forEach(code -> used.add("entry.value." + item.values().code() + "." + code));
        }
        // what a column can map to besides an item (ui/imports/MappingTargetText)
        used.add("wizard.target." + ColumnMapping.IGNORE);
        Psp1.METADATA.forEach(column -> used.add("wizard.target." + column));
        assertThat(bundle.stringPropertyNames()).as("keys used in the code").containsAll(used);
        Set<String> unused = new HashSet<>(bundle.stringPropertyNames());
        unused.removeAll(used);
        unused.removeAll(strings); // a key passed around as a string constant counts as used
        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
    }

    @Test
    void everyApostropheIsWrittenTwiceAndReadsOnce() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)); // as ResourceBundle
        }
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        assertThat(bundle.stringPropertyNames()).as("texts with an apostrophe MessageFormat would take for a quote")
                .filteredOn(key -> lone.matcher(bundle.getProperty(key)).find()).isEmpty();
        for (String key : bundle.stringPropertyNames()) {
            new java.text.MessageFormat(bundle.getProperty(key)); // every text parses as a pattern
            assertThat(bundle.getProperty(key)).as(key + ": UTF-8 read as Latin-1 (\"Ã©\" for \"é\")")
                    .doesNotContain("\u00c3", "\u00c2", "\u00e2\u0080");
        }
        assertThat(Messages.tr("assoc.statistics", 1, "", 2, 3, "p = 0.5", 4)).contains("\u00b7 Cram\u00e9r's V");
        assertThat(Messages.tr("assoc.yates")).isEqualTo(" with Yates' correction");
        assertThat(Messages.tr("plan.forThisHint")).contains("this view's site");
        assertThat(Messages.tr("settings.header")).contains("this program's answers");
    }

    @Test
    void aFailureWithoutASentenceStillSaysWhatItWas() {
        assertThat(Messages.tr("status.failed", Failures.sentence(new NullPointerException())))
                .isEqualTo("Something went wrong: an error inside PeerPulse that has no description (NullPointerException)");
        assertThat(Failures.sentence(new IllegalStateException("The disk is full."))).isEqualTo("The disk is full.");
    }

    @Test
    void countsReadAsWordsAtNoneOneAndMany() {
        assertThat(Messages.tr("import.done", "paper.csv", 1, 0))
                .isEqualTo("paper.csv: 1 response added, 0 skipped as duplicates.");
        assertThat(Messages.tr("import.done", "kobo.csv", 1234, 2))
                .isEqualTo("kobo.csv: 1,234 responses added, 2 skipped as duplicates.");
        assertThat(Messages.tr("wizard.refused", "a.csv", 1)).contains("Fix the problem below in the file");
        assertThat(Messages.tr("wizard.refused", "a.csv", 3)).contains("Fix the 3 problems below in the file");
        assertThat(Messages.tr("program.merge.chooseFirst", 0, "Nanaimo")).endsWith("It has no responses to move.");
        assertThat(Messages.tr("program.status.merged", "A", "B", 1)).isEqualTo("Merged A into B: 1 response moved.");
        assertThat(Messages.tr("audit.howMuch.added", 0)).isEqualTo("No responses added");
        assertThat(Messages.tr("audit.howMuch.settings", 1)).isEqualTo("1 setting");
        assertThat(Messages.tr("audit.howMuch.pages", 12)).isEqualTo("12 pages");
        assertThat(Messages.tr("import.done", "a.csv", 0, 1)).isEqualTo("a.csv: no responses added, 1 skipped as a duplicate.");
        assertThat(Messages.tr("program.status.merged", "A", "B", 0)).isEqualTo("Merged A into B: no responses moved.");
        assertThat(Messages.tr("audit.howMuch.settings", 0)).isEqualTo("No settings");
        assertThat(Messages.tr("audit.howMuch.pages", 0)).isEqualTo("No pages");
        assertThat(Messages.tr("import.skippedAll", 693, "no answers")).isEqualTo("All 693 rows skipped: no answers.");
        assertThat(Messages.tr("import.skippedSome", 150, "no answers", 100, "2–101", 50))
                .isEqualTo("150 rows skipped: no answers (rows 2–101 and 50 more).");
        assertThat(Messages.tr("import.skippedSome", 51, "no answers", 1, "101", 50))
                .isEqualTo("51 rows skipped: no answers (row 101 and 50 more).");
        assertThat(Messages.tr("import.skippedSome", 1000, "no answers", 0, "", 1000))
                .isEqualTo("1,000 rows skipped: no answers.");
        assertThat(Messages.tr("import.unanswered", 1)).isEqualTo("1 row with no answers skipped.");
        assertThat(Messages.tr("import.unanswered", 3)).isEqualTo("3 rows with no answers skipped.");
    }
}
