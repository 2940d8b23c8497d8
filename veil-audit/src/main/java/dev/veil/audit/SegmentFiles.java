package dev.veil.audit;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout of the audit directory:
 * <pre>
 * audit/
 *   segments/segment-0000000001.jsonl   hash-chained records, one JSON object per line
 *   checkpoints.jsonl                   signed seal and purge checkpoints, append-only
 *   head.json                           the latest signed head checkpoint, replaced atomically
 *   keys/                               signing key pair, erasure HMAC key, masked-text keyset
 *   lock                                held by the one process that writes the log
 * </pre>
 */
final class SegmentFiles {
    static final String SEGMENTS_DIR = "segments";
    static final String CHECKPOINTS = "checkpoints.jsonl";
    static final String HEAD = "head.json";
    static final String LOCK = "lock";
    private static final Pattern NAME = Pattern.compile("segment-(\\d{10})\\.jsonl");

    private SegmentFiles() {
    }

    static Path segmentsDir(Path auditDir) {
        return auditDir.resolve(SEGMENTS_DIR);
    }

    static Path segment(Path auditDir, long index) {
        return segmentsDir(auditDir).resolve(name(index));
    }

    static String name(long index) {
        return String.format("segment-%010d.jsonl", index);
    }

    /** Segment files present, by index. */
    static TreeMap<Long, Path> list(Path auditDir) throws IOException {
        TreeMap<Long, Path> out = new TreeMap<>();
        Path dir = segmentsDir(auditDir);
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "segment-*.jsonl")) {
            for (Path p : ds) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    out.put(Long.parseLong(m.group(1)), p);
                }
            }
        }
        return out;
    }
}
