package dev.veil.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Preset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    /** A recognizer that reports fixed spans, for testing the stages around recognizers. */
    record Fixed(String name, List<Finding> findings, List<ContextRule> context) implements Recognizer {
        Fixed(String name, List<Finding> findings) {
            this(name, findings, List.of());
        }

        @Override
        public Set<EntityType> types() {
            return Set.copyOf(findings.stream().map(Finding::type).toList());
        }

        @Override
        public void recognize(Text text, List<Finding> out) {
            out.addAll(findings);
        }
    }

    @Test
    void contextBoostLiftsLowScoreCandidateOverThreshold() {
        String text = "passport number 531234567 and 987654321";
        Recognizer r = new Fixed("passport", List.of(
                new Finding(EntityType.PASSPORT, 16, 25, 0.3, "passport"),
                new Finding(EntityType.PASSPORT, 30, 39, 0.3, "passport")),
                List.of(ContextRule.boost(EntityType.PASSPORT, 0.4, "passport").window(3, 0)));
        List<Finding> fs = Analyzer.builder().clearRecognizers().addRecognizer(r).build().analyze(text);
        assertThat(fs).extracting(f -> f.textIn(text)).containsExactly("531234567");
        assertThat(fs.get(0).score()).isEqualTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void multiWordContextMatchesOnWordBoundaries() {
        String text = "date of birth: 1985-03-14; xdate of birthday 1985-03-15";
        Recognizer r = new Fixed("d", List.of(
                new Finding(EntityType.DATE, 15, 25, 0.3, "d"),
                new Finding(EntityType.DATE, 45, 55, 0.3, "d")),
                List.of(ContextRule.boost(EntityType.DATE, 0.4, "date of birth")));
        List<Finding> fs = Analyzer.builder().clearRecognizers().addRecognizer(r).build().analyze(text);
        assertThat(fs).extracting(Finding::start).containsExactly(15);
    }

    @Test
    void sameTypeOverlapsMerge() {
        Recognizer r = new Fixed("a", List.of(
                new Finding(EntityType.PERSON, 0, 4, 0.6, "a"),
                new Finding(EntityType.PERSON, 2, 9, 0.8, "b")));
        List<Finding> fs = Analyzer.builder().clearRecognizers().addRecognizer(r).build().analyze("abcdefghijk");
        assertThat(fs).containsExactly(new Finding(EntityType.PERSON, 0, 9, 0.8, "b"));
    }

    @Test
    void differentTypeOverlapHigherScoreWinsAndLongerCoverWins() {
        Recognizer r = new Fixed("a", List.of(
                new Finding(EntityType.PHONE, 0, 10, 0.6, "phone"),
                new Finding(EntityType.SSN, 0, 11, 0.9, "ssn"),
                new Finding(EntityType.ADDRESS, 20, 50, 0.7, "address"),
                new Finding(EntityType.ZIP, 45, 50, 0.9, "zip")));
        List<Finding> fs = Analyzer.builder().clearRecognizers().addRecognizer(r).build()
                .analyze("x".repeat(60));
        assertThat(fs).extracting(Finding::type).containsExactly(EntityType.SSN, EntityType.ADDRESS);
    }

    @Test
    void presetAndTypesFilter() {
        Recognizer r = new Fixed("a", List.of(
                new Finding(EntityType.PERSON, 0, 3, 0.9, "a"),
                new Finding(EntityType.API_KEY, 5, 9, 0.9, "a")));
        Analyzer secrets = Analyzer.builder().clearRecognizers().addRecognizer(r).preset(Preset.SECRETS).build();
        assertThat(secrets.analyze("abcdefghijk")).extracting(Finding::type).containsExactly(EntityType.API_KEY);
        Analyzer personOnly = Analyzer.builder().clearRecognizers().addRecognizer(r)
                .types(Set.of(EntityType.PERSON)).build();
        assertThat(personOnly.analyze("abcdefghijk")).extracting(Finding::type).containsExactly(EntityType.PERSON);
    }

    @Test
    void recognizerFailureFailsClosedWithoutEchoingText() {
        Recognizer boom = new Recognizer() {
            @Override public String name() { return "boom"; }
            @Override public Set<EntityType> types() { return Set.of(EntityType.PERSON); }
            @Override public void recognize(Text text, List<Finding> out) {
                throw new IllegalStateException("leak " + text.string());
            }
        };
        Analyzer a = Analyzer.builder().clearRecognizers().addRecognizer(boom).build();
        assertThatThrownBy(() -> a.analyze("Maria Garcia"))
                .isInstanceOf(DetectionException.class)
                .hasMessageContaining("boom")
                .hasMessageNotContaining("Maria");
    }

    @Test
    void analyzeAllGivesWhatAnalyzeGivesForEachText() {
        // more texts and chars than one group holds, an empty text and one longer than a window among them
        String[] shapes = {
            "Call Maria Garcia at (415) 555-0132 about card 4539 1488 0343 6467.",
            "SSN 536-22-8726, DOB 03/14/1985, email maria.garcia@example.org, IBAN DE89 3704 0044 0532 0130 00",
            "", "plain words only, nothing to find here",
            "Pt seen by Dr. Fields at 12 Baker Street, Boston MA 02118; password=\"S3cr3t!x\"",
        };
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) {
            texts.add(shapes[i % shapes.length] + " #" + i);
            if (i == 333) {
                texts.add(shapes[0].repeat(Analyzer.WINDOW / shapes[0].length() + 200));
            }
        }
        texts.add(4, "");
        Analyzer a = Analyzer.defaults();
        List<List<Finding>> all = a.analyzeAll(texts);
        assertThat(all).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(all.get(i)).as("text %d", i).isEqualTo(a.analyze(texts.get(i)));
        }
        assertThat(all.get(0)).isNotEmpty();
        assertThat(a.analyzeAll(List.of())).isEmpty();
    }

    @Test
    void analyzeAllFailsClosedWhenAnyTextFails() {
        Recognizer picky = new Recognizer() {
            @Override public String name() { return "picky"; }
            @Override public Set<EntityType> types() { return Set.of(EntityType.PERSON); }
            @Override public void recognize(Text text, List<Finding> out) {
                if (text.string().contains("Garcia")) {
                    throw new IllegalStateException("leak " + text.string());
                }
            }
        };
        Analyzer a = Analyzer.builder().clearRecognizers().addRecognizer(picky).build();
        assertThat(a.analyzeAll(List.of("fine", "also fine"))).containsExactly(List.of(), List.of());
        assertThatThrownBy(() -> a.analyzeAll(List.of("fine", "Maria Garcia", "fine")))
                .isInstanceOf(DetectionException.class)
                .hasMessageContaining("picky")
                .hasMessageNotContaining("Maria");
    }

    @Test
    void longTextIsAnalyzedInWindowsWithExactOffsets() {
        StringBuilder sb = new StringBuilder();
        List<Integer> expected = new java.util.ArrayList<>();
        while (sb.length() < 3 * Analyzer.WINDOW) {
            sb.append("filler text here ");
            if (sb.length() % 7 == 0) {
                expected.add(sb.length() + 5);
                sb.append("card 4539 1488 0343 6467 ");
            }
        }
        String text = sb.toString();
        List<Finding> fs = Analyzer.builder().build().analyze(text);
        assertThat(fs).filteredOn(f -> f.type() == EntityType.CREDIT_CARD)
                .extracting(Finding::start).containsExactlyElementsOf(expected);
        for (Finding f : fs) {
            if (f.type() == EntityType.CREDIT_CARD) {
                assertThat(f.textIn(text)).isEqualTo("4539 1488 0343 6467");
            }
        }
    }

    @Test
    void guardedPatternStopsCatastrophicBacktracking() {
        GuardedPattern evil = GuardedPattern.compile("evil", "(a+)+b");
        String input = "a".repeat(5000);
        assertThatThrownBy(() -> evil.matcher(input).find())
                .isInstanceOf(DetectionException.class)
                .hasMessageContaining("evil")
                .hasMessageNotContaining("aaaa");
    }
}
