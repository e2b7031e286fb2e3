package org.peerpulse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpulse.domain.ProgramFileException;
import org.peerpulse.domain.ProgramFileException.Problem;

/** Issue 7, encryption at rest: H2's AES file encryption, its password, and what a wrong one does. */
class EncryptionTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path folder;

    private Path encryptedProgram(String name) {
        Path base = folder.resolve(name);
        try (Database database = Database.open(base, TestPrograms.PASSWORD, CLOCK)) {
            TestPrograms.fill(database, "2024-03", 60);
        }
        return base;
    }

    @Test
    void noSiteNameAnswerOrCommentCanBeFoundInTheEncryptedFileOrItsBackup() throws IOException {
        Path plain = folder.resolve("plain");
        try (Database database = Database.open(plain)) {
            TestPrograms.fill(database, "2024-03", 60);
        }
        byte[] plainBytes = Files.readAllBytes(TestPrograms.store(plain));
        assertThat(TestPrograms.contains(plainBytes, TestPrograms.SITE)).as("the unencrypted control shows the name")
                .isTrue();

        Path base = encryptedProgram("secret");
        Path backup = folder.resolve("secret-backup.zip");
        try (Database database = Database.open(base, TestPrograms.PASSWORD, CLOCK)) {
            assertThat(database.isEncrypted()).isTrue();
            database.backupTo(backup);
        }
        byte[] bytes = Files.readAllBytes(TestPrograms.store(base));
        assertThat(DatabaseFiles.isEncrypted(base)).isTrue();
        byte[] copy;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            copy = zip.getInputStream(zip.getEntry(Backups.COPY_ENTRY)).readAllBytes();
        }
        for (String secret : List.of(TestPrograms.SITE, TestPrograms.COMMENT, TestPrograms.CODE, "2024-03-R1",
                "tired; \"again\"")) {
            assertThat(TestPrograms.contains(bytes, secret)).as("the file holds " + secret).isFalse();
            assertThat(TestPrograms.contains(copy, secret)).as("the backup holds " + secret).isFalse();
        }
    }

    @Test
    void aWrongPasswordGetsOneSentenceAndLeavesTheFileAsItWas() {
        Path base = encryptedProgram("secret");
        Path store = TestPrograms.store(base);
        String before = TestPrograms.hash(store);

        assertThatThrownBy(() -> Database.open(base, "not the password", CLOCK))
                .isInstanceOfSatisfying(ProgramFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.WRONG_PASSWORD);
                    assertThat(e.getMessage()).isEqualTo("The password does not open " + store + "; nothing was changed.");
                });
        assertThatThrownBy(() -> Database.open(base, null, CLOCK)).isInstanceOfSatisfying(ProgramFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.PASSWORD_NEEDED));
        assertThatThrownBy(() -> Database.open(base)).isInstanceOf(ProgramFileException.class);
        assertThat(TestPrograms.hash(store)).isEqualTo(before);
        try (Database database = Database.open(base, TestPrograms.PASSWORD, CLOCK)) {
            assertThat(DatabaseProbe.count(database, "response")).isEqualTo(60);
        }
    }

    @Test
    void afterAPasswordChangeTheNewOneOpensAndTheOldOneNoLonger() {
        Path base = encryptedProgram("secret");
        List<String> data;
        try (Database database = Database.open(base, TestPrograms.PASSWORD, CLOCK)) {
            data = TestPrograms.everything(database);
        }
        String before = TestPrograms.hash(TestPrograms.store(base));
        assertThatThrownBy(() -> PasswordChange.change(base, "a wrong old one", "new pass"))
                .isInstanceOfSatisfying(ProgramFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_PASSWORD));
        assertThat(TestPrograms.hash(TestPrograms.store(base))).isEqualTo(before);

        PasswordChange.change(base, TestPrograms.PASSWORD, "new pass with spaces é");
        try (Database database = Database.open(base, "new pass with spaces é", CLOCK)) {
            assertThat(TestPrograms.everything(database)).isEqualTo(data);
        }
        assertThatThrownBy(() -> Database.open(base, TestPrograms.PASSWORD, CLOCK))
                .isInstanceOfSatisfying(ProgramFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_PASSWORD));
    }

    @Test
    void anUnencryptedProgramCanBeEncrypted() throws IOException {
        Path base = folder.resolve("plain");
        try (Database database = Database.open(base)) {
            TestPrograms.fill(database, "2024-03", 10);
        }
        PasswordChange.change(base, null, "now secret");
        assertThat(DatabaseFiles.isEncrypted(base)).isTrue();
        assertThat(TestPrograms.contains(Files.readAllBytes(TestPrograms.store(base)), TestPrograms.SITE)).isFalse();
        try (Database database = Database.open(base, "now secret", CLOCK)) {
            assertThat(DatabaseProbe.count(database, "response")).isEqualTo(10);
        }
    }
}
