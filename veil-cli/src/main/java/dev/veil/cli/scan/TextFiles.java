package dev.veil.cli.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads plain-text documents strictly as UTF-8 and rejects binary content with a clear message. */
final class TextFiles {
    private TextFiles() {
    }

    /** A strict UTF-8 reader that fails on malformed input and on NUL characters (binary data). */
    static Reader strictReader(InputStream in, String name) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new NulRejectingReader(new InputStreamReader(in, dec), name);
    }

    /** Decodes a whole small file; throws {@link InputRejected} with a value-free reason. */
    static String readSmall(Path p, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        return decode(bytes, name);
    }

    static String decode(byte[] bytes, String name) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputRejected(name + ": binary content (NUL byte at offset " + i + "); skipped");
            }
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bb = ByteBuffer.wrap(bytes);
        try {
            CharBuffer cb = dec.decode(bb);
            return cb.toString();
        } catch (CharacterCodingException e) {
            throw new InputRejected(name + ": invalid UTF-8 near byte offset " + bb.position() + "; skipped");
        }
    }

    /** Thrown for inputs that are not text; the message names the input and reason only. */
    static final class InputRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputRejected(String message) {
            super(message);
        }
    }

    private static final class NulRejectingReader extends java.io.FilterReader {
        private final String name;
        private long offset;

        NulRejectingReader(Reader in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(cbuf, off, len);
            } catch (CharacterCodingException e) {
                throw new InputRejected(name + ": invalid UTF-8 after char offset " + offset + "; stopped");
            }
            for (int i = 0; i < n; i++) {
                if (cbuf[off + i] == 0) {
                    throw new InputRejected(name + ": binary content (NUL at char offset " + (offset + i) + "); stopped");
                }
            }
            if (n > 0) {
                offset += n;
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }
    }
}
