package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.Figure;
import org.peerpulse.analysis.FollowUp;
import org.peerpulse.analysis.TrendPoint;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.InterventionId;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.Measure;
import org.peerpulse.domain.RoseComponent;
import org.peerpulse.domain.Setting;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Support;
import org.peerpulse.domain.SupportId;
import org.peerpulse.domain.Wave;
import org.peerpulse.storage.Database;

/**
 * The interventions service on the demo program. Loading the demo takes seconds on a shared
 * machine, so the tests share one demo program and undo what they add; the tests that change
 * the demo itself get a program of their own.
 */
class InterventionServiceTest {
    private static AppContext context;

    @BeforeAll
    static void demo() {
        context = fresh();
        context.demo().load(2019);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static AppContext fresh() {
        return new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());
    }

    private static Site site(String code) {
        return site(context, code);
    }

    private static Site site(AppContext in, String code) {
        return in.program().findSite(code).orElseThrow();
    }

    private static InterventionReport report(String title, boolean showSmall) {
        return context.interventions().reports(Optional.empty(), showSmall).stream()
                .filter(r -> r.intervention().title().equals(title)).findFirst().orElseThrow();
    }

    private static Figure trendsFigure(SiteId site, Wave wave, StressDomain domain, boolean showSmall) {
        TrendTable table = context.trends().trends(new TrendQuery(List.of(site), List.of(domain), Measure.HIGH, showSmall));
        return table.points().stream().filter(p -> p.wave().equals(wave.id())).map(TrendPoint::figure)
                .findFirst().orElseThrow();
    }

    @Test
    void theDemoHasFourPlansAtFourSitesOneClearFallOneNoChange() {
        List<InterventionReport> reports = context.interventions().reports(Optional.empty(), false);
        assertThat(reports).hasSize(4);
        assertThat(reports).flatExtracting(r -> r.intervention().sites()).doesNotHaveDuplicates().hasSize(4);
        assertThat(reports).allSatisfy(r -> assertThat(r.intervention().demo()).isTrue());
        FollowUp debriefing = report("Debriefing circles after critical incidents", false).followUps().get(0);
        assertThat(debriefing.outcome()).isEqualTo(FollowUp.Outcome.FELL);
        assertThat(debriefing.change().points()).isLessThan(-25);
        FollowUp housing = report("Housing navigation for peer staff", false).followUps().get(0);
        assertThat(housing.comparison().points()).isBetween(-5.0, 5.0);
        assertThat(housing.outcome()).isEqualTo(FollowUp.Outcome.NO_CLEAR_CHANGE);
        assertThat(housing.change().points()).isBetween(-10.0, 10.0);
        assertThat(report("Photo IDs and business cards for peer staff", false).followUps().get(0).outcome())
                .isEqualTo(FollowUp.Outcome.NO_WAVE_AFTER);
        assertThat(report("Debriefing circles after critical incidents", false).support().rose())
                .isEqualTo(RoseComponent.ORGANIZATIONAL);
    }

    @Test
    void followUpFiguresEqualTheTrendsFiguresForTheSameSiteWaveAndDomain() {
        for (boolean showSmall : List.of(false, true)) {
            for (InterventionReport report : context.interventions().reports(Optional.empty(), showSmall)) {
                for (FollowUp row : report.followUps()) {
                    for (FollowUp.WaveFigure wave : List.of(row.before(), row.after(), row.latest())) {
                        if (wave.exists()) {
                            assertThat(wave.figure()).as("%s %s", report.intervention().title(), wave.wave().label())
                                    .isEqualTo(trendsFigure(row.site(), wave.wave(), row.domain(), showSmall));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aPlanWhoseGroupIsUnderKShowsNoFigures() {
        // Prince George has 4 responses in 2022-03 (the demo's one small group)
        Intervention plan = context.interventions().add(new Intervention(new InterventionId(0), "Grief circles at PG",
                null, List.of(site("PG").id()), List.of(StressDomain.TRAUMA), "Coordinator",
                LocalDate.of(2022, 1, 1), null, InterventionStatus.ACTIVE, null, false));
        FollowUp row = report(plan.title(), false).followUps().get(0);
        assertThat(row.after().wave().label()).isEqualTo("2022-03");
        assertThat(row.suppressed()).isTrue();
        assertThat(row.after().figure().n()).isNull();
        assertThat(row.after().figure().count()).isNull();
        assertThat(row.change().test()).isNull();
        assertThat(row.outcome()).isEqualTo(FollowUp.Outcome.SUPPRESSED);
        assertThat(FollowUpSentence.of(report(plan.title(), false), row)).as("which waves are hidden, and so why")
                .contains(": the last wave before the start (2021-09) and the first after it (2022-03) are hidden"
                        + " (fewer than 5 responses, or hidden to protect a small group), so before and after cannot"
                        + " be compared.")
                .doesNotContain("no figures are shown");
        assertThat(report(plan.title(), true).followUps().get(0).after().figure().n()).isEqualTo(4);
        context.interventions().delete(plan.id());
    }

    @Test
    void theComparisonAtSurreyIsTheProgramLessSurreyThoughPrinceGeorgeIsHiddenThen() {
        FollowUp wage = report("Wage top-up to the living wage", false).followUps().get(0);
        Wave before = wage.before().wave();
        Wave after = wage.after().wave();
        assertThat(List.of(before.label(), after.label())).containsExactly("2021-09", "2022-03");
        assertThat(wage.comparisonSites()).hasSize(3).contains(site("PG").id());
        assertThat(trendsFigure(site("PG").id(), after, StressDomain.FINANCIAL, false).suppressed())
                .as("Prince George's 4 of 2022-03").isTrue();
        // the three sites without the top-up hold every site hidden: they are the program less Surrey
        SiteId surrey = site("SUR").id();
        for (Figure[] figures : List.of(new Figure[] {wage.comparison().from(), programFigure(before), trendsFigure(surrey,
                before, StressDomain.FINANCIAL, false)}, new Figure[] {wage.comparison().to(), programFigure(after),
                trendsFigure(surrey, after, StressDomain.FINANCIAL, false)})) {
            assertThat(figures[0].n()).isEqualTo(figures[1].n() - figures[2].n());
            assertThat(figures[0].count()).isEqualTo(figures[1].count() - figures[2].count());
        }
        assertThat(wage.comparison().points()).isCloseTo(100.0 * wage.comparison().to().count()
                / wage.comparison().to().n() - 100.0 * wage.comparison().from().count() / wage.comparison().from().n(),
                org.assertj.core.api.Assertions.within(1e-9));
    }

    private static Figure programFigure(Wave wave) {
        TrendTable table = context.trends().trends(new TrendQuery(List.of(), List.of(StressDomain.FINANCIAL),
                Measure.HIGH, false));
        return table.points().stream().filter(p -> p.wave().equals(wave.id())).map(TrendPoint::figure)
                .findFirst().orElseThrow();
    }

    @Test
    void aComparisonShownAddsUpTheComparisonSitesFigures() {
        FollowUp housing = report("Housing navigation for peer staff", false).followUps().get(0);
        assertThat(housing.comparisonSites()).hasSize(3);
        Wave before = housing.before().wave();
        Wave latest = housing.latest().wave();
        long beforeCount = 0;
        long beforeN = 0;
        long latestCount = 0;
        long latestN = 0;
        for (SiteId other : housing.comparisonSites()) {
            Figure b = trendsFigure(other, before, StressDomain.HOUSING, false);
            Figure l = trendsFigure(other, latest, StressDomain.HOUSING, false);
            beforeCount += b.count();
            beforeN += b.n();
            latestCount += l.count();
            latestN += l.n();
        }
        assertThat(housing.comparisonToLatest().points()).isCloseTo(
                (latestCount * 100.0 / latestN) - (beforeCount * 100.0 / beforeN),
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aPlanAtTheSameDomainElsewhereTakesThatSiteOutOfTheComparison() {
        FollowUp before = report("Debriefing circles after critical incidents", false).followUps().get(0);
        assertThat(before.comparisonSites()).contains(site("SUR").id());
        Intervention surrey = context.interventions().add(new Intervention(new InterventionId(0),
                "Counselling at Surrey", null, List.of(site("SUR").id()), List.of(StressDomain.TRAUMA), null,
                LocalDate.of(2021, 5, 1), null, InterventionStatus.ACTIVE, null, false));
        FollowUp after = report("Debriefing circles after critical incidents", false).followUps().get(0);
        assertThat(after.comparisonSites()).doesNotContain(site("SUR").id()).hasSize(2);
        context.interventions().delete(surrey.id());
    }

    @Test
    void removingTheDemoRemovesItsPlansAndKeepsTheUsersOwn() {
        try (AppContext context = fresh()) {
            context.demo().load(2019);
            removeDemo(context);
        }
    }

    private static void removeDemo(AppContext context) {
        Site own = context.program().addSite("Kamloops Outreach", "KAM", null, Setting.OUTREACH);
        Intervention mine = context.interventions().add(new Intervention(new InterventionId(0), "Referral pathways",
                null, List.of(own.id(), site(context, "VIC").id()), List.of(StressDomain.RESOURCES), null,
                LocalDate.of(2024, 1, 1), null, InterventionStatus.PLANNED, null, false));
        context.demo().remove();
        List<Intervention> left = context.interventions().interventions();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).id()).isEqualTo(mine.id());
        assertThat(left.get(0).sites()).containsExactly(own.id());
        context.demo().load(2019);
        assertThat(context.interventions().interventions()).hasSize(5);
    }

    @Test
    void supportsAreAddedEditedAndRetiredAndANameIsNotTakenTwice() {
        try (AppContext context = fresh()) {
            supports(context);
        }
    }

    private static void supports(AppContext context) {
        List<Support> seeded = context.interventions().supports();
        assertThat(seeded).extracting(Support::name).contains("Meet-and-greets with paramedics and police",
                "Photo IDs and business cards", "Formal job titles", "Job descriptions with recommended pay",
                "Contracts with scheduling and break policies", "Team-building days",
                "Debriefing after critical incidents", "Training", "Leadership training",
                "Pulse oximeters for overdose response", "Whole-organization anti-stigma work", "Wage top-up",
                "Salaried positions", "Housing navigation", "Priority access to housing", "Referral pathways",
                "Grief circles", "Counselling", "Paid time off after a death");
        assertThat(seeded).filteredOn(s -> s.name().equals("Grief circles")).singleElement()
                .satisfies(s -> assertThat(s.domains()).containsExactly(StressDomain.TRAUMA));
        assertThat(seeded).extracting(Support::rose).contains(RoseComponent.values());
        Support peer = context.interventions().addSupport(new Support(new SupportId(0), "Peer mentoring",
                RoseComponent.SKILL, List.of(StressDomain.WORK, StressDomain.TRAUMA), "Pairs new and experienced peers",
                false));
        Support edited = context.interventions().updateSupport(new Support(peer.id(), "Peer mentoring circles",
                RoseComponent.SKILL, List.of(StressDomain.WORK), null, false));
        context.interventions().setRetired(edited, true);
        Support stored = context.interventions().supports().stream().filter(s -> s.id().equals(peer.id()))
                .findFirst().orElseThrow();
        assertThat(stored).isEqualTo(new Support(peer.id(), "Peer mentoring circles", RoseComponent.SKILL,
                List.of(StressDomain.WORK), null, true));
        assertThatThrownBy(() -> context.interventions().addSupport(new Support(new SupportId(0), "grief  circles",
                RoseComponent.ORGANIZATIONAL, List.of(StressDomain.TRAUMA), null, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has a support");
        assertThat(context.interventions().supports()).hasSize(seeded.size() + 1);
    }

    @Test
    void aPlanRoundTripsThroughTheDatabase() {
        Support counselling = context.interventions().supports().stream().filter(s -> s.name().equals("Counselling"))
                .findFirst().orElseThrow();
        Intervention draft = new Intervention(new InterventionId(0), "Counselling for peer staff", counselling.id(),
                List.of(site("VIC").id(), site("SUR").id()), List.of(StressDomain.TRAUMA, StressDomain.WORK), "HR lead",
                LocalDate.of(2022, 2, 1), LocalDate.of(2022, 12, 31), InterventionStatus.PLANNED, "Six sessions a year",
                false);
        Intervention stored = context.interventions().add(draft);
        assertThat(stored.id().value()).isPositive();
        assertThat(find(stored.id())).isEqualTo(stored);
        Intervention changed = context.interventions().update(new Intervention(stored.id(), "Counselling",
                null, List.of(site("SUR").id()), List.of(StressDomain.TRAUMA), null, LocalDate.of(2022, 3, 1), null,
                InterventionStatus.ACTIVE, null, false));
        assertThat(find(stored.id())).isEqualTo(changed);
        context.interventions().setStatus(changed, InterventionStatus.STOPPED);
        assertThat(find(stored.id()).status()).isEqualTo(InterventionStatus.STOPPED);
        context.interventions().delete(stored.id());
        assertThat(context.interventions().interventions()).noneMatch(i -> i.id().equals(stored.id()));
    }

    @Test
    void aPlanAtAnUnknownSiteOrEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> context.interventions().add(new Intervention(new InterventionId(0), "Ghost", null,
                List.of(new SiteId(9999)), List.of(StressDomain.WORK), null, LocalDate.of(2022, 1, 1), null,
                InterventionStatus.PLANNED, null, false))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Intervention(new InterventionId(0), "Backwards", null, List.of(site("VIC").id()),
                List.of(StressDomain.WORK), null, LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1),
                InterventionStatus.PLANNED, null, false)).hasMessage("An intervention cannot end before it starts.");
        assertThat(context.interventions().interventions()).hasSize(4);
    }

    @Test
    void mergingASiteMovesItsPlans() {
        try (AppContext context = fresh()) {
            merge(context);
        }
    }

    private static void merge(AppContext context) {
        Site victoria = context.program().addSite("Victoria Outreach", "VIC", null, Setting.OUTREACH);
        Site spelling = context.program().addSite("Victoria Mobile", "VM", null, Setting.OUTREACH);
        Intervention plan = context.interventions().add(new Intervention(new InterventionId(0), "Team day", null,
                List.of(spelling.id()), List.of(StressDomain.WORK), null, LocalDate.of(2023, 1, 1), null,
                InterventionStatus.DONE, null, false));
        context.program().mergeSites(spelling.id(), victoria.id());
        assertThat(context.interventions().interventions()).singleElement()
                .satisfies(i -> assertThat(i.sites()).containsExactly(victoria.id()));
    }

    private static Intervention find(InterventionId id) {
        return context.interventions().interventions().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
