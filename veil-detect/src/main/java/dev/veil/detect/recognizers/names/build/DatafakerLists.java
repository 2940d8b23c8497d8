package dev.veil.detect.recognizers.names.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the literal word lists of Datafaker's locale files (on the build classpath) by key path,
 * e.g. {@code name.last_name} in {@code de.yml}. Entries that are Datafaker expressions
 * ({@code #{...}}, {@code ###}) are skipped: only real values are kept.
 */
final class DatafakerLists {
    /** Locale files with Latin-script person and place names worth knowing. */
    static final List<String> NAME_LOCALES = List.of(
            "en/name.yml", "de.yml", "fr.yml", "es.yml", "es-MX.yml", "es-AR.yml", "it.yml", "pl.yml", "nl.yml",
            "sv.yml", "no-NO.yml", "nb-NO.yml", "da-DK.yml", "fi-FI.yml", "cs.yml", "cs-CZ.yml", "sk.yml", "hu.yml",
            "hr.yml", "pt.yml", "pt-BR.yml", "tr.yml", "ca.yml", "lv.yml", "et.yml", "sq.yml", "en-AU.yml",
            "en-NZ.yml", "en-IN.yml", "en-NG.yml", "en-ZA.yml", "en-UG.yml", "en-PAK.yml", "en-SG.yml",
            "en-NEP.yml", "id.yml", "vi.yml", "de-AT.yml", "de-CH.yml", "fr-CH.yml", "fr-CA.yml", "ro-MD.yml");

    private final ClassLoader loader;
    private final java.util.Map<String, Object> parsed = new java.util.HashMap<>();

    DatafakerLists() {
        this.loader = DatafakerLists.class.getClassLoader();
    }

    /** All literal strings under {@code path} (dot-separated keys below {@code <locale>.faker}). */
    List<String> list(String file, String path) {
        Object node = faker(file);
        for (String key : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                return List.of();
            }
            node = m.get(key);
        }
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    /** Values of every key whose name contains {@code fragment} under {@code section}, e.g. all "*last_name*". */
    List<String> matching(String file, String section, String fragment) {
        Object node = faker(file);
        if (!(node instanceof Map<?, ?> m) || !(m.get(section) instanceof Map<?, ?> sec)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : sec.entrySet()) {
            if (String.valueOf(e.getKey()).contains(fragment)) {
                collect(e.getValue(), out);
            }
        }
        return out;
    }

    /** {@link #matching} over several files, de-duplicated, in a stable order. */
    List<String> matchingAll(List<String> files, String section, String fragment) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : files) {
            out.addAll(matching(f, section, fragment));
        }
        return List.copyOf(out);
    }

    /**
     * Words that occur in lower case inside the running text of the files under {@code dir} (quotes,
     * descriptions, book and film lines): ordinary English words, as names are capitalised there.
     */
    Set<String> lowerCaseWords(String dir) {
        Set<String> out = new java.util.TreeSet<>();
        java.net.URL any = loader.getResource(dir + "name.yml");
        if (any == null || !"jar".equals(any.getProtocol())) {
            return out;
        }
        String path = any.getPath();
        String jarPath = path.substring("file:".length(), path.indexOf("!/"));
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(java.net.URLDecoder.decode(jarPath,
                java.nio.charset.StandardCharsets.UTF_8))) {
            List<String> names = jar.stream().map(java.util.jar.JarEntry::getName)
                    .filter(n -> n.startsWith(dir) && n.endsWith(".yml")).sorted().toList();
            for (String name : names) {
                List<String> values = new ArrayList<>();
                collectAll(load(name), values);
                for (String v : values) {
                    String[] ws = v.split("[^\\p{L}']+");
                    for (int i = 1; i < ws.length; i++) {
                        String w = ws[i];
                        if (w.length() >= 2 && w.chars().allMatch(Character::isLowerCase)) {
                            out.add(w);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list Datafaker files", e);
        }
        return out;
    }

    private static void collectAll(Object node, List<String> out) {
        if (node instanceof String s) {
            out.add(s);
        } else if (node instanceof List<?> l) {
            for (Object o : l) {
                collectAll(o, out);
            }
        } else if (node instanceof Map<?, ?> m) {
            for (Object o : m.values()) {
                collectAll(o, out);
            }
        }
    }

    private Object faker(String file) {
        Object root = load(file);
        if (!(root instanceof Map<?, ?> m) || m.isEmpty()) {
            return null;
        }
        Object locale = m.values().iterator().next();
        return locale instanceof Map<?, ?> lm ? lm.get("faker") : null;
    }

    private Object load(String file) {
        return parsed.computeIfAbsent(file, this::parse);
    }

    private Object parse(String file) {
        try (InputStream in = loader.getResourceAsStream(file)) {
            if (in == null) {
                return null;
            }
            LoaderOptions opts = new LoaderOptions();
            opts.setCodePointLimit(64 * 1024 * 1024);
            return new Yaml(opts).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Datafaker list " + file, e);
        }
    }

    private static void collect(Object node, List<String> out) {
        if (node instanceof String s) {
            if (!s.contains("#{") && !s.contains("#") && !s.isBlank() && s.length() < 80) {
                out.add(s.strip());
            }
        } else if (node instanceof List<?> l) {
            for (Object o : l) {
                collect(o, out);
            }
        } else if (node instanceof Map<?, ?> m) {
            for (Object o : m.values()) {
                collect(o, out);
            }
        }
    }
}
