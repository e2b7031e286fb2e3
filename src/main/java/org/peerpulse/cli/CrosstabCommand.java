package org.peerpulse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peerpulse.analysis.Cell;
import org.peerpulse.analysis.CrossTab;
import org.peerpulse.analysis.PValue;
import org.peerpulse.analysis.stats.ContingencyResult;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.Wave;
import org.peerpulse.service.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "crosstab", description = "Association between two variables: the table, chi-square, Cramér's V (and Fisher for 2×2).")
final class CrosstabCommand extends ProgramCommand {
    @Option(names = "--rows", paramLabel = "VAR", required = true, description = "Row variable: an item code, high_<domain>,"
            + " poor_health, poor_mental_health or low_qol.")
    String rows;

    @Option(names = "--cols", paramLabel = "VAR", required = true, description = "Column variable, as --rows.")
    String cols;

    @Option(names = "--wave", paramLabel = "W", description = "One wave (default: all).")
    String waveLabel;

    @Option(names = "--site", paramLabel = "S", description = "One site (default: all).")
    String siteName;

    @Mixin
    AnalysisOptions options = new AnalysisOptions();

    @Override
    int run(AppContext context, PrintWriter out) {
        Names names = new Names(context);
        Wave wave = waveLabel == null ? null : names.wave(waveLabel, "--wave");
        Site site = siteName == null ? null : names.site(siteName);
        CrossTab tab = context.associations().crosstab(rows, cols, wave, site, options.showSmallNumbers(context));
        if (options.json) {
            out.println(Json.write(options.marked(toJson(tab))));
        } else {
            options.markText(out);
            print(out, tab);
        }
        return PeerPulseCli.OK;
    }

    private static Map<String, Object> toJson(CrossTab tab) {
        ContingencyResult test = tab.test();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rows", tab.rows().code());
        doc.put("cols", tab.columns().code());
        doc.put("row_labels", tab.rows().categories());
        doc.put("col_labels", tab.columns().categories());
        List<List<Long>> table = new ArrayList<>();
        for (int i = 0; i < tab.counts().rows(); i++) {
            List<Long> row = new ArrayList<>();
            for (int j = 0; j < tab.counts().columns(); j++) {
                row.add(value(tab.counts().cell(i, j)));
            }
            table.add(row);
        }
        doc.put("table", table);
        doc.put("n", tab.n());
        doc.put("chi2", test == null ? null : Json.round(test.chi2(), 4));
        doc.put("df", test == null ? null : test.df());
        doc.put("p", test == null ? null : Json.significant(test.p(), 4));
        doc.put("yates", test == null ? null : test.yates());
        doc.put("fisher_p", test == null || test.fisherP() == null ? null : Json.significant(test.fisherP(), 4));
        doc.put("cramers_v", test == null ? null : Json.round(test.cramersV(), 4));
        doc.put("min_expected", test == null ? null : Json.round(test.minExpected(), 2));
        doc.put("low_expected_warning", test == null ? null : test.lowExpectedWarning());
        doc.put("statistics_hidden", tab.statisticsHidden());
        doc.put("suppressed", tab.n() == null || tab.statisticsHidden());
        return doc;
    }

    private static Long value(Cell cell) {
        return cell.hidden() ? null : cell.count().getAsLong();
    }

    private static void print(PrintWriter out, CrossTab tab) {
        List<String> header = new ArrayList<>();
        header.add(tab.rows().code() + " \\ " + tab.columns().code());
        header.addAll(tab.columns().categories());
        header.add("total");
        TextTable text = new TextTable(header.toArray(String[]::new));
        for (int i = 0; i < tab.counts().rows(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(tab.rows().categories().get(i));
            for (int j = 0; j < tab.counts().columns(); j++) {
                row.add(tab.counts().label(tab.counts().cell(i, j), Long::toString));
            }
            row.add(tab.counts().label(tab.counts().rowTotal(i), Long::toString));
            text.add(row.toArray());
        }
        text.print(out);
        int k = tab.counts().k();
        if (!tab.counts().smallNumbersShown()) { // the same words as the window's note under its table
            out.println("\"" + org.peerpulse.analysis.SmallNumbers.hiddenMark(k) + "\": fewer than " + k
                    + ", or hidden so that a small count cannot be worked out from the totals, the other sites'"
                    + " and waves' tables, or other tables that share a question.");
        }
        ContingencyResult test = tab.test();
        if (tab.n() == null) {
            out.println("No test: " + org.peerpulse.analysis.SmallNumbers.hiddenGroup(k) + ".");
            return;
        }
        if (tab.n() == 0) {
            out.println("No test: nobody answered both.");
            return;
        }
        if (tab.statisticsHidden()) {
            out.println("No test: a count in the table is hidden, and the test's figures beside the totals would"
                    + " let it be worked out.");
            return;
        }
        if (test == null) {
            out.println("No test: it needs answers in at least two rows and two columns.");
            return;
        }
        out.printf("n = %d; chi-square%s = %.4f, df = %d, %s; Cramér's V = %.3f%s%n", tab.n(),
                test.yates() ? " (Yates)" : "", test.chi2(), test.df(), PValue.text(test.p(), Locale.ROOT),
                test.cramersV(), test.fisherP() == null ? "" : "; Fisher " + PValue.text(test.fisherP(), Locale.ROOT));
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < tab.counts().rows(); i++) {
            if (tab.counts().rowTotal(i).count().orElse(-1) == 0) {
                empty.add(tab.rows().categories().get(i));
            }
        }
        for (int j = 0; j < tab.counts().columns(); j++) {
            if (tab.counts().columnTotal(j).count().orElse(-1) == 0) {
                empty.add(tab.columns().categories().get(j));
            }
        }
        if (!empty.isEmpty()) { // as R's chisq.test would be given the table: without lines nobody is in
            out.println("The test leaves out what nobody answered: " + String.join(", ", empty) + ".");
        }
        if (test.lowExpectedWarning()) {
            out.printf("Warning: an expected count is below 5 (smallest %.2f); the chi-square p may be inaccurate.%n",
                    test.minExpected());
        }
    }
}
