package dev.veil.cli;

import dev.veil.detect.DetectionException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Exit codes shared by all commands, and value-free error text. */
public final class ExitCodes {
    public static final int NOTHING_FOUND = 0;
    public static final int FOUND = 1;
    public static final int ERROR = 2;

    private ExitCodes() {
    }

    /**
     * The message to show for an unexpected exception. Our own exceptions carry value-free messages;
     * for anything else only the class name is shown, since third-party messages may quote input.
     */
    public static String safeMessage(Throwable ex) {
        Throwable t = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
        if (t instanceof DetectionException || t instanceof CliException) {
            return t.getMessage();
        }
        if (t instanceof IOException) {
            return "I/O error: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")");
        }
        return "internal error: " + t.getClass().getName();
    }
}
