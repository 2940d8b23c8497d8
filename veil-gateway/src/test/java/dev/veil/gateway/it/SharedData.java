package dev.veil.gateway.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared (set by Surefire as veil.shared.dir); tests skip with a message when absent. */
final class SharedData {
    private SharedData() {
    }

    static Path require(String relative) {
        String dir = System.getProperty("veil.shared.dir", "../shared");
        Path p = Path.of(dir).resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "skipped: " + relative + " not found under " + dir
                + " (the shared data folder is not present)");
        return p;
    }
}
