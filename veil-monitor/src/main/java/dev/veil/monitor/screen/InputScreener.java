package dev.veil.monitor.screen;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Preset;
import dev.veil.detect.Analyzer;
import dev.veil.detect.DetectionException;
import dev.veil.monitor.RequestInfo;
import dev.veil.monitor.alert.Alert;
import dev.veil.monitor.alert.AlertSink;
import dev.veil.monitor.alert.Severity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Screens a prompt before the model sees it, for four categories: credentials, prompt injection,
 * hidden text and data exfiltration. Each category has an action (allow, alert, mask, block);
 * credentials can be configured per entity type.
 *
 * <pre>{@code
 * InputScreener screener = InputScreener.builder().alertSink(sink).build();
 * ScreenResult r = screener.screen(prompt, RequestInfo.of(keyId, requestId, model));
 * if (r.blocked()) { return refuse(r.reason()); }
 * forward(r.text());
 * }</pre>
 *
 * <p>Guarantees: immutable and thread-safe once built. Linear time in the prompt length (RE2/J
 * rules, bounded blob decoding). Reasons, detections and alerts carry rule ids, scores and spans,
 * never prompt text. If credential detection fails, the prompt is blocked (fail closed); if the
 * optional judge fails, the prompt is treated as an injection.
 */
public final class InputScreener {
    /** Rule reported when the credential analyzer failed and the prompt was blocked. */
    public static final String DETECTOR_FAILED = "cred.detector_failed";
    /** Rule reported when a phrase rule could not finish (matching budget exceeded); fails closed. */
    public static final String RULES_FAILED = "inj.rules_failed";
    /** Rule reported for the optional model judge. */
    public static final String JUDGE_RULE = "judge.model";
    /** Rule reported when the judge could not decide. */
    public static final String JUDGE_FAILED = "judge.failed";

    private final Analyzer analyzer;
    private final Map<ScreenCategory, ScreenAction> actions;
    private final Map<EntityType, ScreenAction> credentialActions;
    private final double threshold;
    private final AlertSink sink;
    private final Clock clock;
    private final InjectionJudge judge;
    private final double judgeFrom;
    private final ScreenCache cache;

    private InputScreener(Builder b) {
        this.analyzer = b.analyzer != null ? b.analyzer : Analyzer.builder().preset(Preset.SECRETS).build();
        this.actions = Map.copyOf(b.actions);
        this.credentialActions = Map.copyOf(b.credentialActions);
        this.threshold = b.threshold;
        this.sink = b.sink;
        this.clock = b.clock;
        this.judge = b.judge;
        this.judgeFrom = b.judgeFrom;
        this.cache = b.cacheEntries > 0 ? new ScreenCache(b.cacheEntries) : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    public double threshold() {
        return threshold;
    }

    /** Screens {@code prompt}; publishes an alert per fired category whose action is not ALLOW. */
    public ScreenResult screen(String prompt, RequestInfo info) {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(info, "info");
        ScreenCache.Found found = cache == null ? find(prompt) : cache.get(prompt, this::find);
        List<Detection> ds = new ArrayList<>(found.detections());
        Map<Integer, EntityType> credentialTypes = found.credentialTypes();
        Map<ScreenCategory, Double> scores = combine(ds);
        if (judge != null) {
            double inj = Math.max(scores.getOrDefault(ScreenCategory.PROMPT_INJECTION, 0.0),
                    scores.getOrDefault(ScreenCategory.EXFILTRATION, 0.0));
            if (inj >= judgeFrom && inj < threshold) {
                ds.add(askJudge(prompt));
                scores = combine(ds);
            }
        }
        Set<ScreenCategory> fired = EnumSet.noneOf(ScreenCategory.class);
        scores.forEach((c, s) -> {
            if (s >= threshold) {
                fired.add(c);
            }
        });
        return decide(prompt, info, ds, scores, fired, credentialTypes);
    }

    /** Everything detected in {@code prompt} before policy: a function of the text alone. */
    private ScreenCache.Found find(String prompt) {
        List<Detection> ds = new ArrayList<>();
        Map<Integer, EntityType> credentialTypes = new HashMap<>();
        detectCredentials(prompt, ds, credentialTypes);
        String tagText = HiddenTextScanner.scan(prompt, ds);
        try {
            ds.addAll(phraseDetections(prompt));
            if (!tagText.isEmpty() && phraseScore(tagText) >= threshold) {
                // Instructions spelled in invisible tag characters: the strongest hidden-text signal.
                ds.add(new Detection(ScreenCategory.HIDDEN_TEXT, EncodedBlobScanner.RULE, 0.99, 0, 0));
            }
            EncodedBlobScanner.scan(prompt, threshold, this::nestedPhraseScore, ds);
        } catch (DetectionException e) {
            // A pattern exceeded its matching budget: the prompt was built to stall the screener.
            ds.add(new Detection(ScreenCategory.PROMPT_INJECTION, RULES_FAILED, 1.0, 0, 0));
        }
        return new ScreenCache.Found(ds, credentialTypes);
    }

    private void detectCredentials(String prompt, List<Detection> ds, Map<Integer, EntityType> types) {
        List<Finding> fs;
        try {
            fs = analyzer.analyze(prompt);
        } catch (DetectionException e) {
            ds.add(new Detection(ScreenCategory.CREDENTIALS, DETECTOR_FAILED, 1.0, 0, 0));
            types.put(ds.size() - 1, EntityType.SECRET);
            return;
        }
        for (Finding f : fs) {
            if (f.type().isSecret()) {
                ds.add(new Detection(ScreenCategory.CREDENTIALS, "cred." + f.type().name().toLowerCase(Locale.ROOT),
                        f.score(), f.start(), f.end()));
                types.put(ds.size() - 1, f.type());
            }
        }
    }

    /** Phrase-rule detections over the normalised, leet and squashed views, one per rule and span. */
    static List<Detection> phraseDetections(String prompt) {
        PromptView base = PromptView.of(prompt);
        List<Detection> out = new ArrayList<>();
        scanView(base, false, out);
        CueScorer.scan(base, out);
        PromptView leetI = base.leet('i');
        if (leetI != null) {
            scanExtraView(leetI, false, out);
            PromptView leetL = base.text.indexOf('1') >= 0 ? base.leet('l') : null;
            // With no '1' next to a letter both readings are the same text, whose detections were
            // all just added or found duplicate: scanning it again cannot add any.
            if (leetL != null && !leetL.text.equals(leetI.text)) {
                scanExtraView(leetL, false, out);
            }
        }
        PromptView squashed = base.squashed();
        if (squashed != null) {
            scanExtraView(squashed, true, out);
        }
        return out;
    }

    private static void scanView(PromptView view, boolean squashed, List<Detection> out) {
        AnchorIndex.Hits hits = PhraseRules.ANCHORS.find(view.text);
        List<PhraseRule> rules = PhraseRules.ALL;
        for (int k = 0; k < rules.size(); k++) {
            rules.get(k).scan(view, squashed, hits.windows(k, squashed), out);
        }
    }

    private static void scanExtraView(PromptView view, boolean squashed, List<Detection> out) {
        List<Detection> extra = new ArrayList<>();
        scanView(view, squashed, extra);
        for (Detection d : extra) {
            boolean dup = out.stream().anyMatch(o -> o.rule().equals(d.rule()) && o.start() < d.end() && d.start() < o.end());
            if (!dup) {
                out.add(d);
            }
        }
    }

    /** Combined injection/exfiltration score of a text, used for decoded blobs and tag text. */
    static double phraseScore(String text) {
        Map<ScreenCategory, Double> s = combine(phraseDetections(text));
        return Math.max(s.getOrDefault(ScreenCategory.PROMPT_INJECTION, 0.0),
                s.getOrDefault(ScreenCategory.EXFILTRATION, 0.0));
    }

    /** Like {@link #phraseScore} but also follows one more level of encoding inside the decoded text. */
    private double nestedPhraseScore(String decoded) {
        double direct = phraseScore(decoded);
        if (direct >= threshold) {
            return direct;
        }
        List<Detection> inner = new ArrayList<>();
        EncodedBlobScanner.scan(decoded, threshold, InputScreener::phraseScore, inner);
        return inner.isEmpty() ? direct : 0.95;
    }

    /** Noisy-OR per category over the best score of each rule. */
    static Map<ScreenCategory, Double> combine(List<Detection> ds) {
        Map<ScreenCategory, Map<String, Double>> best = new EnumMap<>(ScreenCategory.class);
        for (Detection d : ds) {
            best.computeIfAbsent(d.category(), k -> new HashMap<>()).merge(d.rule(), d.score(), Math::max);
        }
        Map<ScreenCategory, Double> out = new EnumMap<>(ScreenCategory.class);
        best.forEach((c, rules) -> {
            double miss = 1.0;
            for (double s : rules.values()) {
                miss *= 1.0 - s;
            }
            out.put(c, 1.0 - miss);
        });
        return out;
    }

    private Detection askJudge(String prompt) {
        try {
            double p = judge.injectionProbability(prompt);
            return new Detection(ScreenCategory.PROMPT_INJECTION, JUDGE_RULE, Math.max(0, Math.min(1, p)), 0, 0);
        } catch (RuntimeException e) {
            return new Detection(ScreenCategory.PROMPT_INJECTION, JUDGE_FAILED, 1.0, 0, 0);
        }
    }

    private ScreenResult decide(String prompt, RequestInfo info, List<Detection> ds, Map<ScreenCategory, Double> scores,
                                Set<ScreenCategory> fired, Map<Integer, EntityType> credentialTypes) {
        Map<ScreenCategory, ScreenAction> applied = new EnumMap<>(ScreenCategory.class);
        List<Masker.Cut> cuts = new ArrayList<>();
        for (ScreenCategory c : fired) {
            ScreenAction a = actions.get(c);
            if (c == ScreenCategory.CREDENTIALS) {
                a = ScreenAction.ALLOW;
                for (int i = 0; i < ds.size(); i++) {
                    Detection d = ds.get(i);
                    if (d.category() == c && d.score() >= threshold) {
                        EntityType t = credentialTypes.get(i);
                        // A failed detector means credentials may be present unseen: refuse, whatever the policy.
                        ScreenAction ta = d.rule().equals(DETECTOR_FAILED) ? ScreenAction.BLOCK
                                : credentialActions.getOrDefault(t, actions.get(c));
                        a = ta.compareTo(a) > 0 ? ta : a;
                        if (ta == ScreenAction.MASK && d.end() > d.start()) {
                            cuts.add(new Masker.Cut(d.start(), d.end(), "[" + t.name() + "]"));
                        }
                    }
                }
            } else if (a == ScreenAction.MASK) {
                cuts.addAll(Masker.cutsFor(c, prompt, ds, threshold));
            }
            applied.put(c, a);
        }
        ScreenAction overall = applied.values().stream().max(Enum::compareTo).orElse(ScreenAction.ALLOW);
        ScreenResult.Outcome outcome;
        String text = prompt;
        if (overall == ScreenAction.BLOCK) {
            outcome = ScreenResult.Outcome.BLOCKED;
            text = null;
        } else if (!cuts.isEmpty()) {
            text = Masker.apply(prompt, cuts);
            outcome = text.equals(prompt) ? ScreenResult.Outcome.ALLOWED : ScreenResult.Outcome.MASKED;
        } else {
            outcome = ScreenResult.Outcome.ALLOWED;
        }
        List<Alert> alerts = new ArrayList<>();
        applied.forEach((c, a) -> {
            if (a != ScreenAction.ALLOW) {
                alerts.add(alertFor(c, a, ds, credentialTypes, info));
            }
        });
        if (sink != null) {
            alerts.forEach(sink::publish);
        }
        return new ScreenResult(outcome, text, ds, scores, fired, alerts);
    }

    private Alert alertFor(ScreenCategory c, ScreenAction a, List<Detection> ds, Map<Integer, EntityType> types,
                           RequestInfo info) {
        Alert.Builder b = Alert.builder(severity(c, a, ds), "screen." + c.id())
                .keyId(info.keyId()).requestId(info.requestId()).model(info.model()).time(clock.instant());
        for (int i = 0; i < ds.size(); i++) {
            Detection d = ds.get(i);
            if (d.category() == c) {
                b.count(c == ScreenCategory.CREDENTIALS ? types.get(i).name() : d.rule(), 1);
            }
        }
        return b.build();
    }

    private static Severity severity(ScreenCategory c, ScreenAction a, List<Detection> ds) {
        return switch (c) {
            case CREDENTIALS -> a == ScreenAction.BLOCK ? Severity.HIGH : Severity.MEDIUM;
            case PROMPT_INJECTION, EXFILTRATION -> Severity.HIGH;
            case HIDDEN_TEXT -> ds.stream().anyMatch(d -> d.rule().equals(EncodedBlobScanner.RULE)
                    || d.rule().equals(HiddenTextScanner.TAGS)) ? Severity.HIGH : Severity.MEDIUM;
        };
    }

    /**
     * Configures an {@link InputScreener}. Defaults: credentials MASK (PRIVATE_KEY and PASSWORD
     * BLOCK), prompt injection BLOCK, exfiltration BLOCK, hidden text MASK; threshold 0.5; the
     * analyzer restricted to {@link Preset#SECRETS}; no sink; system UTC clock; no judge.
     */
    public static final class Builder {
        private Analyzer analyzer;
        private final Map<ScreenCategory, ScreenAction> actions = new EnumMap<>(Map.of(
                ScreenCategory.CREDENTIALS, ScreenAction.MASK,
                ScreenCategory.PROMPT_INJECTION, ScreenAction.BLOCK,
                ScreenCategory.EXFILTRATION, ScreenAction.BLOCK,
                ScreenCategory.HIDDEN_TEXT, ScreenAction.MASK));
        private final Map<EntityType, ScreenAction> credentialActions = new EnumMap<>(Map.of(
                EntityType.PRIVATE_KEY, ScreenAction.BLOCK,
                EntityType.PASSWORD, ScreenAction.BLOCK));
        private double threshold = 0.5;
        private AlertSink sink;
        private Clock clock = Clock.systemUTC();
        private InjectionJudge judge;
        private double judgeFrom = 0.2;
        private long cacheEntries;

        private Builder() {
        }

        /**
         * Remembers the detections of up to {@code entries} texts (by SHA-256 digest, no text kept),
         * so messages re-sent with the conversation history are not screened again. 0 (the default)
         * disables it.
         */
        public Builder cache(long entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("cache entries must be >= 0");
            }
            this.cacheEntries = entries;
            return this;
        }

        /** The analyzer whose secret findings are the credentials category. */
        public Builder analyzer(Analyzer a) {
            this.analyzer = Objects.requireNonNull(a);
            return this;
        }

        public Builder action(ScreenCategory c, ScreenAction a) {
            actions.put(Objects.requireNonNull(c), Objects.requireNonNull(a));
            return this;
        }

        /** Action for credentials of one type, overriding the category's action. */
        public Builder credentialAction(EntityType t, ScreenAction a) {
            if (!t.isSecret()) {
                throw new IllegalArgumentException("credential actions apply to secret types only");
            }
            credentialActions.put(t, Objects.requireNonNull(a));
            return this;
        }

        /** A category fires when its combined score reaches this. Default 0.5. */
        public Builder threshold(double t) {
            if (!(t > 0 && t <= 1)) {
                throw new IllegalArgumentException("threshold must be in (0,1]");
            }
            this.threshold = t;
            return this;
        }

        public Builder alertSink(AlertSink s) {
            this.sink = s;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /**
         * Asks {@code j} about prompts whose injection or exfiltration score is at least
         * {@code from} but below the threshold.
         */
        public Builder judge(InjectionJudge j, double from) {
            this.judge = Objects.requireNonNull(j);
            this.judgeFrom = from;
            return this;
        }

        public InputScreener build() {
            return new InputScreener(this);
        }
    }
}
