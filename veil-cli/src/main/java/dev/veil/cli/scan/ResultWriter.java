package dev.veil.cli.scan;

import dev.veil.core.Finding;
import java.io.IOException;

/** Writes scan results in one output format. Called from a single thread, in input order. */
interface ResultWriter extends AutoCloseable {

    /** Starts a document. {@code text} is null for streamed documents. */
    void begin(Object id, String text) throws IOException;

    /** One finding of the current document; {@code text} as given to begin (may be null). */
    void span(Finding f, String text) throws IOException;

    void end() throws IOException;

    /** A document that could not be scanned; {@code message} is value-free. */
    void error(Object id, String message) throws IOException;

    /** Pushes what is written so far to the output (when the input pauses, so a reader sees results now). */
    void flush() throws IOException;

    @Override
    void close() throws IOException;
}
