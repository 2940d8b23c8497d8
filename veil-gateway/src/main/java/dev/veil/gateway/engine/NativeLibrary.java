package dev.veil.gateway.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Prepares java-llama.cpp's native library so that parallel processes never collide on it.
 *
 * <p>Why: the library's own loader extracts {@code libjllama.so} under a fixed name into the shared
 * temp directory, and first deletes every {@code jllama*} file there, so two processes starting
 * together can delete or overwrite each other's library mid-load. Instead, Veil extracts it once to
 * a content-addressed directory ({@code <cache>/<sha256>/}), writing a temp file and renaming it
 * atomically, points the loader there ({@code de.kherud.llama.lib.path}) and gives the loader's
 * clean-up a private, per-process temp directory ({@code de.kherud.llama.tmpdir}).
 */
public final class NativeLibrary {
    private static volatile boolean prepared;

    private NativeLibrary() {
    }

    /** Idempotent; call before the first {@code LlamaModel} is created. */
    public static synchronized void prepare(Path cacheRoot) {
        if (prepared || System.getProperty("de.kherud.llama.lib.path") != null) {
            prepared = true;
            return;
        }
        String resource = resourcePath();
        try {
            byte[] bytes;
            String sha;
            try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no embedded llama.cpp library for " + resource);
                }
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                try (DigestInputStream din = new DigestInputStream(in, md)) {
                    bytes = din.readAllBytes();
                }
                sha = HexFormat.of().formatHex(md.digest());
            }
            Path dir = cacheRoot.resolve(sha.substring(0, 16));
            Files.createDirectories(dir);
            Path lib = dir.resolve(System.mapLibraryName("jllama"));
            if (!Files.exists(lib) || Files.size(lib) != bytes.length) {
                Path tmp = Files.createTempFile(dir, ".jllama", ".tmp");
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path privateTmp = Files.createTempDirectory("veil-llama-");
            privateTmp.toFile().deleteOnExit();
            System.setProperty("de.kherud.llama.lib.path", dir.toString());
            System.setProperty("de.kherud.llama.tmpdir", privateTmp.toString());
            prepared = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the llama.cpp native library", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resourcePath() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osDir = os.contains("mac") ? "Mac" : os.contains("win") ? "Windows" : "Linux";
        String archDir = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
        return "/de/kherud/llama/" + osDir + "/" + archDir + "/" + System.mapLibraryName("jllama");
    }
}
