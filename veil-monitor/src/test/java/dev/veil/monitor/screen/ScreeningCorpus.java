package dev.veil.monitor.screen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Loads the screening evaluation sets from test resources (format described in each file's header). */
record ScreeningCorpus(String name, List<Item> items) {

    /** One prompt and the family it belongs to. */
    record Item(String family, String text) {
        @Override
        public String toString() {
            return family + ":" + text.length() + " chars";
        }
    }

    private static final Pattern ENCODING = Pattern.compile("\\{\\{(b64|hex|tags|U\\+)([^{}]*)}}");

    static ScreeningCorpus load(String resource) {
        List<Item> items = new ArrayList<>();
        try (InputStream in = ScreeningCorpus.class.getResourceAsStream("/screening/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String family = null;
            boolean perLine = false;
            StringBuilder block = null;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("--- ") || line.startsWith("=== ")) {
                    flush(items, family, block);
                    family = line.substring(4).trim();
                    perLine = line.startsWith("---");
                    block = perLine ? null : new StringBuilder();
                } else if (family == null || (line.startsWith("#") && block == null)) {
                    continue;
                } else if (perLine) {
                    if (!line.isBlank()) {
                        items.add(new Item(family, decode(line)));
                    }
                } else {
                    block.append(line).append('\n');
                }
            }
            flush(items, family, block);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScreeningCorpus(resource, List.copyOf(items));
    }

    private static void flush(List<Item> items, String family, StringBuilder block) {
        if (block != null && !block.toString().isBlank()) {
            items.add(new Item(family, decode(block.toString().strip())));
        }
    }

    /** Expands the innermost {{...}} first, so encodings can nest. */
    static String decode(String s) {
        String cur = s;
        while (true) {
            Matcher m = ENCODING.matcher(cur);
            if (!m.find()) {
                return cur;
            }
            StringBuilder sb = new StringBuilder();
            do {
                String arg = m.group(2);
                String rep = switch (m.group(1)) {
                    case "b64" -> Base64.getEncoder().encodeToString(arg.getBytes(StandardCharsets.UTF_8));
                    case "hex" -> HexFormat.of().formatHex(arg.getBytes(StandardCharsets.UTF_8));
                    case "tags" -> tags(arg);
                    default -> new String(Character.toChars(Integer.parseInt(arg, 16)));
                };
                m.appendReplacement(sb, Matcher.quoteReplacement(rep));
            } while (m.find());
            m.appendTail(sb);
            cur = sb.toString();
        }
    }

    private static String tags(String ascii) {
        StringBuilder sb = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            sb.appendCodePoint(0xE0000 + c);
        }
        return sb.toString();
    }
}
