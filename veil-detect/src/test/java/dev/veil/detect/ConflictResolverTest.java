package dev.veil.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented overlap rules of {@link ConflictResolver}, one row per rule: which finding survives. */
class ConflictResolverTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            same type merges                 | PERSON,0,5,0.9    | PERSON,3,9,0.7     | PERSON,0,9
            higher score wins                | PERSON,0,6,0.95   | LOCATION,2,8,0.6   | PERSON,0,6
            tie goes to the longer span      | PERSON,0,6,0.8    | LOCATION,0,9,0.78  | LOCATION,0,9
            long cover beats a short winner  | ADDRESS,0,40,0.7  | ZIP,30,35,0.95     | ADDRESS,0,40
            weak cover loses                 | ADDRESS,0,40,0.55 | ZIP,30,35,0.95     | ZIP,30,35
            street around a name             | ADDRESS,0,18,0.85 | PERSON,6,18,0.95   | ADDRESS,0,18
            name around a name: score        | PERSON,0,18,0.7   | LOCATION,6,18,0.95 | LOCATION,6,18
            code seen as a name              | SWIFT_BIC,6,17,0.85 | NRP,6,17,0.95    | SWIFT_BIC,6,17
            weak code loses to the name      | SWIFT_BIC,6,17,0.55 | NRP,6,17,0.95    | NRP,6,17
            structured inside structured     | PHONE,0,14,0.7    | DATE,0,10,0.95     | DATE,0,10
            """)
    void survivor(String rule, String a, String b, String expected) {
        List<Finding> out = ConflictResolver.resolve(List.of(finding(a), finding(b)));
        assertThat(out).hasSize(1);
        Finding f = out.get(0);
        String[] e = expected.split(",");
        assertThat(f.type()).as(rule).isEqualTo(EntityType.valueOf(e[0]));
        assertThat(f.start()).as(rule).isEqualTo(Integer.parseInt(e[1]));
        assertThat(f.end()).as(rule).isEqualTo(Integer.parseInt(e[2]));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Valley Hospital October 8 | LOCATION,0,24,0.95 | DATE,16,25,0.9     | LOCATION,0,15 ; DATE,16,25
            Indianapolis July 1966    | LOCATION,0,17,0.95 | DATE,13,22,0.85    | LOCATION,0,12 ; DATE,13,22
            DEA BA9585158 today       | PERSON,0,13,0.95   | DEA_NUMBER,4,13,0.9 | DEA_NUMBER,4,13
            DEA FC7252961.            | PERSON,0,6,0.95    | DEA_NUMBER,4,13,0.9 | DEA_NUMBER,4,13
            Anna Lee FC7252961        | PERSON,0,11,0.95   | DEA_NUMBER,9,18,0.9 | PERSON,0,8 ; DEA_NUMBER,9,18
            """)
    void trimsAPartlyOverlappedName(String text, String a, String b, String expected) {
        List<Finding> out = ConflictResolver.resolve(text, List.of(finding(a), finding(b)));
        List<String> got = out.stream().map(f -> f.type() + "," + f.start() + "," + f.end()).toList();
        assertThat(got).containsExactly(expected.split(" ; "));
    }

    private static Finding finding(String spec) {
        String[] p = spec.split(",");
        return new Finding(EntityType.valueOf(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                Double.parseDouble(p[3]), "test");
    }
}
