package dev.veil.anonymize;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.veil.core.EntityType;
import dev.veil.core.Preset;
import dev.veil.core.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An anonymization policy: per entity type an operator, a minimum score and whether the type blocks
 * the text; a default rule for every other type; the detection preset; and whether pseudonyms are
 * linked across a tenant's scopes. Immutable once loaded.
 *
 * <p>Load from YAML ({@link #load}, {@link #parse}) or use a shipped preset ({@link #preset}):
 * <pre>{@code
 * name: my-policy
 * detect: pci                  # analyzer preset: hipaa | pci | gdpr | glba | secrets | all
 * minScore: 0.5                # default threshold for every rule
 * linkAcrossScopes: false      # true: one pseudonym per value across all scopes of a tenant
 * default: {operator: {type: replace}}
 * entities:
 *   CREDIT_CARD: {operator: {type: mask, keepLast: 4}}
 *   PERSON:      {operator: {type: pseudonymize, style: angle}, minScore: 0.7}
 *   PRIVATE_KEY: {block: true}
 * }</pre>
 * Validation on load: unknown keys, unknown entity types or operators, wrong value types and
 * operators that cannot apply to a type are {@link PolicyException}s naming the line.
 */
public final class Policy {
    /** Names of the shipped presets, each a YAML resource documenting the rule it implements. */
    public static final List<String> PRESETS = List.of("default", "hipaa-safe-harbor", "pci", "gdpr", "glba",
            "secrets-block");
    /** The scope id that stands for "the whole tenant" when a policy links scopes. */
    public static final String TENANT_WIDE_SCOPE_ID = "=tenant";

    private static final double DEFAULT_MIN_SCORE = 0.5;
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String name;
    private final String description;
    private final String rule;
    private final Preset detect;
    private final boolean linkAcrossScopes;
    private final Rule defaultRule;
    private final Map<EntityType, Rule> rules;

    private Policy(String name, String description, String rule, Preset detect, boolean linkAcrossScopes,
                   Rule defaultRule, Map<EntityType, Rule> rules) {
        this.name = name;
        this.description = description;
        this.rule = rule;
        this.detect = detect;
        this.linkAcrossScopes = linkAcrossScopes;
        this.defaultRule = defaultRule;
        this.rules = Collections.unmodifiableMap(rules.isEmpty() ? new EnumMap<>(EntityType.class) : new EnumMap<>(rules));
    }

    /** A policy built in code. */
    public static Policy of(String name, Preset detect, boolean linkAcrossScopes, Rule defaultRule,
                            Map<EntityType, Rule> rules) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detect, "detect");
        Objects.requireNonNull(defaultRule, "defaultRule");
        Objects.requireNonNull(rules, "rules");
        PolicyFile.RuleSpec defaultSpec = new PolicyFile.RuleSpec(defaultRule.operator(), defaultRule.minScore(),
                defaultRule.block());
        if (!defaultRule.block()) {
            String problem = PolicyFile.check(null, defaultSpec);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
        rules.forEach((t, r) -> {
            String problem = r.block() ? null : PolicyFile.check(t, new PolicyFile.RuleSpec(r.operator(), r.minScore(), false));
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        });
        return new Policy(name, "", "", detect, linkAcrossScopes, defaultRule, rules);
    }

    /** A shipped preset by name ({@link #PRESETS}). */
    public static Policy preset(String presetName) {
        if (!PRESETS.contains(presetName)) {
            throw new PolicyException(presetName, 0, 0, "no such preset (known: " + String.join(", ", PRESETS) + ")");
        }
        String resource = "policies/" + presetName + ".yaml";
        try (InputStream in = Policy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PolicyException(presetName, 0, 0, "preset resource missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "preset " + presetName);
        } catch (IOException e) {
            throw new PolicyException(presetName, 0, 0, "preset resource unreadable");
        }
    }

    /** A preset name if it is one, else a YAML file path. */
    public static Policy resolve(String presetOrFile) {
        return PRESETS.contains(presetOrFile) ? preset(presetOrFile) : load(Path.of(presetOrFile));
    }

    public static Policy load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new PolicyException(file.toString(), 0, 0, "no such file (presets: " + String.join(", ", PRESETS) + ")");
        } catch (IOException e) {
            throw new PolicyException(file.toString(), 0, 0, "unreadable or not UTF-8 (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Parses YAML text; {@code source} names it in error messages. */
    public static Policy parse(String yaml, String source) {
        PolicyFile f;
        try {
            f = YAML.readValue(yaml, PolicyFile.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new PolicyException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), reason(e));
        }
        if (f == null) {
            throw new PolicyException(source, 1, 1, "the policy is empty");
        }
        return build(f, source);
    }

    private static Policy build(PolicyFile f, String source) {
        double minScore = f.minScore() == null ? DEFAULT_MIN_SCORE : f.minScore();
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new PolicyException(source, 0, 0, "minScore must be in [0, 1]");
        }
        Preset detect = Preset.ALL;
        if (f.detect() != null) {
            detect = Preset.parse(f.detect()).orElseThrow(() -> new PolicyException(source, 0, 0,
                    "detect: unknown preset '" + f.detect() + "' (use hipaa, pci, gdpr, glba, secrets or all)"));
        }
        Rule defaultRule = new Rule(OperatorConfig.Replace.withTypeName(), minScore, false);
        if (f.defaultRule() != null) {
            String problem = PolicyFile.check(null, f.defaultRule());
            if (problem != null) {
                throw new PolicyException(source, 0, 0, problem);
            }
            defaultRule = toRule(f.defaultRule(), defaultRule, minScore, source);
        }
        Map<EntityType, Rule> rules = new EnumMap<>(EntityType.class);
        if (f.entities() != null) {
            for (Map.Entry<EntityType, PolicyFile.Located> e : f.entities().entrySet()) {
                PolicyFile.Located at = e.getValue();
                if (!detect.types().contains(e.getKey())) {
                    throw new PolicyException(source, at.line(), at.column(), e.getKey() + " is not detected by the '"
                            + detect.id() + "' preset named in 'detect'");
                }
                rules.put(e.getKey(), toRule(at.spec(), defaultRule, minScore, source));
            }
        }
        return new Policy(f.name() == null ? source : f.name(), Objects.requireNonNullElse(f.description(), ""),
                Objects.requireNonNullElse(f.rule(), ""), detect, Boolean.TRUE.equals(f.linkAcrossScopes()),
                defaultRule, rules);
    }

    private static Rule toRule(PolicyFile.RuleSpec spec, Rule fallback, double minScore, String source) {
        double score = spec.minScore() == null ? minScore : spec.minScore();
        if (!(score >= 0 && score <= 1)) {
            throw new PolicyException(source, 0, 0, "minScore must be in [0, 1]");
        }
        boolean block = Boolean.TRUE.equals(spec.block());
        OperatorConfig op = spec.operator() != null ? spec.operator() : fallback.operator();
        return new Rule(op, score, block);
    }

    /** A readable reason for a Jackson error; the location is added by the caller. */
    private static String reason(JsonProcessingException e) {
        return switch (e) {
            case UnrecognizedPropertyException u -> "unknown key '" + u.getPropertyName() + "'"
                    + (u.getKnownPropertyIds() == null ? "" : " (known: " + u.getKnownPropertyIds().stream()
                            .map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")");
            case InvalidTypeIdException t -> t.getTypeId() == null
                    ? "an operator needs a 'type' (redact, replace, mask, hash, encrypt, pseudonymize, surrogate, date_shift, generalize)"
                    : "unknown operator type '" + t.getTypeId()
                            + "' (known: redact, replace, mask, hash, encrypt, pseudonymize, surrogate, date_shift, generalize)";
            case InvalidFormatException f -> "invalid value for '" + path(f) + "': expected "
                    + describe(f.getTargetType());
            case ValueInstantiationException v -> v.getCause() != null && v.getCause().getMessage() != null
                    ? v.getCause().getMessage() : "invalid operator parameters";
            case MismatchedInputException m -> "wrong value type for '" + path(m) + "'"
                    + (m.getTargetType() == null ? "" : ": expected " + describe(m.getTargetType()));
            case JsonParseException p -> "malformed YAML";
            default -> e.getOriginalMessage();
        };
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        String p = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return p.isEmpty() ? "(top level)" : p;
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == char.class || type == Character.class) {
            return "a single character";
        }
        return type.getSimpleName();
    }

    public String name() {
        return name;
    }

    /** What the policy is for. */
    public String description() {
        return description;
    }

    /** The regulation or standard the policy implements, as cited in it. */
    public String rule() {
        return rule;
    }

    /** The analyzer preset to detect with. */
    public Preset detect() {
        return detect;
    }

    public boolean linkAcrossScopes() {
        return linkAcrossScopes;
    }

    public Rule defaultRule() {
        return defaultRule;
    }

    /** The explicit rules; other types use {@link #defaultRule()}. */
    public Map<EntityType, Rule> rules() {
        return rules;
    }

    public Rule ruleFor(EntityType type) {
        return rules.getOrDefault(type, defaultRule);
    }

    /**
     * The lowest score any rule accepts: the threshold to give the analyzer so that no finding a
     * rule wants is dropped before the policy sees it.
     */
    public double detectionThreshold() {
        double min = defaultRule.minScore();
        for (Rule r : rules.values()) {
            min = Math.min(min, r.minScore());
        }
        return min;
    }

    /**
     * The scope pseudonyms live in: {@code scope} itself, or the tenant-wide scope
     * ({@value #TENANT_WIDE_SCOPE_ID}) when the policy links scopes.
     */
    public Scope effectiveScope(Scope scope) {
        return linkAcrossScopes ? Scope.of(scope.tenant(), TENANT_WIDE_SCOPE_ID) : scope;
    }

    @Override
    public String toString() {
        return "Policy[" + name + ", detect=" + detect.id() + ", " + rules.size() + " rules, default="
                + defaultRule.operator().name() + (linkAcrossScopes ? ", linked" : "") + "]";
    }
}
