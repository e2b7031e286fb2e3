package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.peerpulse.domain.Setting;
import org.peerpulse.io.Progress;

/** A program of many sites for the views' tests: "Site 01" (code S01) and on, six answers each in one wave. */
public final class ManySites {
    private ManySites() {
    }

    /** Adds {@code count} sites to {@code program} and imports their answers, through a file in {@code folder}. */
    public static void fill(AppContext program, Path folder, int count) throws IOException {
        StringBuilder csv = new StringBuilder("site,wave,respondent,fin_overall\n");
        for (int site = 1; site <= count; site++) {
            String code = String.format("S%02d", site);
            program.program().addSite(String.format("Site %02d", site), code, null, Setting.OTHER);
            for (int worker = 1; worker <= 6; worker++) {
                csv.append(code).append(",2024-03,R").append(site).append('-').append(worker).append(',')
                        .append(1 + (site + worker) % 5).append('\n');
            }
        }
        Path file = folder.resolve("answers.csv");
        Files.writeString(file, csv);
        assertThat(program.imports().importFile(file, ImportOptions.DEFAULT, Progress.NONE).added())
                .isEqualTo(6 * count);
    }
}
