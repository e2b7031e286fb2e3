package org.peerpulse.ui.interventions;

import java.time.LocalDate;
import java.util.List;
import javafx.stage.Window;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.Support;
import org.peerpulse.service.AppContext;
import org.peerpulse.ui.AppState;
import org.peerpulse.ui.TaskRunner;

/**
 * Opens the plan dialog from any view ("plan a support for this") with the site and domain filled
 * in, saves in the background and tells every view that the data changed.
 */
public final class Planner {
    private final AppContext context;
    private final TaskRunner runner;
    private final AppState state;

    private record Choices(List<Site> sites, List<Support> supports) {
    }

    public Planner(AppContext context, TaskRunner runner, AppState state) {
        this.context = context;
        this.runner = runner;
        this.state = state;
    }

    /** A new plan at {@code sites} (may be empty) aimed at {@code domain} (may be null). */
    public void plan(Window owner, List<SiteId> sites, StressDomain domain) {
        load(choices -> {
            PlanForm form = new PlanForm(null, choices.sites(), choices.supports());
            form.sites().setAll(choices.sites().stream().filter(s -> sites.contains(s.id())).toList());
            if (domain != null) {
                form.domainProperty(domain).set(true);
            }
            form.startProperty().set(LocalDate.now());
            open(owner, form, choices, true);
        });
    }

    public void edit(Window owner, Intervention intervention) {
        load(choices -> open(owner, new PlanForm(intervention, choices.sites(), choices.supports()), choices, false));
    }

    private void load(java.util.function.Consumer<Choices> then) {
        runner.run("plan", () -> new Choices(context.program().sites().stream().filter(s -> !s.archived()).toList(),
                context.interventions().supports()), then, Planner::failed);
    }

    /** Says in one sentence what went wrong; nothing was changed. */
    static void failed(Throwable failure) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                org.peerpulse.ui.Messages.tr("plan.failed", org.peerpulse.ui.Failures.sentence(failure)));
        alert.show();
    }

    private void open(Window owner, PlanForm form, Choices choices, boolean adding) {
        PlanDialog dialog = new PlanDialog(owner, form, choices.sites(), choices.supports());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == dialog.save) {
                Intervention plan = form.toIntervention();
                runner.run("save plan", () -> adding ? context.interventions().add(plan)
                        : context.interventions().update(plan), saved -> state.dataChanged(), Planner::failed);
            }
        });
        dialog.show();
    }
}
