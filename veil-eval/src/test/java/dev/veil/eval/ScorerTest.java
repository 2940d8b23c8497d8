package dev.veil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    @ParameterizedTest(name = "gold [{0},{1}) {2} vs pred [{3},{4}) {5} -> {6}")
    @CsvSource({
        // identical
        "0, 10, PERSON, 0, 10, PERSON, true",
        // IoU exactly 0.5 counts
        "0, 10, PERSON, 5, 15, PERSON, false",
        "0, 10, PERSON, 0, 5, PERSON, true",
        // prediction covers 80% of gold
        "0, 10, PERSON, 2, 20, PERSON, true",
        "0, 10, PERSON, 3, 20, PERSON, false",
        // family: ADDRESS, LOCATION and ZIP match each other, nothing else does
        "0, 10, ADDRESS, 0, 10, LOCATION, true",
        "0, 10, ZIP, 0, 10, ADDRESS, true",
        "0, 10, ORGANIZATION, 0, 10, LOCATION, false",
        // aliases are canonicalised before matching
        "0, 10, PHONE_NUMBER, 0, 10, PHONE, true",
        "0, 10, US_SSN, 0, 10, SSN, true",
        "0, 10, DATE_TIME, 0, 10, DATE, true",
        // touching spans do not overlap
        "0, 10, PERSON, 10, 20, PERSON, false",
    })
    void goldMatchRule(int ga, int gb, String gt, int pa, int pb, String pt, boolean found) {
        Span g = new Span(ga, gb, TypeNames.canon(gt));
        Span p = new Span(pa, pb, TypeNames.canon(pt));
        assertThat(Scorer.matchesAny(g, List.of(p))).isEqualTo(found);
    }

    @ParameterizedTest
    @CsvSource({"0.0625, 0.062", "0.0635, 0.064", "0.1235, 0.123", "0.9995, 1.000", "1.0, 1.000", "0.0, 0.000", "0.33333, 0.333"})
    void threeDecimalsAsPython(double x, String expected) {
        // expected values printed by Python 3.11: format(x, ".3f") rounds the exact binary value half to even,
        // so the exact tie 0.0625 goes down while String.format would print 0.063
        assertThat(Report.f3(x)).isEqualTo(expected);
    }

    @Test
    void charLevelIgnoresPythonWhitespaceIncludingNbsp() {
        LabeledDoc d = new LabeledDoc("1", "ab\u00a0cd ef", List.of(new Span(0, 5, "PERSON")), "");
        Report r = Scorer.score(List.of(d), Map.of("1", List.of(new Span(0, 8, "PERSON"))));
        // gold chars a,b,c,d = 4; predicted a,b,c,d,e,f = 6 (NBSP and space excluded)
        assertThat(r.chars().p()).isEqualTo(4.0 / 6.0);
        assertThat(r.chars().r()).isEqualTo(1.0);
    }

    @Test
    void missingPredictionCountsAndLeaks() {
        LabeledDoc d = new LabeledDoc("1", "John Smith", List.of(new Span(0, 10, "PERSON")), "");
        Report r = Scorer.score(List.of(d), Map.of());
        assertThat(r.missingPredictions()).isEqualTo(1);
        assertThat(r.leakRate()).isEqualTo(1.0);
        assertThat(r.perType().get("PERSON").fn()).isEqualTo(1);
        assertThat(r.spans().f2()).isZero();
    }

    @Property(tries = 200, seed = "20261129")
    void goldScoredAgainstItselfIsPerfect(@ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
        LabeledDoc d = dev.veil.eval.corpus.CorpusGenerator.withSeed(seed).next();
        Report r = Scorer.score(List.of(d), Map.of(d.id(), d.spans()));
        if (!d.spans().isEmpty()) {
            assertThat(r.spans().f2()).isEqualTo(1.0);
            assertThat(r.chars().r()).isEqualTo(1.0);
        }
        assertThat(r.leakRate()).isZero();
        assertThat(r.perType().values()).allSatisfy(t -> assertThat(t.fp()).isZero());
    }
}
