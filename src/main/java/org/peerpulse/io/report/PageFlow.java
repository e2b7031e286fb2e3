package org.peerpulse.io.report;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Pages as they fill: A4 portrait, a cursor going down from the top margin, a new page when the
 * next piece does not fit. Footers (page numbers) are added once the number of pages is known.
 */
final class PageFlow implements AutoCloseable {
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 50;
    static final float TOP = SIZE.getHeight() - 56;
    static final float BOTTOM = 60;

    private final PDDocument document;
    private final PdfFonts fonts;
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    PdfFonts fonts() {
        return fonts;
    }

    static float left() {
        return MARGIN;
    }

    static float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    void down(float by) {
        y -= by;
    }

    /** The content of the current page, starting the first page when there is none. */
    PDPageContentStream stream() throws IOException {
        if (stream == null) {
            newPage();
        }
        return stream;
    }

    boolean atTop() {
        return stream == null || y >= TOP;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) throws IOException {
        if (stream == null || (y - height < BOTTOM && !atTop())) {
            newPage();
        }
    }

    /** One line of text with its baseline at {@code baseline}. */
    void text(PDFont font, float size, float x, float baseline, String text, int rgb) throws IOException {
        PDPageContentStream out = stream();
        out.beginText();
        out.setNonStrokingColor(Colours.of(rgb));
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(fonts.printable(text));
        out.endText();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
