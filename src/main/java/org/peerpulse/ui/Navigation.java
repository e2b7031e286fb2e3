package org.peerpulse.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.peerpulse.domain.Site;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.service.AppContext;
import org.peerpulse.ui.associations.AssociationsView;
import org.peerpulse.ui.associations.AssociationsViewModel;
import org.peerpulse.ui.audit.AuditView;
import org.peerpulse.ui.audit.AuditViewModel;
import org.peerpulse.ui.change.ChangeView;
import org.peerpulse.ui.change.ChangeViewModel;
import org.peerpulse.ui.dashboard.DashboardView;
import org.peerpulse.ui.dashboard.DashboardViewModel;
import org.peerpulse.ui.health.HealthView;
import org.peerpulse.ui.health.HealthViewModel;
import org.peerpulse.ui.interventions.InterventionsView;
import org.peerpulse.ui.interventions.InterventionsViewModel;
import org.peerpulse.ui.interventions.Planner;
import org.peerpulse.ui.reports.ReportsView;
import org.peerpulse.ui.reports.ReportsViewModel;
import org.peerpulse.ui.sites.SitesView;
import org.peerpulse.ui.trends.TrendsView;
import org.peerpulse.ui.trends.TrendsViewModel;
import org.peerpulse.ui.stressors.TopStressorsView;
import org.peerpulse.ui.stressors.TopStressorsViewModel;
import org.peerpulse.ui.sites.SitesViewModel;

/** The views of the window and the bar on the left that switches between them; each view is built when first shown. */
final class Navigation {
    enum Page {
        DASHBOARD(AppIcon.CHART, "nav.dashboard"), TRENDS(AppIcon.TRENDS, "nav.trends"), SITES(AppIcon.TABLE, "nav.sites"),
        CHANGE(AppIcon.COMPARE, "nav.change"), STRESSORS(AppIcon.RANKING, "nav.stressors"),
        HEALTH(AppIcon.HEALTH, "nav.health"),
        ASSOCIATIONS(AppIcon.ASSOCIATION, "nav.associations"),
        INTERVENTIONS(AppIcon.INTERVENTIONS, "nav.interventions"),
        REPORTS(AppIcon.REPORT, "nav.reports"),
        AUDIT(AppIcon.AUDIT, "nav.audit");

        private final AppIcon icon;
        private final String textKey;

        Page(AppIcon icon, String textKey) {
            this.icon = icon;
            this.textKey = textKey;
        }

        String id() {
            return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Map<Page, Supplier<Parent>> builders = new EnumMap<>(Page.class);
    private final Map<Page, Parent> built = new EnumMap<>(Page.class);
    private final StackPane content = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);
    private TrendsView trends; // once built

    Navigation(AppContext context, TaskRunner runner, AppState state, DashboardViewModel dashboard, Copying copying,
               SaveDialog saveDialog) {
        Planner planner = new Planner(context, runner, state);
        builders.put(Page.DASHBOARD, () -> new DashboardView(dashboard, copying, () -> go(Page.SITES),
                this::showTrend).build());
        builders.put(Page.SITES, () -> {
            SitesViewModel model = new SitesViewModel(context, runner, state);
            Parent view = new SitesView(model, copying, planner).build();
            model.load();
            return view;
        });
        builders.put(Page.TRENDS, () -> {
            TrendsViewModel model = new TrendsViewModel(context, runner, state);
            trends = new TrendsView(model, copying, planner);
            Parent view = trends.build();
            model.load();
            return view;
        });
        builders.put(Page.STRESSORS, () -> {
            TopStressorsViewModel model = new TopStressorsViewModel(context, runner, state);
            Parent view = new TopStressorsView(model, copying).build();
            model.load();
            return view;
        });
        builders.put(Page.HEALTH, () -> {
            HealthViewModel model = new HealthViewModel(context, runner, state);
            Parent view = new HealthView(model, copying).build();
            model.load();
            return view;
        });
        builders.put(Page.ASSOCIATIONS, () -> {
            AssociationsViewModel model = new AssociationsViewModel(context, runner, state);
            Parent view = new AssociationsView(model, copying).build();
            model.load();
            return view;
        });
        builders.put(Page.INTERVENTIONS, () -> {
            InterventionsViewModel model = new InterventionsViewModel(context, runner, state);
            Parent view = new InterventionsView(model, planner).build();
            model.load();
            return view;
        });
        builders.put(Page.REPORTS, () -> {
            ReportsViewModel model = new ReportsViewModel(context, runner, state);
            Parent view = new ReportsView(model, saveDialog, runner).build();
            model.load();
            return view;
        });
        builders.put(Page.CHANGE, () -> {
            ChangeViewModel model = new ChangeViewModel(context, runner, state);
            Parent view = new ChangeView(model, copying).build();
            model.load();
            return view;
        });
        builders.put(Page.AUDIT, () -> new AuditView(new AuditViewModel(context, runner, state), copying,
                context.auditLog().zone()).build());
    }

    Node bar() {
        VBox bar = new VBox(4);
        bar.getStyleClass().add("nav-bar");
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(Messages.tr(page.textKey), page.icon.graphic());
            button.setId(page.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            buttons.put(page, button);
            button.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    show(page);
                }
            });
            bar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was); // one view is always chosen
            }
        });
        group.selectToggle(group.getToggles().get(0));
        return bar;
    }

    Node content() {
        return content;
    }

    /** Shows {@code page} as its button in the bar does. */
    private void go(Page page) {
        group.selectToggle(buttons.get(page));
    }

    /** Shows the Trends view with {@code site} beside the program in {@code domain}. */
    private void showTrend(Site site, StressDomain domain) {
        go(Page.TRENDS);
        trends.focus(site, domain);
    }

    private void show(Page page) {
        content.getChildren().setAll(built.computeIfAbsent(page, p -> builders.get(p).get()));
    }
}
