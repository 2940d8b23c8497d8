package dev.veil.audit;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One audit record: who did what, with which model, what was found and decided, how it ended.
 *
 * <p>Guarantee: a record holds no prompt, answer or detected value. Entity findings appear only as
 * counts by type. The only text derived from content is the optional {@code encryptedText}: the
 * already-masked text, encrypted with Tink AEAD by {@link MaskedTextCipher} before the record is
 * built, so plaintext never sits in a record or on disk. Storing it is off unless the caller
 * passes a cipher to {@link Builder#maskedText}.
 *
 * <p>Absent optional fields are {@code null}; collections are empty, sorted and unmodifiable, so
 * equal records have equal canonical encodings.
 *
 * @param time          when the audited event happened
 * @param kind          what the record is about
 * @param principal     the authenticated caller (user, service or {@code "veil"} for the system)
 * @param keyId         the API key id used, never the key
 * @param roles         the caller's roles
 * @param model         the model name the request addressed
 * @param upstream      the upstream the request was sent to
 * @param entityCounts  detected entities by {@link EntityType} name
 * @param operators     operators applied (mask, pseudonymize, ...) by name, with counts
 * @param decisions     policy outcomes (allow, mask, block, alert, ...)
 * @param rules         identifiers of the rules that fired
 * @param latency       end-to-end latency, stored with microsecond precision
 * @param status        HTTP status or CLI exit code
 * @param scope         the conversation scope key ({@link Scope#key()})
 * @param requestId     the request id, for correlation with other logs
 * @param attributes    kind-specific identifiers (never values), e.g. a subject's keyed hash
 * @param encryptedText base64 Tink AEAD ciphertext of the masked text, or {@code null}
 */
public record AuditRecord(
        Instant time,
        AuditKind kind,
        String principal,
        String keyId,
        List<String> roles,
        String model,
        String upstream,
        SortedMap<String, Integer> entityCounts,
        SortedMap<String, Integer> operators,
        List<String> decisions,
        List<String> rules,
        Duration latency,
        Integer status,
        String scope,
        String requestId,
        SortedMap<String, String> attributes,
        String encryptedText) {

    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        principal = FieldRules.text("principal", principal, FieldRules.MAX_TEXT);
        keyId = FieldRules.token("key_id", keyId);
        roles = FieldRules.tokens("roles", roles);
        model = FieldRules.text("model", model, FieldRules.MAX_TEXT);
        upstream = FieldRules.text("upstream", upstream, FieldRules.MAX_TEXT);
        entityCounts = FieldRules.counts("entity_counts", entityCounts);
        operators = FieldRules.counts("operators", operators);
        decisions = FieldRules.tokens("decisions", decisions);
        rules = FieldRules.tokens("rules", rules);
        if (latency != null) {
            if (latency.isNegative()) {
                throw new IllegalArgumentException("audit field latency is negative");
            }
            latency = Duration.ofNanos(latency.toNanos() / 1000 * 1000);
        }
        scope = FieldRules.text("scope", scope, 401);
        requestId = FieldRules.token("request_id", requestId);
        attributes = FieldRules.attributes(attributes);
        encryptedText = FieldRules.text("encrypted_text", encryptedText, FieldRules.MAX_ENCRYPTED_TEXT);
    }

    public static Builder builder(AuditKind kind, Instant time) {
        return new Builder(kind, time);
    }

    /** Builds a record field by field; every setter validates. Not thread-safe. */
    public static final class Builder {
        private final AuditKind kind;
        private final Instant time;
        private String principal;
        private String keyId;
        private final List<String> roles = new ArrayList<>();
        private String model;
        private String upstream;
        private final Map<String, Integer> entityCounts = new LinkedHashMap<>();
        private final Map<String, Integer> operators = new LinkedHashMap<>();
        private final List<String> decisions = new ArrayList<>();
        private final List<String> rules = new ArrayList<>();
        private Duration latency;
        private Integer status;
        private String scope;
        private String requestId;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private String encryptedText;

        private Builder(AuditKind kind, Instant time) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.time = Objects.requireNonNull(time, "time");
        }

        public Builder principal(String principal) {
            this.principal = principal;
            return this;
        }

        public Builder keyId(String keyId) {
            this.keyId = keyId;
            return this;
        }

        public Builder roles(Collection<String> roles) {
            this.roles.addAll(roles);
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder upstream(String upstream) {
            this.upstream = upstream;
            return this;
        }

        /** Adds {@code count} findings of {@code type} to the per-type counts. */
        public Builder entities(EntityType type, int count) {
            entityCounts.merge(type.name(), count, Integer::sum);
            return this;
        }

        public Builder entities(Map<EntityType, Integer> counts) {
            counts.forEach(this::entities);
            return this;
        }

        public Builder operator(String name, int count) {
            operators.merge(name, count, Integer::sum);
            return this;
        }

        public Builder decision(String decision) {
            decisions.add(decision);
            return this;
        }

        public Builder rule(String rule) {
            rules.add(rule);
            return this;
        }

        public Builder latency(Duration latency) {
            this.latency = latency;
            return this;
        }

        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Builder scope(Scope scope) {
            this.scope = scope.key();
            return this;
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /** A kind-specific identifier. Never put a detected value or any content here. */
        public Builder attribute(String key, String value) {
            attributes.put(key, value);
            return this;
        }

        /**
         * Keeps an encrypted copy of the already-masked text. The text is encrypted here, so the
         * record never holds it in the clear; without a cipher there is no way to store it.
         */
        public Builder maskedText(SecretValue maskedText, MaskedTextCipher cipher) {
            this.encryptedText = cipher.encrypt(maskedText);
            return this;
        }

        public AuditRecord build() {
            return new AuditRecord(time, kind, principal, keyId, roles, model, upstream, new TreeMap<>(entityCounts),
                    new TreeMap<>(operators), decisions, rules, latency, status, scope, requestId,
                    new TreeMap<>(attributes), encryptedText);
        }
    }
}
