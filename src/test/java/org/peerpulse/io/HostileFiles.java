package org.peerpulse.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Seeded mutations of valid survey files and hand-made hostile ones, for the fuzz test: broken
 * bytes, quotes and encodings, huge fields and rows, and damaged or inflating workbooks.
 */
public final class HostileFiles {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[][] NASTY = {{0}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {'"'}, {','}, {';'}, {'\t'}, {'\r'}, {'\n'}, {'"', '"'},
        {'\r', '\n'}, UTF8_BOM, {(byte) 0xFE, (byte) 0xFF}};

    private HostileFiles() {
    }

    /** One to four random mutations of {@code text}'s UTF-8 bytes. */
    public static byte[] mutate(SplittableRandom random, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            bytes = mutateOnce(random, bytes);
        }
        return bytes;
    }

    private static byte[] mutateOnce(SplittableRandom random, byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        switch (random.nextInt(14)) {
            case 0: // flip a byte
                if (bytes.length > 0) {
                    bytes = bytes.clone();
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return bytes;
            case 1:
                return insert(bytes, at, NASTY[random.nextInt(NASTY.length)]);
            case 2: // delete a range
                return delete(bytes, at, random.nextInt(1 + Math.min(200, bytes.length - at)));
            case 3: // repeat a range
                return repeat(bytes, at, random.nextInt(1 + Math.min(100, bytes.length - at)), 1 + random.nextInt(50));
            case 4:
                return Arrays.copyOf(bytes, at);
            case 5: // a long field
                return insert(bytes, at, "x".repeat(1 + random.nextInt(20_000)).getBytes(StandardCharsets.US_ASCII));
            case 6: // deep quoting
                return insert(bytes, at, "\"".repeat(1 + random.nextInt(400)).getBytes(StandardCharsets.US_ASCII));
            case 7: // many separators
                return insert(bytes, at, ",".repeat(1 + random.nextInt(3_000)).getBytes(StandardCharsets.US_ASCII));
            case 8:
                return insert(bytes, 0, random.nextBoolean() ? UTF8_BOM : new byte[] {(byte) 0xFF, (byte) 0xFE});
            case 9:
                return recode(bytes, random.nextBoolean() ? StandardCharsets.UTF_16LE : Charset.forName("windows-1252"));
            case 10: // random bytes
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                return insert(bytes, at, junk);
            case 11: // a plausible but wrong value
                String[] values = {"7", "0", "-1", "2.5", "NaN", "1e9", "99999999999999999999", "null", "TRUE",
                    "2020-13-45", "=cmd|' /C calc'!A0", "maria@example.org", "250-555-0199", "top3 top3", "é"};
                return insert(bytes, at, values[random.nextInt(values.length)].getBytes(StandardCharsets.UTF_8));
            case 12: // swap halves
                byte[] swapped = new byte[bytes.length];
                System.arraycopy(bytes, at, swapped, 0, bytes.length - at);
                System.arraycopy(bytes, 0, swapped, bytes.length - at, at);
                return swapped;
            default: // replace a line with junk text
                return insert(bytes, at, ("\n" + "a,".repeat(random.nextInt(100)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Random bytes, sometimes starting like a ZIP or an old Excel file. */
    public static byte[] junk(SplittableRandom random) {
        byte[] bytes = new byte[random.nextInt(4_096)];
        random.nextBytes(bytes);
        if (bytes.length >= 8 && random.nextInt(3) == 0) {
            byte[] start = random.nextBoolean() ? new byte[] {'P', 'K', 3, 4}
                    : new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
            System.arraycopy(start, 0, bytes, 0, start.length);
        }
        return bytes;
    }

    /** The workbook with one to three byte mutations, or cut short. */
    public static byte[] mutateWorkbook(SplittableRandom random, byte[] workbook) {
        byte[] bytes = workbook.clone();
        if (random.nextBoolean()) {
            return Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** A workbook of the given cells as strings (whole numbers as numbers). */
    public static byte[] workbook(List<List<String>> table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Excel", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < table.size(); r++) {
                for (int c = 0; c < table.get(r).size(); c++) {
                    String value = table.get(r).get(c);
                    if (value.matches("-?\\d{1,9}")) {
                        sheet.value(r, c, Integer.parseInt(value));
                    } else {
                        sheet.value(r, c, value);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A valid workbook whose sheet is padded with {@code megabytes} MB of spaces: a few hundred KB
     * that inflate to a sheet far larger than any survey (the shape of a ZIP bomb).
     */
    public static byte[] inflatingWorkbook(byte[] workbook, int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            java.nio.file.Path copy = java.nio.file.Files.createTempFile("workbook", ".xlsx");
            java.nio.file.Files.write(copy, workbook);
            try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(copy.toFile());
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                inflate(in, zip, megabytes);
            } finally {
                java.nio.file.Files.delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void inflate(java.util.zip.ZipFile in, ZipOutputStream zip, int megabytes) throws IOException {
        {
            zip.setLevel(9);
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (var part = in.getInputStream(entry)) {
                    content = part.readAllBytes();
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                String name = entry.getName();
                if (name.startsWith("xl/worksheets/")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int split = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write(xml.substring(0, split).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(split).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
    }

    /** Rows of cells as CSV text, quoting where needed. */
    public static String csv(List<List<String>> table) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : table) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    private static byte[] insert(byte[] bytes, int at, byte[] piece) {
        byte[] out = new byte[bytes.length + piece.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(bytes, at, out, at + piece.length, bytes.length - at);
        return out;
    }

    private static byte[] delete(byte[] bytes, int at, int length) {
        byte[] out = new byte[bytes.length - length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
        return out;
    }

    private static byte[] repeat(byte[] bytes, int at, int length, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        for (int i = 0; i < times; i++) {
            out.write(bytes, at, length);
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] recode(byte[] bytes, Charset charset) {
        byte[] text = new String(bytes, StandardCharsets.UTF_8).getBytes(charset);
        return charset.equals(StandardCharsets.UTF_16LE) ? insert(text, 0, new byte[] {(byte) 0xFF, (byte) 0xFE}) : text;
    }
}
