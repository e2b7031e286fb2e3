package org.peerpulse.io.report;

import java.util.List;

/**
 * One piece of a report's content, laid out in order by {@link PdfReportWriter}. Every text is
 * final: the writer lays out what it is given and computes no figure.
 */
public sealed interface ReportBlock {

    /** The title page's big title and the line under it. */
    record Title(String text, String subtitle) implements ReportBlock {
    }

    /** A heading; level 1 starts a new page and is a section, level 2 is a sub-heading. */
    record Heading(String text, int level) implements ReportBlock {
        public Heading {
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("A heading's level is 1 or 2, not " + level);
            }
        }
    }

    /** Running text, wrapped to the page; a note is smaller and grey. */
    record Paragraph(String text, boolean note) implements ReportBlock {
        public static Paragraph of(String text) {
            return new Paragraph(text, false);
        }

        public static Paragraph note(String text) {
            return new Paragraph(text, true);
        }
    }

    /** A list of points, each its own short paragraph with a bullet. */
    record Bullets(List<String> items) implements ReportBlock {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Label and value pairs (the title page's filters). */
    record Facts(List<List<String>> pairs) implements ReportBlock {
        public Facts {
            pairs = pairs.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A table whose rows break across pages, the heading repeated on each. A cell may hold several
     * lines ({@code \n}); long text wraps within its column.
     *
     * @param widths each column's share of the width (any positive numbers)
     */
    record Table(List<String> headers, List<Double> widths, List<List<String>> rows) implements ReportBlock {
        public Table {
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            int columns = headers.size();
            if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("Every row of a table needs one cell per column");
            }
        }
    }

    /** A trend chart drawn as vector graphics. */
    record Chart(ChartData data) implements ReportBlock {
    }
}
