package dev.veil.cli.redact;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 fields: separated by the delimiter, optionally quoted with {@code "}, a quote inside a
 * quoted field doubled, quoted fields may span lines. Written by hand (about 60 lines) because the
 * redactor must split records at the byte level, line by line, to report a malformed or non-UTF-8
 * row by number and keep going, which a streaming CSV library does not let it do.
 */
final class CsvCodec {
    private CsvCodec() {
    }

    /** Thrown for a record that is not valid CSV; the message never quotes it. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** True while a record that has consumed {@code line} is still inside a quoted field. */
    static boolean togglesQuote(byte[] line, boolean inQuotes) {
        boolean q = inQuotes;
        for (byte b : line) {
            if (b == '"') {
                q = !q;
            }
        }
        return q;
    }

    static List<String> parse(String record, char delimiter) throws Malformed {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = record.length();
        while (true) {
            field.setLength(0);
            if (i < n && record.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new Malformed("unterminated quoted field");
                    }
                    char c = record.charAt(i++);
                    if (c == '"') {
                        if (i < n && record.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && record.charAt(i) != delimiter) {
                    throw new Malformed("text after a closing quote");
                }
            } else {
                while (i < n && record.charAt(i) != delimiter) {
                    char c = record.charAt(i++);
                    if (c == '"') {
                        throw new Malformed("quote inside an unquoted field");
                    }
                    field.append(c);
                }
            }
            out.add(field.toString());
            if (i >= n) {
                return out;
            }
            i++; // delimiter
        }
    }

    static void format(List<String> fields, char delimiter, StringBuilder out) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            String f = fields.get(i);
            boolean quote = f.indexOf(delimiter) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
                    || f.indexOf('\r') >= 0;
            if (quote) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
    }
}
