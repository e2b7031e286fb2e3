package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.InterventionId;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Wave;
import org.peerpulse.io.Progress;
import org.peerpulse.storage.Database;

/**
 * An agency whose sites share the demo's names imports its answers before removing the demo:
 * removing it takes the demo's invented answers away and never theirs.
 */
class DemoRemovalTest {
    @TempDir
    Path folder;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void answersImportedAtADemoSiteStayWithTheirSiteWhenTheDemoIsRemoved() throws IOException {
        context.demo().load(2019);
        Path real = folder.resolve("spring.csv");
        Files.writeString(real, "site,wave,fin_overall\nVictoria Outreach,2024-03,5\nVictoria Outreach,2024-03,2\n"
                + "Surrey Overdose Prevention Site,2023-03,4\n", StandardCharsets.UTF_8);
        assertThat(context.imports().importFile(real, ImportOptions.DEFAULT, Progress.NONE).added()).isEqualTo(3);
        Site victoriaBefore = context.program().findSite("Victoria Outreach").orElseThrow();
        context.interventions().add(new Intervention(new InterventionId(0), "Wage top-up for the spring", null,
                List.of(victoriaBefore.id()), List.of(StressDomain.FINANCIAL), "Site coordinator",
                LocalDate.of(2024, 4, 1), null, InterventionStatus.ACTIVE, "", false));

        context.demo().remove();

        assertThat(context.program().sites()).extracting(Site::name, Site::demo).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Victoria Outreach", false),
                org.assertj.core.groups.Tuple.tuple("Surrey Overdose Prevention Site", false));
        assertThat(context.program().waves()).extracting(Wave::label, Wave::demo).as("no longer the demo's")
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2023-03", false),
                        org.assertj.core.groups.Tuple.tuple("2024-03", false));
        assertThat(context.interventions().interventions()).as("the agency's own plan, not the demo's four")
                .extracting(Intervention::title).containsExactly("Wage top-up for the spring");
        assertThat(context.program().sitesWithCounts()).extracting(ProgramService.SiteEntry::responses)
                .containsExactlyInAnyOrder(2L, 1L);
        Site victoria = context.program().findSite("Victoria Outreach").orElseThrow();
        List<TrendPoint> points = context.trends().trends(new TrendQuery(List.of(victoria.id()),
                List.of(StressDomain.FINANCIAL), Measure.HIGH, true)).points();
        assertThat(points).filteredOn(p -> p.figure().n() != null && p.figure().n() > 0)
                .as("the kept counts hold Victoria's own two answers, none of the demo's")
                .singleElement().satisfies(p -> {
                    assertThat(p.figure().n()).isEqualTo(2);
                    assertThat(p.figure().count()).isEqualTo(1);
                });

        assertThatThrownBy(() -> context.demo().load(2019)).as("the demo cannot come back over a real site")
                .hasMessageContaining("already has a site named");
        assertThat(context.program().sites()).hasSize(2);
    }

    @Test
    void withoutAnswersOfItsOwnEveryDemoSiteGoes() {
        context.demo().load(2019);
        context.demo().remove();
        assertThat(context.program().sites()).isEmpty();
        assertThat(context.program().waves()).isEmpty();
    }
}
