package org.peerpulse.io.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Lays out a {@link ReportBlock.Table}: wrapped cells, striped rows, the heading again on every page it spans. */
final class TablePainter {
    private static final float SIZE = 8;
    private static final float LINE = 10;
    private static final float PAD = 3;

    private final PageFlow flow;

    TablePainter(PageFlow flow) {
        this.flow = flow;
    }

    void paint(ReportBlock.Table table) throws IOException {
        float[] widths = widths(table.widths());
        PdfFonts fonts = flow.fonts();
        List<List<Line>> header = cells(fonts.bold(), table.headers(), widths);
        float headerHeight = height(header);
        boolean headed = table.headers().stream().anyMatch(h -> !h.isBlank());
        List<List<List<Line>>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(cells(fonts.regular(), row, widths));
        }
        float first = rows.isEmpty() ? 0 : height(rows.get(0));
        flow.ensure((headed ? headerHeight : 0) + first);
        if (headed) {
            row(header, widths, headerHeight, fonts.bold(), Colours.HEADER_FILL);
        }
        for (int i = 0; i < rows.size(); i++) {
            float height = height(rows.get(i));
            if (flow.y() - height < PageFlow.BOTTOM) {
                flow.newPage();
                if (headed) {
                    row(header, widths, headerHeight, fonts.bold(), Colours.HEADER_FILL);
                }
            }
            row(rows.get(i), widths, height, fonts.regular(), i % 2 == 1 ? Colours.STRIPE : -1);
        }
        PDPageContentStream out = flow.stream();
        out.setStrokingColor(Colours.of(Colours.RULE));
        out.setLineWidth(0.6f);
        out.moveTo(PageFlow.left(), flow.y());
        out.lineTo(PageFlow.left() + PageFlow.width(), flow.y());
        out.stroke();
        flow.down(10);
    }

    private static float[] widths(List<Double> shares) {
        double total = shares.stream().mapToDouble(Double::doubleValue).sum();
        float[] widths = new float[shares.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (PageFlow.width() * shares.get(i) / total);
        }
        return widths;
    }

    /** One printed line of a cell; lines after the cell's first {@code \n} (a figure's interval) are quiet. */
    private record Line(String text, boolean quiet) {
    }

    private List<List<Line>> cells(PDFont font, List<String> texts, float[] widths) {
        List<List<Line>> cells = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i) == null ? "" : texts.get(i);
            List<Line> lines = new ArrayList<>();
            String[] parts = text.split("\n", -1);
            for (int p = 0; p < parts.length; p++) {
                for (String line : flow.fonts().wrap(font, SIZE, parts[p], widths[i] - 2 * PAD)) {
                    lines.add(new Line(line, p > 0));
                }
            }
            cells.add(lines);
        }
        return cells;
    }

    private static float height(List<List<Line>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * LINE + 2 * PAD;
    }

    private void row(List<List<Line>> cells, float[] widths, float height, PDFont font, int fill) throws IOException {
        PDPageContentStream out = flow.stream();
        float top = flow.y();
        if (fill >= 0) {
            out.setNonStrokingColor(Colours.of(fill));
            out.addRect(PageFlow.left(), top - height, PageFlow.width(), height);
            out.fill();
        }
        float x = PageFlow.left();
        for (int c = 0; c < cells.size(); c++) {
            float baseline = top - PAD - SIZE;
            for (Line line : cells.get(c)) {
                flow.text(font, SIZE, x + PAD, baseline, line.text(), line.quiet() ? Colours.MUTED : Colours.TEXT);
                baseline -= LINE;
            }
            x += widths[c];
        }
        flow.down(height);
    }
}
