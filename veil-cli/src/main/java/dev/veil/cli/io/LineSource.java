package dev.veil.cli.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}-terminated; the terminator is not part of the line)
 * in bounded memory: a line longer than the limit is skipped to its end and reported as too long,
 * never buffered. Decoding is left to the caller, so one line of invalid UTF-8 costs only that line.
 * Counts consumed bytes for the progress bar. Used by {@code veil redact} (all formats) and
 * {@code veil scan --jsonl}.
 */
public final class LineSource {
    /** One line: its bytes (null if too long), its 1-based number, and whether a newline ended it. */
    public record Line(byte[] bytes, long number, boolean newline) {
        public boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long lineNo;
    private boolean eof;
    private final java.util.concurrent.atomic.AtomicLong consumed;

    public LineSource(InputStream in, int maxLineBytes, java.util.concurrent.atomic.AtomicLong consumed) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.consumed = consumed;
    }

    /** The next line, or null at end of input. */
    public Line next() throws IOException {
        byte[] acc = null;
        int accLen = 0;
        boolean tooLong = false;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    if (acc == null && !tooLong) {
                        return null;
                    }
                    lineNo++;
                    return new Line(tooLong ? null : Arrays.copyOf(acc, accLen), lineNo, false);
                }
            }
            int nl = indexOf(buf, pos, limit);
            if (nl >= 0 && acc == null && !tooLong && nl - pos <= maxLineBytes) {
                // the common case: the whole line is in the buffer, one copy
                byte[] line = Arrays.copyOfRange(buf, pos, nl);
                pos = nl + 1;
                lineNo++;
                return new Line(line, lineNo, true);
            }
            int end = nl < 0 ? limit : nl;
            int n = end - pos;
            if (!tooLong) {
                if ((long) accLen + n > maxLineBytes) {
                    tooLong = true;
                    acc = null;
                } else {
                    if (acc == null) {
                        acc = new byte[Math.max(64, n)];
                    } else if (acc.length < accLen + n) {
                        acc = Arrays.copyOf(acc, Math.max(acc.length * 2, accLen + n));
                    }
                    System.arraycopy(buf, pos, acc, accLen, n);
                    accLen += n;
                }
            } else if (acc == null) {
                acc = new byte[0];
            }
            pos = end;
            if (nl >= 0) {
                pos++;
                lineNo++;
                return new Line(tooLong ? null : Arrays.copyOf(acc, accLen), lineNo, true);
            }
        }
    }

    /**
     * Whether input is waiting that can be read without blocking: read ahead, or available from
     * the stream. False means the producer is slow (a pipe fed line by line) or the input ended.
     */
    public boolean inputPending() throws IOException {
        return pos < limit || (!eof && in.available() > 0);
    }

    private boolean fill() throws IOException {
        int r = in.read(buf, 0, buf.length);
        if (r <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = r;
        consumed.addAndGet(r);
        return true;
    }

    private static int indexOf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
