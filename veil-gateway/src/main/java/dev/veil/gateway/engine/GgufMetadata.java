package dev.veil.gateway.engine;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the string-valued metadata keys of a GGUF file header (e.g. {@code tokenizer.chat_template},
 * {@code general.name}) without loading the model. Only what the gateway needs: whether the model
 * ships a chat template. Arrays and numbers are skipped.
 */
final class GgufMetadata {
    private static final int MAGIC = 0x46554747; // "GGUF" little-endian

    private GgufMetadata() {
    }

    static Map<String, String> strings(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (le32(in) != MAGIC) {
                throw new IOException("not a GGUF file");
            }
            int version = le32(in);
            if (version < 2) {
                throw new IOException("GGUF version " + version + " is not supported");
            }
            le64(in); // tensor count
            long kvCount = le64(in);
            Map<String, String> out = new HashMap<>();
            for (long i = 0; i < kvCount; i++) {
                String key = string(in);
                int type = le32(in);
                if (type == 8) {
                    out.put(key, string(in));
                } else {
                    skip(in, type);
                }
            }
            return out;
        }
    }

    private static void skip(DataInputStream in, int type) throws IOException {
        switch (type) {
            case 0, 1, 7 -> in.skipNBytes(1);
            case 2, 3 -> in.skipNBytes(2);
            case 4, 5, 6 -> in.skipNBytes(4);
            case 10, 11, 12 -> in.skipNBytes(8);
            case 8 -> in.skipNBytes(le64(in));
            case 9 -> {
                int elemType = le32(in);
                long n = le64(in);
                for (long j = 0; j < n; j++) {
                    skip(in, elemType);
                }
            }
            default -> throw new IOException("unknown GGUF value type " + type);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        long len = le64(in);
        if (len < 0 || len > (16 << 20)) {
            throw new IOException("GGUF string too long");
        }
        return new String(in.readNBytes((int) len), StandardCharsets.UTF_8);
    }

    private static int le32(DataInputStream in) throws IOException {
        return Integer.reverseBytes(in.readInt());
    }

    private static long le64(DataInputStream in) throws IOException {
        return Long.reverseBytes(in.readLong());
    }
}
