package dev.veil.cli.redact;

import dev.veil.cli.io.LineSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads one input of a format in batches and submits them to {@link OrderedBatches}; each batch is
 * parsed, transformed and re-encoded on a worker. Problems (a malformed record, invalid UTF-8) drop
 * the record, are counted with their line number and never quote content.
 */
interface FormatHandler {
    /** Records per batch: large enough to amortize a vault transaction, small enough to keep order cheap. */
    int BATCH_RECORDS = 512;
    /** Bytes per batch. */
    int BATCH_BYTES = 1 << 20;

    void run(LineSource lines, String source, OrderedBatches batches) throws IOException;

    /** Strict UTF-8: null if the bytes are not valid UTF-8. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** True if the first bytes of a stream hold a NUL: binary data, not text. */
    static boolean looksBinary(InputStream markable) throws IOException {
        markable.mark(8192);
        byte[] head = markable.readNBytes(8192);
        markable.reset();
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
