package org.peerpulse.ui.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpulse.ui.ShownDialogs.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.Site;
import org.peerpulse.service.AppContext;
import org.peerpulse.storage.Database;
import org.peerpulse.ui.FxTaskRunner;
import org.peerpulse.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A program of many sites: the trends view draws at most seven beside the program, as its chart has
 * eight line styles; an eighth site checked is unchecked again and the view says why.
 */
class TrendsSiteLimitTest extends FxRobot {
    @TempDir
    Path folder;
    private final AppContext context = new AppContext(Database.inMemory(UUID.randomUUID().toString()), Clock.systemUTC());
    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeEach
    void nineSitesThenOpen() throws Exception {
        org.peerpulse.service.ManySites.fill(context, folder, 9);
        FxToolkit.registerPrimaryStage();
        org.peerpulse.ui.ShownWindow.show(context, runner, (owner, title, name, description) -> Optional.empty());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        context.close();
    }

    @Test
    void anEighthSiteIsNotDrawnAndTheViewSaysWhy() {
        clickOn("#nav-trends");
        waitUntil(() -> lookup("#trends-sites").tryQuery().isPresent() && sites().getItems().size() == 9);
        interact(() -> {
            for (int site = 0; site < 7; site++) {
                sites().getCheckModel().check(site);
            }
        });
        waitUntil(() -> chart().getData().size() == 8);
        assertThat(lookup("#trends-too-many").query().isVisible()).isFalse();

        interact(() -> sites().getCheckModel().check(7));
        waitUntil(() -> sites().getCheckModel().getCheckedItems().size() == 7);
        assertThat(sites().getCheckModel().isChecked(7)).as("the eighth unchecked again").isFalse();
        assertThat(lookup("#trends-too-many").queryAs(Label.class).isVisible()).isTrue();
        assertThat(lookup("#trends-too-many").queryAs(Label.class).getText()).startsWith("At most 7 sites");
        assertThat(chart().getData()).hasSize(8);
        Snapshots.write(this, lookup("#trends-chart").query().getScene(), "trends-too-many-sites");

        interact(() -> sites().getCheckModel().clearCheck(0));
        waitUntil(() -> chart().getData().size() == 7);
        assertThat(lookup("#trends-too-many").query().isVisible()).as("said until the choice changes").isFalse();
    }

    @SuppressWarnings("unchecked")
    private CheckComboBox<Site> sites() {
        return lookup("#trends-sites").queryAs(CheckComboBox.class);
    }

    private LineChart<?, ?> chart() {
        return lookup("#trends-chart").queryAs(LineChart.class);
    }
}
