package org.peerpulse.io.export;

import java.util.List;
import java.util.Objects;

/**
 * A table to export, independent of any screen: a name (the sheet's), column headings and rows
 * of typed cells. Every row has as many cells as there are headings.
 */
public record ExportTable(String name, List<String> headers, List<List<ExportCell>> rows) {
    public ExportTable {
        Objects.requireNonNull(name, "name");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<ExportCell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + headers.size()
                        + " columns");
            }
        }
    }
}
