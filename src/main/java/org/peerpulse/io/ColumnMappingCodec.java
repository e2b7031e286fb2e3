package org.peerpulse.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A {@link ColumnMapping} as plain CSV text, so a person can read what is stored:
 * <pre>
 * mapping,Google Forms 2020
 * column,How stressful is your financial situation?,fin_overall
 * value,fin_overall,Very stressful,4
 * </pre>
 * Order is kept; any text (commas, quotes, line breaks) survives the round trip.
 */
public final class ColumnMappingCodec {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ColumnMappingCodec() {
    }

    public static String encode(ColumnMapping mapping) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord("mapping", mapping.name());
            for (Map.Entry<String, String> column : mapping.columnToTarget().entrySet()) {
                printer.printRecord("column", column.getKey(), column.getValue());
            }
            for (Map.Entry<String, Map<String, String>> item : mapping.valueCodes().entrySet()) {
                for (Map.Entry<String, String> label : item.getValue().entrySet()) {
                    printer.printRecord("value", item.getKey(), label.getKey(), label.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException when the text is not a mapping {@link #encode} wrote */
    public static ColumnMapping decode(String text) {
        String name = null;
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                String kind = record.get(0);
                if (kind.equals("mapping") && record.size() == 2) {
                    name = record.get(1);
                } else if (kind.equals("column") && record.size() == 3) {
                    columns.put(record.get(1), record.get(2));
                } else if (kind.equals("value") && record.size() == 4) {
                    values.computeIfAbsent(record.get(1), k -> new LinkedHashMap<>()).put(record.get(2), record.get(3));
                } else {
                    throw new IllegalArgumentException("line " + record.getRecordNumber() + " of the column mapping"
                            + " is not a mapping, column or value line");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("the column mapping is not readable CSV: " + e.getMessage(), e);
        }
        if (name == null) {
            throw new IllegalArgumentException("the column mapping has no name line");
        }
        return new ColumnMapping(name, columns, values);
    }
}
