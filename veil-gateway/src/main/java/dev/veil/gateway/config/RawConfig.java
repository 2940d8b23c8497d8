package dev.veil.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed access to validated settings: environment first, then the file, then the default of
 * {@link Settings}. Conversion errors name the setting and where its value came from.
 */
public final class RawConfig {
    private final ObjectNode root;
    private final Map<String, String> env;
    private final String source;
    private final Map<String, Integer> lines;

    RawConfig(ObjectNode root, Map<String, String> env, String source, Map<String, Integer> lines) {
        this.root = root;
        this.env = env;
        this.source = source;
        this.lines = lines;
    }

    private Settings.Setting setting(String path) {
        Settings.Setting s = Settings.ALL.get(path);
        if (s == null) {
            throw new IllegalArgumentException("no such setting " + path);
        }
        return s;
    }

    /** The raw text of a scalar setting, or null. */
    private String raw(String path) {
        Settings.Setting s = setting(path);
        String e = env.get(s.env());
        if (e != null && !e.isEmpty()) {
            return e;
        }
        JsonNode n = node(path);
        if (n != null && !n.isNull() && n.isValueNode()) {
            return n.asText();
        }
        return s.dflt();
    }

    String where(String path) {
        Settings.Setting s = setting(path);
        if (env.containsKey(s.env())) {
            return "environment variable " + s.env();
        }
        Integer line = lines.get(path);
        return line == null ? "default of " + path : source + " line " + line + " (" + path + ")";
    }

    /** The node at a dotted path in the file, or null. */
    public JsonNode node(String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n;
    }

    public String string(String path) {
        return raw(path);
    }

    public int integer(String path) {
        String v = raw(path);
        try {
            return Integer.parseInt(v.trim());
        } catch (RuntimeException e) {
            throw new ConfigException(where(path) + ": expected an integer");
        }
    }

    public long longValue(String path) {
        String v = raw(path);
        try {
            return Long.parseLong(v.trim());
        } catch (RuntimeException e) {
            throw new ConfigException(where(path) + ": expected an integer");
        }
    }

    public double decimal(String path) {
        String v = raw(path);
        try {
            return Double.parseDouble(v.trim());
        } catch (RuntimeException e) {
            throw new ConfigException(where(path) + ": expected a number");
        }
    }

    public boolean bool(String path) {
        String v = raw(path).trim();
        if (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes")) {
            return true;
        }
        if (v.equalsIgnoreCase("false") || v.equals("0") || v.equalsIgnoreCase("no")) {
            return false;
        }
        throw new ConfigException(where(path) + ": expected true or false");
    }

    public Duration duration(String path) {
        return parseDuration(raw(path), where(path));
    }

    static Duration parseDuration(String v, String where) {
        String s = v.trim();
        try {
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            long n = Long.parseLong(s.substring(0, s.length() - 1));
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new ConfigException(where + ": expected a duration such as 500ms, 30s, 5m, 2h or 7d");
        }
    }

    public List<String> list(String path) {
        Settings.Setting s = setting(path);
        String e = env.get(s.env());
        List<String> out = new ArrayList<>();
        if (e != null) {
            for (String part : e.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
            return out;
        }
        JsonNode n = node(path);
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
            return out;
        }
        if (n != null && n.isValueNode()) {
            out.add(n.asText());
            return out;
        }
        if (s.dflt() != null) {
            for (String part : s.dflt().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    public Map<String, String> map(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        String e = env.get(setting(path).env());
        if (e != null) {
            for (String pair : e.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1));
                }
            }
            return out;
        }
        JsonNode n = node(path);
        if (n != null && n.isObject()) {
            n.properties().forEach(en -> out.put(en.getKey(), en.getValue().asText()));
        }
        return out;
    }

    public String source() {
        return source;
    }

    public Integer line(String path) {
        return lines.get(path);
    }
}
