package org.peerpulse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain, aligned text table for the terminal; a column with no heading and nothing in it is left out. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable add(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            if (width > 0) {
                rule.append("-".repeat(width)).append("  ");
            }
        }
        out.println(rule.toString().stripTrailing());
        rows.forEach(row -> line(out, row, widths));
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (widths[i] > 0) {
                line.append(String.format("%-" + widths[i] + "s  ", cells.get(i)));
            }
        }
        out.println(line.toString().stripTrailing());
    }
}
