package org.peerpulse.ui;

import java.nio.file.Path;
import javafx.application.Application;
import org.testfx.api.FxToolkit;

/** The real app, started on a given program file as a user starts it (on TestFX's primary stage), and stopped. */
public final class AppUnderTest {
    private AppUnderTest() {
    }

    public static Application start(Path database) throws Exception {
        System.setProperty(PeerPulseApp.DATABASE_PROPERTY, database.toString());
        FxToolkit.registerPrimaryStage();
        return FxToolkit.setupApplication(PeerPulseApp.class);
    }

    /** Stops {@code app} (null: already stopped), closes its windows and forgets its program file. */
    public static void stop(Application app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty(PeerPulseApp.DATABASE_PROPERTY);
    }
}
