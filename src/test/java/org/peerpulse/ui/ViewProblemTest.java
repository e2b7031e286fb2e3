package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpulse.io.demo.DemoProgram;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.change.ChangeViewModel;
import org.peerpulse.ui.dashboard.DashboardViewModel;
import org.peerpulse.ui.health.HealthViewModel;
import org.peerpulse.ui.sites.SitesViewModel;
import org.peerpulse.ui.stressors.TopStressorsViewModel;
import org.peerpulse.ui.trends.TrendsViewModel;

/**
 * A view whose figures cannot be worked out shows none and says why, in one sentence; the next
 * filter that works takes the sentence away and brings the figures back.
 */
class ViewProblemTest {
    private static final String SAID = "These figures could not be worked out, so none are shown (Could not read "
            + "the answers: disk I/O error). Try again; if it keeps failing, quit PeerPulse and start it again.";

    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()),
            Clock.systemUTC());
    private final FailingRunner runner = new FailingRunner(TaskRunner.direct());
    private final AppState state = new AppState();

    /** A view model as the test drives it: loaded, its problem, whether it shows figures. */
    record Viewed(Runnable load, ReadOnlyStringProperty problem, BooleanSupplier showsFigures) {
    }

    interface Making {
        Viewed make(AppContext context, TaskRunner runner, AppState state);
    }

    static Stream<Arguments> views() {
        return Stream.of(
                Arguments.of("dashboard", (Making) (c, r, s) -> {
                    DashboardViewModel m = new DashboardViewModel(c, r, s);
                    return new Viewed(m::start, m.problemProperty(), () -> m.trendsProperty().get() != null);
                }),
                Arguments.of("trends", (Making) (c, r, s) -> {
                    TrendsViewModel m = new TrendsViewModel(c, r, s);
                    return new Viewed(m::load, m.problemProperty(), () -> m.shownProperty().get() != null);
                }),
                Arguments.of("sites", (Making) (c, r, s) -> {
                    SitesViewModel m = new SitesViewModel(c, r, s);
                    return new Viewed(m::load, m.problemProperty(), () -> m.overviewProperty().get() != null);
                }),
                Arguments.of("change", (Making) (c, r, s) -> {
                    ChangeViewModel m = new ChangeViewModel(c, r, s);
                    return new Viewed(m::load, m.problemProperty(), () -> m.tableProperty().get() != null);
                }),
                Arguments.of("top stressors", (Making) (c, r, s) -> {
                    TopStressorsViewModel m = new TopStressorsViewModel(c, r, s);
                    return new Viewed(m::load, m.problemProperty(), () -> !m.choicesProperty().get().isEmpty());
                }),
                Arguments.of("health", (Making) (c, r, s) -> {
                    HealthViewModel m = new HealthViewModel(c, r, s);
                    return new Viewed(m::load, m.problemProperty(), () -> m.rowsProperty().get() != null
                            && m.proqolProperty().get() != null);
                }));
    }

    @org.junit.jupiter.api.Test
    void whenProqolAloneCannotBeReadTheHealthViewShowsItsRowsAndSaysWhyProqolIsMissing() {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        TaskRunner direct = TaskRunner.direct();
        TaskRunner proqolFails = new TaskRunner() {
            @Override
            public <T> Job track(String name, Work<T> work, java.util.function.Consumer<T> onSuccess,
                                 java.util.function.Consumer<Throwable> onFailure) {
                return direct.track(name, name.equals("proqol") ? progress -> {
                    throw FailingRunner.DISK_ERROR;
                } : work, onSuccess, onFailure);
            }
        };
        HealthViewModel health = new HealthViewModel(context, proqolFails, state);
        health.load();

        assertThat(health.rowsProperty().get()).isNotNull();
        assertThat(health.problemProperty().get()).as("the rows by wave are shown").isEmpty();
        assertThat(health.proqolProperty().get()).isNull();
        assertThat(health.proqolProblemProperty().get()).isEqualTo(SAID);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void aViewThatCannotWorkOutItsFiguresSaysSoUntilItCan(String name, Making making) {
        context.demo().load(DemoProgram.DEFAULT_SEED);
        Viewed view = making.make(context, runner, state);
        view.load().run();
        assertThat(view.problem().get()).isEmpty();
        assertThat(view.showsFigures().getAsBoolean()).isTrue();

        runner.failing(true);
        state.showSmallNumbersProperty().set(true);
        assertThat(view.problem().get()).isEqualTo(SAID);
        assertThat(view.showsFigures().getAsBoolean()).isFalse();

        runner.failing(false);
        state.showSmallNumbersProperty().set(false);
        assertThat(view.problem().get()).isEmpty();
        assertThat(view.showsFigures().getAsBoolean()).isTrue();

        runner.failing(true);
        state.dataChanged();
        assertThat(view.problem().get()).isEqualTo(SAID);
        assertThat(view.showsFigures().getAsBoolean()).isFalse();
    }
}
