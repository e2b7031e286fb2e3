package org.peerpulse.io.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.peerpulse.io.report.ChartData.Marker;
import org.peerpulse.io.report.ChartData.Point;
import org.peerpulse.io.report.ChartData.Series;

/**
 * Draws a {@link ChartData} as vector graphics: axes and grid, intervention bands, each series as
 * a line with markers and 95% interval whiskers (broken where a figure cannot be shown), wave
 * labels and a legend.
 */
final class ChartPainter {
    private static final float PLOT_HEIGHT = 190;
    private static final float AXIS_GAP = 34;
    private static final float LABEL_SIZE = 7.5f;
    private static final float BAND_LABEL_SIZE = 6.5f;
    private static final float MARKER = 3.2f;

    private final PageFlow flow;

    ChartPainter(PageFlow flow) {
        this.flow = flow;
    }

    void paint(ChartData chart) throws IOException {
        PdfFonts fonts = flow.fonts();
        List<String> note = chart.legendNote() == null ? List.of()
                : fonts.wrap(fonts.regular(), LABEL_SIZE, chart.legendNote(), PageFlow.width());
        float legendHeight = 14 * chart.series().size() + 11 * note.size();
        flow.ensure(18 + PLOT_HEIGHT + 26 + legendHeight + 10);
        flow.text(fonts.bold(), 10, PageFlow.left(), flow.y() - 10, chart.title(), Colours.TEXT);
        flow.text(fonts.regular(), LABEL_SIZE, PageFlow.left(), flow.y() - 22, chart.yLabel(), Colours.MUTED);
        flow.down(28);
        float left = PageFlow.left() + AXIS_GAP;
        float right = PageFlow.left() + PageFlow.width() - 8;
        float top = flow.y() - 4;
        float bottom = top - PLOT_HEIGHT;
        Frame frame = new Frame(left, right, bottom, top, chart.xLabels().size(), chart.yMax());
        PDPageContentStream out = flow.stream();
        bands(out, chart, frame);
        grid(out, chart, frame);
        for (Series series : chart.series()) {
            series(out, series, frame);
        }
        flow.down(PLOT_HEIGHT + 26);
        legend(chart, note);
    }

    /** Where a wave and a value sit on the page. */
    private record Frame(float left, float right, float bottom, float top, int waves, double yMax) {
        float x(double wave) {
            return (float) (left + (wave + 0.5) * (right - left) / Math.max(1, waves));
        }

        float y(double value) {
            double clamped = Math.max(0, Math.min(yMax, value));
            return (float) (bottom + clamped / yMax * (top - bottom));
        }
    }

    private void bands(PDPageContentStream out, ChartData chart, Frame frame) throws IOException {
        LabelLines labelLines = new LabelLines(3, 4);
        for (ChartData.Band band : chart.bands().stream()
                .sorted(java.util.Comparator.comparingDouble(ChartData.Band::from)).toList()) {
            float from = Math.max(frame.left(), frame.x(band.from()));
            float to = Math.min(frame.right(), frame.x(band.to()));
            if (to <= from) {
                to = Math.min(frame.right(), from + 3);
            }
            out.setNonStrokingColor(Colours.of(Colours.BAND));
            out.addRect(from, frame.bottom(), to - from, frame.top() - frame.bottom());
            out.fill();
            label(band.label(), from, frame, labelLines);
        }
    }

    /**
     * A band's label at the top of the plot: inside the band, or left of its start when the band
     * leaves it less than half its room; cut to the room there is ("…"); on the first
     * line of three where it overlaps no label before it, or left out (the list of plans names them all).
     */
    private void label(String text, float from, Frame frame, LabelLines labelLines) throws IOException {
        PdfFonts fonts = flow.fonts();
        String label = fonts.printable(text);
        float whole = PdfFonts.width(fonts.regular(), BAND_LABEL_SIZE, label);
        float roomRight = frame.right() - from - 4;
        float roomLeft = from - frame.left() - 4;
        // inside its band, cut if need be; left of it only when the band leaves it less than half its words
        boolean right = roomRight >= whole / 2 || roomRight >= roomLeft;
        String fitted = fitted(label, right ? roomRight : roomLeft);
        float width = PdfFonts.width(fonts.regular(), BAND_LABEL_SIZE, fitted);
        if (fitted.isEmpty() || width < 30) {
            return;
        }
        float x = right ? from + 2 : from - 2 - width;
        int line = labelLines.place(x, width);
        if (line >= 0) {
            flow.text(fonts.regular(), BAND_LABEL_SIZE, x, frame.top() - 8 - line * (BAND_LABEL_SIZE + 2), fitted,
                    Colours.ACCENT);
        }
    }

    /** The text cut at a word, or within one, with "…", to fit {@code room}; whole when it fits. */
    private String fitted(String text, float room) {
        PDFont font = flow.fonts().regular();
        if (PdfFonts.width(font, BAND_LABEL_SIZE, text) <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && PdfFonts.width(font, BAND_LABEL_SIZE, cut.strip() + "\u2026") > room) {
            int space = cut.lastIndexOf(' ');
            cut = space > cut.length() / 2 ? cut.substring(0, space) : cut.substring(0, cut.length() - 1);
        }
        return cut.isEmpty() ? "" : cut.strip() + "\u2026";
    }

    private void grid(PDPageContentStream out, ChartData chart, Frame frame) throws IOException {
        PdfFonts fonts = flow.fonts();
        out.setLineWidth(0.4f);
        out.setStrokingColor(Colours.of(Colours.RULE));
        for (int i = 0; i <= 5; i++) {
            double value = chart.yMax() * i / 5;
            float y = frame.y(value);
            out.moveTo(frame.left(), y);
            out.lineTo(frame.right(), y);
            out.stroke();
            String label = value == Math.rint(value) ? String.valueOf((long) value) : String.format(
                    java.util.Locale.ROOT, "%.1f", value);
            float width = PdfFonts.width(fonts.regular(), LABEL_SIZE, label);
            flow.text(fonts.regular(), LABEL_SIZE, frame.left() - 4 - width, y - 2.5f, label, Colours.MUTED);
        }
        out.setLineWidth(0.8f);
        out.setStrokingColor(Colours.of(Colours.MUTED));
        out.moveTo(frame.left(), frame.top());
        out.lineTo(frame.left(), frame.bottom());
        out.lineTo(frame.right(), frame.bottom());
        out.stroke();
        int every = labelStep(chart.xLabels(), frame);
        for (int i = 0; i < chart.xLabels().size(); i++) {
            float x = frame.x(i);
            out.moveTo(x, frame.bottom());
            out.lineTo(x, frame.bottom() - 3);
            out.stroke();
            if (i % every == 0) {
                String label = chart.xLabels().get(i);
                float width = PdfFonts.width(fonts.regular(), LABEL_SIZE, fonts.printable(label));
                flow.text(fonts.regular(), LABEL_SIZE, x - width / 2, frame.bottom() - 12, label, Colours.TEXT);
            }
        }
    }

    /** Every wave's label when they fit side by side, else every second, third… */
    private int labelStep(List<String> labels, Frame frame) {
        float widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, PdfFonts.width(flow.fonts().regular(), LABEL_SIZE, flow.fonts().printable(label)));
        }
        float slot = (frame.right() - frame.left()) / Math.max(1, labels.size());
        return Math.max(1, (int) Math.ceil((widest + 6) / slot));
    }

    private void series(PDPageContentStream out, Series series, Frame frame) throws IOException {
        out.setStrokingColor(Colours.of(series.rgb()));
        out.setNonStrokingColor(Colours.of(series.rgb()));
        out.setLineWidth(series.dashed() ? 1.1f : 1.8f);
        out.setLineDashPattern(series.dashed() ? new float[] {4, 3} : new float[0], 0);
        Point previous = null;
        for (int i = 0; i < series.points().size(); i++) {
            Point point = series.points().get(i);
            if (point != null && previous != null) {
                out.moveTo(frame.x(i - 1), frame.y(previous.value()));
                out.lineTo(frame.x(i), frame.y(point.value()));
                out.stroke();
            }
            previous = point;
        }
        out.setLineDashPattern(new float[0], 0);
        out.setLineWidth(0.8f);
        for (int i = 0; i < series.points().size(); i++) {
            Point point = series.points().get(i);
            if (point == null) {
                continue;
            }
            float x = frame.x(i);
            if (point.low() != null && point.high() != null) {
                out.moveTo(x, frame.y(point.low()));
                out.lineTo(x, frame.y(point.high()));
                out.moveTo(x - 2.5f, frame.y(point.low()));
                out.lineTo(x + 2.5f, frame.y(point.low()));
                out.moveTo(x - 2.5f, frame.y(point.high()));
                out.lineTo(x + 2.5f, frame.y(point.high()));
                out.stroke();
            }
            marker(out, series.marker(), x, frame.y(point.value()));
        }
    }

    private static void marker(PDPageContentStream out, Marker marker, float x, float y) throws IOException {
        float r = MARKER;
        switch (marker) {
            case CIRCLE -> {
                float k = 0.552f * r;
                out.moveTo(x + r, y);
                out.curveTo(x + r, y + k, x + k, y + r, x, y + r);
                out.curveTo(x - k, y + r, x - r, y + k, x - r, y);
                out.curveTo(x - r, y - k, x - k, y - r, x, y - r);
                out.curveTo(x + k, y - r, x + r, y - k, x + r, y);
                out.closePath();
            }
            case SQUARE -> out.addRect(x - r, y - r, 2 * r, 2 * r);
            case DIAMOND -> {
                out.moveTo(x, y + r * 1.3f);
                out.lineTo(x + r * 1.3f, y);
                out.lineTo(x, y - r * 1.3f);
                out.lineTo(x - r * 1.3f, y);
                out.closePath();
            }
            case TRIANGLE -> {
                out.moveTo(x, y + r * 1.3f);
                out.lineTo(x + r * 1.2f, y - r);
                out.lineTo(x - r * 1.2f, y - r);
                out.closePath();
            }
        }
        out.fill();
    }

    private void legend(ChartData chart, List<String> note) throws IOException {
        PdfFonts fonts = flow.fonts();
        PDPageContentStream out = flow.stream();
        for (Series series : chart.series()) {
            float y = flow.y() - 6;
            float x = PageFlow.left() + AXIS_GAP;
            out.setStrokingColor(Colours.of(series.rgb()));
            out.setNonStrokingColor(Colours.of(series.rgb()));
            out.setLineWidth(series.dashed() ? 1.1f : 1.8f);
            out.setLineDashPattern(series.dashed() ? new float[] {4, 3} : new float[0], 0);
            out.moveTo(x, y);
            out.lineTo(x + 22, y);
            out.stroke();
            out.setLineDashPattern(new float[0], 0);
            marker(out, series.marker(), x + 11, y);
            flow.text(fonts.regular(), 8, x + 30, y - 3, series.name(), Colours.TEXT);
            flow.down(14);
        }
        for (String line : note) {
            flow.text(fonts.regular(), LABEL_SIZE, PageFlow.left(), flow.y() - 8, line, Colours.MUTED);
            flow.down(11);
        }
        flow.down(10);
    }
}
