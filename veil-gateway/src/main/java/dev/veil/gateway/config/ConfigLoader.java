package dev.veil.gateway.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the YAML configuration, checks every key against {@link Settings} (an unknown key is an
 * error naming the file and line), applies environment overrides, and converts values to
 * {@link RawConfig}. Values of secrets (API keys) are never put in error messages.
 */
public final class ConfigLoader {
    private static final YAMLMapper YAML = new YAMLMapper();

    private ConfigLoader() {
    }

    /** Loads {@code file} (may be null: defaults only) with overrides from {@code env}. */
    public static RawConfig load(Path file, Map<String, String> env) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        Map<String, Integer> lines = new HashMap<>();
        String source = file == null ? "(defaults)" : file.getFileName().toString();
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("configuration file " + file + " does not exist");
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                validateKeys(bytes, source, lines);
                JsonNode n = YAML.readTree(bytes);
                if (n != null && !n.isMissingNode() && !n.isNull()) {
                    if (!(n instanceof ObjectNode o)) {
                        throw new ConfigException(source + ": the configuration must be a mapping of settings");
                    }
                    root = o;
                }
            } catch (IOException e) {
                throw new ConfigException(source + ": not valid YAML (" + firstLine(e.getMessage()) + ")");
            }
        }
        return new RawConfig(root, env, source, lines);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "parse error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Walks the YAML tokens, checking each key's path; records the line of every key. */
    private static void validateKeys(byte[] bytes, String source, Map<String, Integer> lines) throws IOException {
        try (JsonParser p = new YAMLFactory().createParser(bytes)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<Boolean> inArray = new ArrayDeque<>();
            JsonToken t;
            String pendingKey = null;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT -> {
                        if (pendingKey != null) {
                            path.addLast(pendingKey);
                            pendingKey = null;
                        } else if (!inArray.isEmpty() && inArray.peekLast()) {
                            path.addLast("[]");
                        }
                        inArray.addLast(false);
                    }
                    case START_ARRAY -> {
                        if (pendingKey != null) {
                            path.addLast(pendingKey);
                            pendingKey = null;
                        }
                        inArray.addLast(true);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        inArray.pollLast();
                        if (!path.isEmpty()) {
                            path.pollLast();
                        }
                    }
                    case FIELD_NAME -> {
                        String key = p.currentName();
                        String full = join(path, key);
                        int line = p.currentLocation().getLineNr();
                        check(full, source, line);
                        lines.put(full, line);
                        pendingKey = key;
                    }
                    default -> pendingKey = null; // a scalar value ends the key
                }
            }
        }
    }

    private static String join(Deque<String> path, String key) {
        StringBuilder sb = new StringBuilder();
        for (String s : path) {
            if (!sb.isEmpty() && !s.equals("[]")) {
                sb.append('.');
            }
            sb.append(s);
        }
        if (!sb.isEmpty()) {
            sb.append('.');
        }
        return sb.append(key).toString();
    }

    private static void check(String full, String source, int line) {
        if (Settings.ALL.containsKey(full)) {
            return;
        }
        int lastDot = full.lastIndexOf('.');
        if (lastDot > 0) {
            Settings.Setting parent = Settings.ALL.get(full.substring(0, lastDot));
            if (parent != null && parent.kind() == Settings.Kind.MAP_OF_STRINGS) {
                return; // a key of a map setting such as policy.masked_forms.SSN
            }
        }
        for (String s : Settings.ALL.keySet()) {
            if (s.startsWith(full + ".")) {
                return; // a section such as "listen" or "auth.jwt"
            }
        }
        for (Map.Entry<String, java.util.Set<String>> e : Settings.OBJECT_LISTS.entrySet()) {
            if (full.equals(e.getKey())) {
                return;
            }
            if (full.startsWith(e.getKey() + "[].")) {
                String k = full.substring(e.getKey().length() + 3);
                if (e.getValue().contains(k)) {
                    return;
                }
            }
        }
        for (Map.Entry<String, java.util.Set<String>> e : Settings.OBJECT_MAPS.entrySet()) {
            if (full.equals(e.getKey()) || (full.startsWith(e.getKey() + ".") && full.indexOf('.', e.getKey().length() + 1) < 0)) {
                return; // the map itself, or a role name
            }
            if (full.startsWith(e.getKey() + ".")) {
                String rest = full.substring(e.getKey().length() + 1);
                String k = rest.substring(rest.indexOf('.') + 1);
                if (e.getValue().contains(k)) {
                    return;
                }
            }
        }
        String shown = full.matches("[A-Za-z0-9_.\\[\\]-]{1,120}") ? full : "(unprintable)";
        throw new ConfigException(source + " line " + line + ": unknown setting '" + shown + "'");
    }
}
