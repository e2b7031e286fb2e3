package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.domain.Psp1;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;
import org.peerpulse.io.export.ExportCell;
import org.peerpulse.io.export.ExportTable;
import org.peerpulse.storage.Database;
import org.peerpulse.storage.ResponseRepository;

/** The responses export, read one response at a time (issue 8), holds each stored response as it is. */
class ResponseExportTest {
    private final Database database = Database.inMemory(UUID.randomUUID().toString());
    private final AppContext context = new AppContext(database, Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyRowIsItsStoredResponseInStoredOrder() {
        context.demo().load(2019);
        ExportTable table = context.exports().responses(new ResponseExport(List.of(), true, true, true));
        List<Response> stored = new ResponseRepository(database, Clock.systemUTC()).find(Set.of(), Set.of());
        Map<SiteId, String> site = context.program().sites().stream().collect(Collectors.toMap(Site::id, Site::name));
        Map<WaveId, String> wave = context.program().waves().stream().collect(Collectors.toMap(Wave::id, Wave::label));
        Map<String, Integer> column = table.headers().stream().collect(Collectors.toMap(Function.identity(),
                table.headers()::indexOf));

        assertThat(table.rows()).hasSize(stored.size()).hasSizeGreaterThan(500);
        for (int r = 0; r < stored.size(); r++) {
            Response response = stored.get(r);
            List<ExportCell> row = table.rows().get(r);
            assertThat(text(row.get(column.get(Psp1.SITE)))).isEqualTo(site.get(response.site()));
            assertThat(text(row.get(column.get(Psp1.WAVE)))).isEqualTo(wave.get(response.wave()));
            assertThat(text(row.get(column.get(Psp1.RESPONDENT)))).isEqualTo(nullToEmpty(response.respondent()));
            assertThat(text(row.get(column.get(Psp1.SUBMITTED)))).isEqualTo(nullToEmpty(response.submitted()));
            for (var item : Psp1.items()) {
                assertThat(text(row.get(column.get(item.code())))).as("row " + r + ", " + item.code())
                        .isEqualTo(nullToEmpty(response.answers().get(item.code())));
            }
        }
    }

    private static String text(ExportCell cell) {
        if (cell instanceof ExportCell.Numeric number) {
            return number.value().toPlainString();
        }
        return cell instanceof ExportCell.Text text ? text.value() : "";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
