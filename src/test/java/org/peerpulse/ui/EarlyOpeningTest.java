package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.service.AppContext;
import org.peerpulse.service.ProgramFiles;

/** The program opened as the process starts is the one the app then takes, once. */
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
}
