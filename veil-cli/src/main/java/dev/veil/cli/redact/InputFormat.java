package dev.veil.cli.redact;

import dev.veil.cli.CliException;
import java.nio.file.Path;
import java.util.Locale;

/** The input formats, chosen by option or by file extension. */
enum InputFormat {
    TEXT, JSONL, CSV;

    static InputFormat of(String option, Path file) {
        return switch (option.toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "jsonl", "ndjson" -> JSONL;
            case "csv" -> CSV;
            case "auto" -> byExtension(file);
            default -> throw new CliException("unknown --format '" + option + "' (use auto, text, jsonl or csv)");
        };
    }

    private static InputFormat byExtension(Path file) {
        if (file == null) {
            return TEXT;
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSONL;
        }
        return n.endsWith(".csv") ? CSV : TEXT;
    }
}
