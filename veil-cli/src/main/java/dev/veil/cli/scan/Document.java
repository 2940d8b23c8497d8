package dev.veil.cli.scan;

/**
 * One unit of work for {@code veil scan}: a document to analyze, or an input error to report in
 * its place (so output order and the exit code account for every input).
 */
sealed interface Document {
    /** The id printed in the output: a JSONL record's id (string or number) or a file name. */
    Object id();

    /** A document whose whole text is in memory. */
    record InMemory(Object id, String text) implements Document {
        @Override
        public String toString() {
            return "InMemory[id=" + id + ", " + text.length() + " chars]";
        }
    }

    /** A plain-text input too large to hold in memory; it is streamed in windows. */
    record Streamed(Object id, Opener opener) implements Document {
    }

    /** Opens the byte stream of a streamed document (a file, or stdin with its already-read prefix). */
    @FunctionalInterface
    interface Opener {
        java.io.InputStream open() throws java.io.IOException;
    }

    /** An input that could not be read or parsed; {@code message} is value-free. */
    record Failed(Object id, String message) implements Document {
    }
}
