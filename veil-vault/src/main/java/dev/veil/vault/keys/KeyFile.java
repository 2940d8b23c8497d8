package dev.veil.vault.keys;

import dev.veil.core.SecretBytes;
import dev.veil.vault.VaultKeyException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key file: {@link LocalKeyRing}'s text form in a file readable by its owner only (0600), by
 * default {@value #FILE_NAME} in the data directory.
 *
 * <p>Guarantees: a new file is created with mode 0600 before any key byte is written, and appears
 * atomically (never half-written); a file readable by group or others is refused, as ssh refuses
 * such private keys; a rotation replaces the file atomically, so a crash leaves the old or the new
 * ring, never a mix.
 */
public final class KeyFile {
    /** Default file name inside the data directory. */
    public static final String FILE_NAME = "master.key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Pattern SEQUENTIAL_ID = Pattern.compile("k(\\d{1,9})");

    private KeyFile() {
    }

    /** Loads an existing key file. */
    public static LocalKeyRing load(Path file) {
        Objects.requireNonNull(file, "file");
        checkPermissions(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new VaultKeyException("key file: " + file + " does not exist");
        } catch (IOException e) {
            throw new VaultKeyException("key file: cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
        }
        try {
            return LocalKeyRing.parse(new String(bytes, StandardCharsets.UTF_8), "key file " + file);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Loads the key file, creating it with one fresh key {@code k1} if it does not exist. */
    public static LocalKeyRing loadOrCreate(Path file, SecureRandom random) {
        Objects.requireNonNull(random, "random");
        if (!Files.exists(file)) {
            LocalKeyRing fresh = LocalKeyRing.of("k1", newKey(random), "key file " + file);
            try {
                writeNew(file, fresh, false);
            } catch (FileAlreadyExistsException raced) {
                // Another process created it first; use theirs so both agree on the key.
                return load(file);
            }
            return fresh;
        }
        return load(file);
    }

    /**
     * Adds a fresh primary key to the file and returns the new ring. Older keys stay in the file so
     * data keys wrapped with them remain readable until {@code TokenVault.rotateKeys()} re-wraps them.
     */
    public static LocalKeyRing rotate(Path file, SecureRandom random) {
        LocalKeyRing current = load(file);
        int next = current.keyIds().stream().map(SEQUENTIAL_ID::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(current.keyIds().size()) + 1;
        LocalKeyRing rotated = current.withNewPrimary("k" + next, newKey(random));
        try {
            writeNew(file, rotated, true);
        } catch (FileAlreadyExistsException impossible) {
            throw new IllegalStateException(impossible);
        }
        return rotated;
    }

    private static SecretBytes newKey(SecureRandom random) {
        byte[] raw = new byte[LocalKeyRing.KEY_BYTES];
        random.nextBytes(raw);
        try {
            return SecretBytes.copyOf(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static void writeNew(Path file, LocalKeyRing ring, boolean replace) throws FileAlreadyExistsException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = dir.resolve(file.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        byte[] text = ("# Veil master keys (id:base64, primary first). Keep secret: mode 0600, back it up offline.\n"
                + ring.toText()).getBytes(StandardCharsets.UTF_8);
        try {
            if (!Files.isDirectory(dir)) {
                // The key file usually lives in the vault's data directory: keep it private from the start.
                try {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createDirectories(dir);
                }
            }
            boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
            try (FileChannel ch = posix
                    ? FileChannel.open(tmp, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                            PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(text));
                ch.force(true);
            }
            if (replace) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the target exists: atomic create-if-absent of a complete file.
                Files.createLink(file, tmp);
            }
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new VaultKeyException("key file: cannot write " + file + " (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            Arrays.fill(text, (byte) 0);
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The temporary file has mode 0600; leaving it is not a leak to other users.
            }
        }
    }

    private static void checkPermissions(Path file) {
        try {
            if (!Files.exists(file)
                    || !Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return;
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(perms)) {
                throw new VaultKeyException("key file: " + file + " has permissions " + PosixFilePermissions.toString(perms)
                        + "; it must be readable by its owner only (chmod 600)");
            }
        } catch (IOException e) {
            throw new VaultKeyException("key file: cannot check permissions of " + file, e);
        }
    }
}
