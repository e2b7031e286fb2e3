package org.peerpulse.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Facts about a program's H2 file without opening it: whether it is encrypted (H2's AES files
 * start with "H2encrypt"), whether another process holds its lock, and the password H2 is given.
 */
public final class DatabaseFiles {
    static final String SUFFIX = ".mv.db";
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFiles() {
    }

    /** The .mv.db file of a database named with or without its ending. */
    public static Path store(Path file) {
        Path base = Database.withoutSuffix(file.toAbsolutePath());
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    public static boolean exists(Path file) {
        return Files.isRegularFile(store(file));
    }

    /** True when the database file exists and is encrypted with H2's file encryption. */
    public static boolean isEncrypted(Path file) {
        Path store = store(file);
        if (!Files.isRegularFile(store)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(store)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** True when another process (or another open Database here) holds the file's lock. */
    static boolean isLocked(Path store) {
        if (!Files.isRegularFile(store)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(store, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The file password H2 derives its AES key from: the UTF-8 bytes of the user's password in hex,
     * so that spaces (H2 separates the file and user passwords by one) and any script are fine.
     */
    static String filePassword(String password) {
        return HexFormat.of().formatHex(password.getBytes(StandardCharsets.UTF_8));
    }

    /** The password string for an H2 connection: file password, a space, and the (empty) user password. */
    static String connectionPassword(String password) {
        return password == null ? "" : filePassword(password) + " ";
    }
}
