package org.peerpulse.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.io.Progress;

class PdfReportWriterTest {
    @TempDir
    Path folder;

    private static ReportDocument document(int rows) {
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            table.add(List.of("Site numéro " + i, "60.9%\u00a0(14/23)\n40.8–77.8", "ligne très longue ".repeat(6)));
        }
        List<ChartData.Point> points = Arrays.asList(new ChartData.Point(40, 30.0, 50.0), null,
                new ChartData.Point(55, 45.0, 65.0));
        ChartData chart = new ChartData("Financier", "%", 100, List.of("2019-09", "2020-03", "2020-09"),
                List.of(new ChartData.Series("Centre de santé Montréal", 0xE69F00, ChartData.Marker.CIRCLE, false,
                        points)), List.of(new ChartData.Band(0.5, 2.5, "Soutien")), "Note");
        return new ReportDocument("Rapport : Centre de santé Montréal", "tout", List.of(
                new ReportBlock.Title("Rapport de l'été", "Vagues 2019-09 à 2020-09"),
                new ReportBlock.Facts(List.of(List.of("Site", "Centre de santé Montréal"))),
                new ReportBlock.Heading("Première section", 1),
                ReportBlock.Paragraph.of("Où êtes-vous ? Ça va, garçon. Kanji \u6F22 figure."),
                new ReportBlock.Chart(chart),
                new ReportBlock.Table(List.of("Site", "Figure", "Notes"), List.of(1.0, 1.0, 2.0), table),
                new ReportBlock.Bullets(List.of("un", "deux"))));
    }

    private static PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(file.toFile());
    }

    @Test
    void aLongTableBreaksAcrossPagesWithItsHeadingOnEachAndEveryPageIsNumbered() throws IOException {
        Path file = folder.resolve("long.pdf");
        int pages = PdfReportWriter.write(document(150), file, Progress.NONE);
        try (PDDocument pdf = load(file)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages).isGreaterThan(4);
            String text = new PDFTextStripper().getText(pdf);
            for (int page = 1; page <= pages; page++) {
                assertThat(text).contains("Page " + page + " of " + pages);
            }
            for (int i = 0; i < 150; i++) {
                assertThat(text).contains("Site numéro " + i + " ");
            }
            // the heading row again on every page the table spans (all but the title page)
            long headings = text.lines().filter(l -> l.startsWith("Site Figure Notes")).count();
            assertThat(headings).isEqualTo(pages - 1);
        }
    }

    @Test
    void textIsExtractableWithAccentsNoLigaturesAndEmbeddedFonts() throws IOException {
        Path file = folder.resolve("accents.pdf");
        PdfReportWriter.write(document(3), file, Progress.NONE);
        try (PDDocument pdf = load(file)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Rapport de l'été", "Centre de santé Montréal", "Où êtes-vous ? Ça va, garçon.",
                    "figure", "60.9%\u00a0(14/23)", "40.8–77.8", "Kanji ? figure");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Rapport : Centre de santé Montréal");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
        }
    }

    @Test
    void aCancelledReportLeavesNoFileBehind() throws IOException {
        Path file = folder.resolve("cancelled.pdf");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> PdfReportWriter.write(document(3), file, cancelled))
                .isInstanceOf(CancellationException.class);
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
