package dev.veil.audit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a newline-terminated file line by line without decoding characters. Bytes after the last
 * newline are reported separately as a partial line: in a segment that is the trace of a write
 * torn by a crash, never an acknowledged record (a record is acknowledged only after its whole
 * line, newline included, was written).
 */
final class LineReader implements Closeable {
    /** Far above any real record; a longer "line" is garbage and is reported as malformed. */
    static final int MAX_LINE = 16 * 1024 * 1024;

    private final InputStream in;
    private byte[] buf = new byte[64 * 1024];
    private int start;
    private int limit;
    private boolean eof;
    private long consumed;

    private int lineStart;
    private int lineLength;
    private long lineOffset;
    private boolean partial;

    LineReader(Path file) throws IOException {
        this.in = Files.newInputStream(file);
    }

    /**
     * Advances to the next complete line. Returns false at the end; then {@link #partialBytes()}
     * tells how many bytes followed the last newline.
     */
    boolean next() throws IOException {
        while (true) {
            for (int i = start; i < limit; i++) {
                if (buf[i] == '\n') {
                    lineStart = start;
                    lineLength = i - start;
                    lineOffset = consumed;
                    consumed += lineLength + 1;
                    start = i + 1;
                    return true;
                }
            }
            if (eof) {
                partial = limit > start;
                return false;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, limit - start);
            limit -= start;
            start = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_LINE) {
                throw new IOException("line longer than " + MAX_LINE + " bytes");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    byte[] buffer() {
        return buf;
    }

    int lineStart() {
        return lineStart;
    }

    int lineLength() {
        return lineLength;
    }

    /** Byte offset of the current line in the file. */
    long lineOffset() {
        return lineOffset;
    }

    /** Byte offset just after the last complete line. */
    long completeBytes() {
        return consumed;
    }

    /** Bytes after the last newline, valid once {@link #next()} returned false. */
    long partialBytes() {
        return partial ? limit - start : 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
