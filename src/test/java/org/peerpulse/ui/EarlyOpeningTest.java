package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ProgramFiles;
import org.testfx.api.FxToolkit;

/**
 * The program opened as the process starts is the one the app then takes, once; an app that ends
 * before it has opened (its window closed meanwhile, or {@code start()} failed) leaves it closed when
 * {@code stop()} returns: the process may exit right after, and a first start's file, being made and
 * migrated, must not be cut off half made.
 */
class EarlyOpeningTest {
    @TempDir
    Path folder;

    @AfterEach
    void forget() {
        System.clearProperty(PeerPulseApp.DATABASE_PROPERTY);
    }

    @Test
    void theOpeningBegunFirstIsTakenOnceThenAnotherBegins() {
        Path database = folder.resolve("program");
        System.setProperty(PeerPulseApp.DATABASE_PROPERTY, database.toString());
        PeerPulseApp.beginOpening();
        PeerPulseApp.beginOpening(); // a second call begins nothing more

        EarlyOpening first = EarlyOpening.take(ProgramFiles.system());
        assertThat(first.database()).isEqualTo(database);
        try (AppContext program = first.opening().join().context()) {
            assertThat(program.demo().programIsEmpty()).isTrue();
        }
        EarlyOpening next = EarlyOpening.take(ProgramFiles.system());
        assertThat(next.opening()).isNotSameAs(first.opening());
        next.opening().join().context().close();
    }

    @Test
    void anEncryptedProgramIsNotOpenedBeforeItsPasswordIsAsked() {
        Path database = folder.resolve("secret");
        ProgramFiles.system().open(database, "a long enough password 1").close();
        System.setProperty(PeerPulseApp.DATABASE_PROPERTY, database.toString());
        PeerPulseApp.beginOpening();

        EarlyOpening taken = EarlyOpening.take(ProgramFiles.system());
        assertThat(taken.database()).isEqualTo(database);
        assertThat(taken.opening()).isNull();
    }

    @Test
    void stoppingBeforeTheProgramOpenedWaitsForItAndClosesIt() throws Exception {
        Path database = folder.resolve("program");
        System.setProperty(PeerPulseApp.DATABASE_PROPERTY, database.toString());
        FxToolkit.registerPrimaryStage(); // the toolkit, which the window icons need
        PeerPulseApp app = new PeerPulseApp();

        app.init(); // a first start: the file is being made and migrated
        app.stop();

        assertThat(sessionsOn(database)).as("sessions left open besides this one").isEqualTo(1);
    }

    /** The sessions H2 has on the file, counting the one that asks. */
    private static int sessionsOn(Path database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database.toAbsolutePath()
                + ";IFEXISTS=TRUE", "peerpulse", "");
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            count.next();
            return count.getInt(1);
        }
    }
}
