package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 8: a summary row is written to its table, its primary key and, for items and
 * values, the item index the views read, and nowhere else (H2 gave each foreign key an index of
 * its own; decision benchmark). The same on a new program and on one migrated from version 7.
 */
class SummaryIndexesTest {
    private static final String INDEXES = "select table_name || ': ' || listagg(index_type_name || ' ' || columns, ', ')"
            + " within group (order by index_type_name, columns) from (select i.table_name, i.index_name,"
            + " i.index_type_name, listagg(c.column_name, ',') within group (order by c.ordinal_position) columns"
            + " from information_schema.indexes i join information_schema.index_columns c"
            + " on c.table_schema = i.table_schema and c.table_name = i.table_name and c.index_name = i.index_name"
            + " where i.table_schema = 'PUBLIC' and i.table_name like '%SUMMARY'"
            + " group by i.table_name, i.index_name, i.index_type_name) group by table_name order by table_name";
    private static final List<String> LEAN = List.of(
            "DOMAIN_SCORE_SUMMARY: PRIMARY KEY SITE_ID,WAVE_ID,DOMAIN_CODE",
            "ITEM_SUMMARY: INDEX ITEM_CODE,SITE_ID,WAVE_ID,ANSWERED, PRIMARY KEY SITE_ID,WAVE_ID,ITEM_CODE",
            "PROGRAM_DOMAIN_SCORE_SUMMARY: PRIMARY KEY WAVE_ID,DOMAIN_CODE",
            "PROGRAM_ITEM_SUMMARY: PRIMARY KEY WAVE_ID,ITEM_CODE",
            "PROGRAM_VALUE_SUMMARY: PRIMARY KEY WAVE_ID,ITEM_CODE,VALUE_CODE",
            "PROGRAM_WAVE_SUMMARY: PRIMARY KEY WAVE_ID",
            "SITE_WAVE_SUMMARY: PRIMARY KEY SITE_ID,WAVE_ID",
            "VALUE_SUMMARY: INDEX ITEM_CODE,SITE_ID,WAVE_ID,VALUE_CODE,RESPONDENTS,"
                    + " PRIMARY KEY SITE_ID,WAVE_ID,ITEM_CODE,VALUE_CODE");

    @Test
    void aNewProgramsSummariesHaveOnlyTheirPrimaryKeysAndItemIndexes() {
        try (Database database = Database.inMemory(UUID.randomUUID().toString())) {
            assertThat(DatabaseProbe.lines(database, INDEXES)).containsExactlyElementsOf(LEAN);
        }
    }

    @Test
    void aProgramOfVersion7LosesTheSummariesForeignKeysAndTheirIndexes(@TempDir Path folder) throws Exception {
        Files.copy(MigrationFixtures.FOLDER.resolve("V7").resolve(MigrationFixtures.DATABASE + ".mv.db"),
                folder.resolve("old.mv.db"));
        try (Database database = Database.open(folder.resolve("old"))) {
            assertThat(DatabaseProbe.lines(database, INDEXES)).containsExactlyElementsOf(LEAN);
            assertThat(DatabaseProbe.lines(database, "select count(*) from information_schema.table_constraints"
                    + " where constraint_type = 'FOREIGN KEY' and table_name like '%SUMMARY'")).containsExactly("0");
            DatabaseProbe.assertSummariesEqualARecount(database);
        }
    }
}
