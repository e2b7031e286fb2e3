package org.peerpulse.io.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.peerpulse.io.Progress;
import org.peerpulse.io.export.AtomicFile;

/**
 * Lays out a {@link ReportDocument} as a PDF with Apache PDFBox: A4, embedded DejaVu fonts (the
 * text can be searched and copied, accents included), tables that break across pages, vector
 * charts, and "Page n of m" on every page. The file is written whole or not at all.
 */
public final class PdfReportWriter {
    private static final float BODY = 10;
    private static final float NOTE = 8.5f;

    private PdfReportWriter() {
    }

    /** Writes the report to {@code file} (through a temporary file moved over it) and returns its number of pages. */
    public static int write(ReportDocument report, Path file, Progress progress) throws IOException {
        int[] pages = new int[1];
        AtomicFile.write(file, out -> pages[0] = write(report, out, progress));
        return pages[0];
    }

    /** Writes the report to a stream and returns its number of pages. */
    public static int write(ReportDocument report, OutputStream out, Progress progress) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.title());
            info.setSubject(report.subject());
            info.setCreator("PeerPulse");
            PdfFonts fonts = new PdfFonts(document);
            try (PageFlow flow = new PageFlow(document, fonts)) {
                List<ReportBlock> blocks = report.blocks();
                for (int i = 0; i < blocks.size(); i++) {
                    if (progress.isCancelled()) {
                        throw new java.util.concurrent.CancellationException("The report was cancelled.");
                    }
                    paint(flow, blocks.get(i));
                    progress.update(i + 1, blocks.size() + 1L);
                }
                flow.stream(); // an empty report still has a page
            }
            footers(document, fonts, report.title());
            document.save(out);
            progress.update(1, 1);
            return document.getNumberOfPages();
        }
    }

    private static void paint(PageFlow flow, ReportBlock block) throws IOException {
        PdfFonts fonts = flow.fonts();
        if (block instanceof ReportBlock.Title title) {
            flow.stream();
            flow.down(150);
            lines(flow, fonts.bold(), 24, title.text(), Colours.ACCENT, 30);
            flow.down(8);
            lines(flow, fonts.regular(), 13, title.subtitle(), Colours.MUTED, 18);
            flow.down(30);
        } else if (block instanceof ReportBlock.Heading heading) {
            heading(flow, heading);
        } else if (block instanceof ReportBlock.Paragraph paragraph) {
            float size = paragraph.note() ? NOTE : BODY;
            lines(flow, fonts.regular(), size, paragraph.text(), paragraph.note() ? Colours.MUTED : Colours.TEXT,
                    size * 1.4f);
            flow.down(6);
        } else if (block instanceof ReportBlock.Bullets bullets) {
            bullets(flow, bullets);
        } else if (block instanceof ReportBlock.Facts facts) {
            facts(flow, facts);
        } else if (block instanceof ReportBlock.Table table) {
            new TablePainter(flow).paint(table);
        } else if (block instanceof ReportBlock.Chart chart) {
            new ChartPainter(flow).paint(chart.data());
        }
    }

    private static void heading(PageFlow flow, ReportBlock.Heading heading) throws IOException {
        PdfFonts fonts = flow.fonts();
        if (heading.level() == 1) {
            if (!flow.atTop()) {
                flow.newPage();
            }
            lines(flow, fonts.bold(), 16, heading.text(), Colours.ACCENT, 20);
            PDPageContentStream out = flow.stream();
            out.setStrokingColor(Colours.of(Colours.ACCENT));
            out.setLineWidth(1);
            out.moveTo(PageFlow.left(), flow.y() + 2);
            out.lineTo(PageFlow.left() + PageFlow.width(), flow.y() + 2);
            out.stroke();
            flow.down(12);
        } else {
            flow.ensure(90); // a heading is not left alone at the foot of a page
            flow.down(4);
            lines(flow, fonts.bold(), 12, heading.text(), Colours.TEXT, 16);
            flow.down(4);
        }
    }

    private static void bullets(PageFlow flow, ReportBlock.Bullets bullets) throws IOException {
        PdfFonts fonts = flow.fonts();
        for (String item : bullets.items()) {
            List<String> wrapped = fonts.wrap(fonts.regular(), BODY, item, PageFlow.width() - 14);
            for (int i = 0; i < wrapped.size(); i++) {
                flow.ensure(BODY * 1.4f);
                if (i == 0) {
                    flow.text(fonts.regular(), BODY, PageFlow.left() + 2, flow.y() - BODY, "\u2022", Colours.ACCENT);
                }
                flow.text(fonts.regular(), BODY, PageFlow.left() + 14, flow.y() - BODY, wrapped.get(i), Colours.TEXT);
                flow.down(BODY * 1.4f);
            }
            flow.down(3);
        }
        flow.down(4);
    }

    private static void facts(PageFlow flow, ReportBlock.Facts facts) throws IOException {
        PdfFonts fonts = flow.fonts();
        float labelWidth = PageFlow.width() * 0.3f;
        for (List<String> pair : facts.pairs()) {
            List<String> value = fonts.wrap(fonts.regular(), BODY, pair.get(1), PageFlow.width() - labelWidth);
            flow.ensure(BODY * 1.5f * value.size());
            flow.text(fonts.bold(), BODY, PageFlow.left(), flow.y() - BODY, pair.get(0), Colours.MUTED);
            for (String line : value) {
                flow.text(fonts.regular(), BODY, PageFlow.left() + labelWidth, flow.y() - BODY, line, Colours.TEXT);
                flow.down(BODY * 1.5f);
            }
            flow.down(3);
        }
        flow.down(8);
    }

    /** Wrapped text, a new page whenever the next line does not fit. */
    private static void lines(PageFlow flow, PDFont font, float size, String text, int colour, float leading)
            throws IOException {
        for (String line : flow.fonts().wrap(font, size, text, PageFlow.width())) {
            flow.ensure(leading);
            flow.text(font, size, PageFlow.left(), flow.y() - size, line, colour);
            flow.down(leading);
        }
    }

    private static void footers(PDDocument document, PdfFonts fonts, String title) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream out = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out.setStrokingColor(Colours.of(Colours.RULE));
                out.setLineWidth(0.5f);
                out.moveTo(PageFlow.left(), 44);
                out.lineTo(PageFlow.left() + PageFlow.width(), 44);
                out.stroke();
                String number = "Page " + (i + 1) + " of " + count;
                float width = PdfFonts.width(fonts.regular(), 8, number);
                String footer = fonts.wrap(fonts.regular(), 8, title, PageFlow.width() - width - 20).get(0);
                text(out, fonts.regular(), PageFlow.left(), footer);
                text(out, fonts.regular(), PageFlow.left() + PageFlow.width() - width, number);
            }
        }
    }

    private static void text(PDPageContentStream out, PDFont font, float x, String text) throws IOException {
        out.beginText();
        out.setNonStrokingColor(Colours.of(Colours.MUTED));
        out.setFont(font, 8);
        out.newLineAtOffset(x, 32);
        out.showText(text);
        out.endText();
    }
}
