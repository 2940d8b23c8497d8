package dev.veil.anonymize;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import dev.veil.vault.RevealCapability;
import dev.veil.vault.TokenRequest;
import dev.veil.vault.TokenVault;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;

/**
 * Applies a {@link Policy} to detected spans: the analyzer finds spans, the anonymizer decides and
 * transforms (Presidio's split). Built once, immutable and thread-safe.
 *
 * <pre>{@code
 * Anonymizer anonymizer = Anonymizer.builder(Policy.preset("gdpr")).vault(vault).keys(keys).build();
 * AnonymizedText out = anonymizer.anonymize(text, analyzer.analyze(text), scope);
 * RestoredText back = anonymizer.restorer(scope, RevealCapability.grant("svc", "answer")).restore(answer);
 * }</pre>
 *
 * <p>Guarantees:
 * <ul>
 *   <li><b>Fail closed.</b> A text holding a blocked type is refused whole
 *       ({@link BlockedContentException}); an operator or vault failure throws; no method returns a
 *       text in which a finding the policy selects is left in clear.</li>
 *   <li><b>Durability.</b> Vault tokens of a call are committed before the call returns, so no
 *       output carries a token without its mapping.</li>
 *   <li><b>Consistency.</b> Within a scope (or the tenant, if the policy links scopes) one value gets
 *       one pseudonym, surrogate, hash or ciphertext; across scopes they are unlinkable.</li>
 *   <li><b>Privacy.</b> Exceptions and {@code toString()}s name types, operators and counts, never
 *       values.</li>
 * </ul>
 */
public final class Anonymizer {
    private final Policy policy;
    private final TokenVault vault;
    private final OperatorKeys keys;
    private final RandomGenerator random;
    private final Map<EntityType, Operator> operators;
    private final List<Pattern> placeholderPatterns;

    private Anonymizer(Builder b) {
        this.policy = b.policy;
        this.vault = Objects.requireNonNull(b.vault, "vault (use Vaults.ephemeral() for in-memory use)");
        this.keys = Objects.requireNonNull(b.keys, "operator keys (OperatorKeys.loadOrCreate or generate)");
        this.random = b.random;
        Map<EntityType, Operator> ops = new EnumMap<>(EntityType.class);
        Map<OperatorConfig, Operator> shared = new java.util.HashMap<>();
        List<Pattern> patterns = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            OperatorConfig c = policy.ruleFor(t).operator();
            ops.put(t, shared.computeIfAbsent(c, Operator::of));
            if (c instanceof OperatorConfig.Pseudonymize p
                    && patterns.stream().noneMatch(x -> x.pattern().equals(PseudonymizeOperator.placeholderPattern(p.style()).pattern()))) {
                patterns.add(PseudonymizeOperator.placeholderPattern(p.style()));
            }
        }
        this.operators = ops;
        this.placeholderPatterns = List.copyOf(patterns);
    }

    public static Builder builder(Policy policy) {
        return new Builder(Objects.requireNonNull(policy, "policy"));
    }

    public Policy policy() {
        return policy;
    }

    /** One text and its findings (sorted, non-overlapping, as the analyzer returns them). */
    public record Input(String text, List<Finding> findings) {
        public Input {
            Objects.requireNonNull(text, "text");
            findings = List.copyOf(findings);
        }
    }

    /** The blocked types among {@code findings} that pass their rule's score; empty if none. */
    public Set<EntityType> blockedTypes(List<Finding> findings) {
        Set<EntityType> blocked = EnumSet.noneOf(EntityType.class);
        for (Finding f : findings) {
            Rule r = policy.ruleFor(f.type());
            if (r.block() && f.score() >= r.minScore()) {
                blocked.add(f.type());
            }
        }
        return blocked;
    }

    /**
     * Replaces every finding that passes its rule's score by its operator's output.
     *
     * @throws BlockedContentException if a finding's type is blocked
     * @throws IllegalArgumentException if findings overlap, are unsorted or fall outside the text
     * @throws AnonymizeException       if an operator or the vault fails
     */
    public AnonymizedText anonymize(String text, List<Finding> findings, Scope scope) {
        return anonymizeAll(List.of(new Input(text, findings)), scope).get(0);
    }

    /**
     * Anonymizes several texts of one scope with one vault transaction per token operator: the
     * fast path for batches (JSONL records, CSV rows). Refuses the whole batch if any text holds a
     * blocked type; callers that want to drop only those texts check {@link #blockedTypes} first.
     */
    public List<AnonymizedText> anonymizeAll(List<Input> inputs, Scope scope) {
        Objects.requireNonNull(scope, "scope");
        Scope s = policy.effectiveScope(scope);
        List<List<Finding>> selected = new ArrayList<>(inputs.size());
        Set<EntityType> blocked = EnumSet.noneOf(EntityType.class);
        for (Input in : inputs) {
            checkSpans(in.text(), in.findings());
            List<Finding> keep = new ArrayList<>(in.findings().size());
            for (Finding f : in.findings()) {
                Rule r = policy.ruleFor(f.type());
                if (f.score() >= r.minScore()) {
                    keep.add(f);
                    if (r.block()) {
                        blocked.add(f.type());
                    }
                }
            }
            selected.add(keep);
        }
        if (!blocked.isEmpty()) {
            throw new BlockedContentException(blocked);
        }
        String[][] tokens = tokenize(inputs, selected, s);
        OperatorContext context = new OperatorContext(s, keys, vault, random);
        List<AnonymizedText> out = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            out.add(apply(inputs.get(i).text(), selected.get(i), tokens[i], context));
        }
        return out;
    }

    /** One vault call per token operator for the whole batch; {@code tokens[i][j]} is finding j of input i's. */
    private String[][] tokenize(List<Input> inputs, List<List<Finding>> selected, Scope scope) {
        Map<TokenOperator, List<int[]>> positions = new IdentityHashMap<>();
        Map<TokenOperator, List<TokenRequest>> requests = new IdentityHashMap<>();
        String[][] tokens = new String[inputs.size()][];
        for (int i = 0; i < inputs.size(); i++) {
            String text = inputs.get(i).text();
            List<Finding> fs = selected.get(i);
            tokens[i] = new String[fs.size()];
            for (int j = 0; j < fs.size(); j++) {
                Finding f = fs.get(j);
                if (operators.get(f.type()) instanceof TokenOperator op) {
                    positions.computeIfAbsent(op, k -> new ArrayList<>()).add(new int[] {i, j});
                    requests.computeIfAbsent(op, k -> new ArrayList<>()).add(request(f, text));
                }
            }
        }
        for (Map.Entry<TokenOperator, List<int[]>> e : positions.entrySet()) {
            TokenOperator op = e.getKey();
            List<String> got = vault.tokenize(scope, requests.get(op), op.tokenFactory(scope, keys));
            for (int k = 0; k < got.size(); k++) {
                int[] at = e.getValue().get(k);
                tokens[at[0]][at[1]] = got.get(k);
            }
        }
        return tokens;
    }

    private static TokenRequest request(Finding f, String text) {
        try {
            return new TokenRequest(f.type(), SecretValue.of(f.textIn(text)));
        } catch (IllegalArgumentException e) {
            throw new AnonymizeException("anonymize: a " + f.type() + " value cannot be tokenized: " + e.getMessage(), e);
        }
    }

    private AnonymizedText apply(String text, List<Finding> findings, String[] tokens, OperatorContext context) {
        StringBuilder out = new StringBuilder(text.length());
        List<Replacement> replacements = new ArrayList<>(findings.size());
        int pos = 0;
        for (int j = 0; j < findings.size(); j++) {
            Finding f = findings.get(j);
            Operator op = operators.get(f.type());
            String replacement;
            String name;
            if (op instanceof ValueOperator v) {
                ValueOperator.Applied a = v.apply(f.textIn(text), f.type(), context);
                replacement = a.text();
                name = a.operator();
            } else {
                replacement = tokens[j];
                name = op.config().name();
            }
            out.append(text, pos, f.start());
            int start = out.length();
            out.append(replacement);
            replacements.add(new Replacement(start, out.length(), f.type(), name));
            pos = f.end();
        }
        out.append(text, pos, text.length());
        return new AnonymizedText(out.toString(), replacements);
    }

    private static void checkSpans(String text, List<Finding> findings) {
        int prevEnd = 0;
        for (Finding f : findings) {
            if (f.end() > text.length()) {
                throw new IllegalArgumentException("anonymize: a " + f.type() + " finding ends past the text");
            }
            if (f.start() < prevEnd) {
                throw new IllegalArgumentException("anonymize: findings overlap or are not sorted by start (a "
                        + f.type() + " finding at " + f.start() + "); resolve overlaps before anonymizing");
            }
            prevEnd = f.end();
        }
    }

    /**
     * A restorer for free text of {@code scope}: loads the scope's vault mappings once (every value
     * of the scope is decrypted into memory, so keep it only as long as needed).
     *
     * @throws dev.veil.vault.VaultException if the capability does not cover the scope or the
     *                                       vault cannot decrypt its entries
     */
    public Restorer restorer(Scope scope, RevealCapability capability) {
        Objects.requireNonNull(capability, "capability");
        Scope s = policy.effectiveScope(scope);
        return new Restorer(s, vault.revealAll(s, capability), keys, placeholderPatterns);
    }

    /** Restores free text of {@code scope}; see {@link Restorer}. */
    public RestoredText restore(String text, Scope scope, RevealCapability capability) {
        return restorer(scope, capability).restore(text);
    }

    /**
     * Restores an anonymization result by position: every replacement made by a reversible operator
     * (pseudonymize, surrogate, encrypt, FF1 included) gets its original value back; the others stay.
     * Exact even where free-text restore is ambiguous (FF1 output, text that already contained
     * token look-alikes).
     */
    public RestoredText restore(AnonymizedText result, Scope scope, RevealCapability capability) {
        Objects.requireNonNull(capability, "capability");
        Scope s = policy.effectiveScope(scope);
        if (!capability.permits(s)) {
            throw new AnonymizeException("restore: the capability of '" + capability.principal()
                    + "' does not cover tenant '" + s.tenant() + "'");
        }
        String text = result.text();
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        int restored = 0;
        int unknown = 0;
        for (Replacement r : result.replacements()) {
            String shown = text.substring(r.start(), r.end());
            Optional<String> original = switch (r.operator()) {
                case "pseudonymize", "surrogate" -> vault.reveal(s, shown, capability).map(SecretValue::reveal);
                case "encrypt" -> {
                    java.util.regex.Matcher m = SivEncryptOperator.TOKEN.matcher(shown);
                    yield m.matches() ? Optional.ofNullable(SivEncryptOperator.decrypt(m.group(1), s, keys)) : Optional.empty();
                }
                case "encrypt_ff1" -> Optional.of(Ff1EncryptOperator.decrypt(shown, r.type(), s, keys));
                default -> null;
            };
            if (original == null) {
                continue; // irreversible operator: stays as it is
            }
            out.append(text, pos, r.start()).append(original.orElse(shown));
            pos = r.end();
            if (original.isPresent()) {
                restored++;
            } else {
                unknown++;
            }
        }
        out.append(text, pos, text.length());
        return new RestoredText(out.toString(), restored, unknown);
    }

    @Override
    public String toString() {
        return "Anonymizer[" + policy + "]";
    }

    /** Builds an {@link Anonymizer}. */
    public static final class Builder {
        private final Policy policy;
        private TokenVault vault;
        private OperatorKeys keys;
        private RandomGenerator random = new SecureRandom();

        private Builder(Policy policy) {
            this.policy = policy;
        }

        /** The vault for pseudonyms, surrogates and date-shift offsets. Required. */
        public Builder vault(TokenVault vault) {
            this.vault = Objects.requireNonNull(vault, "vault");
            return this;
        }

        /** Keys for hash, encrypt and surrogate seeds. Required. */
        public Builder keys(OperatorKeys keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /** Randomness for new date-shift offsets; default {@link SecureRandom}. Tests pass a seeded one. */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        public Anonymizer build() {
            return new Anonymizer(this);
        }
    }
}
