package org.peerpulse.storage;

import java.nio.file.Path;

/** A second process for {@link ProgramLockTest}: opens the program, says "open", and holds it until killed. */
public final class HoldProgramOpen {
    private HoldProgramOpen() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database database = Database.open(Path.of(args[0]));
        System.out.println("open");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        database.close();
    }
}
