package dev.veil.gateway.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RestorePlanTest {
    @Test
    void restoresLeftmostLongestAndLeavesUnknownTokens() {
        RestorePlan p = RestorePlan.builder()
                .reveal("[PERSON_1]", "Maria Garcia")
                .reveal("[PERSON_12]", "Daniel Hale")
                .maskAs("[SSN_1]", "***-**-****")
                .build();
        String out = p.restoreAll("[PERSON_1] met [PERSON_12]; ssn [SSN_1]; invented [PERSON_7].");
        assertThat(out).isEqualTo("Maria Garcia met Daniel Hale; ssn ***-**-****; invented [PERSON_7].");
        assertThat(p.stats().replaced()).isEqualTo(3);
    }

    @Test
    void holdsBackMinimalSuffix() {
        RestorePlan p = RestorePlan.builder().reveal("[PERSON_1]", "Maria").build();
        StreamingRestorer r = p.streaming();
        assertThat(r.feed("Hello [PER")).isEqualTo("Hello ");
        assertThat(r.held()).isEqualTo(4);
        assertThat(r.feed("SON_1], hi [x")).isEqualTo("Maria, hi [x");
        assertThat(r.feed("[")).isEmpty();
        assertThat(r.finish()).isEqualTo("[");
    }

    @Test
    void streamEndingMidTokenFlushesModelText() {
        RestorePlan p = RestorePlan.builder().reveal("[PERSON_1]", "Maria").build();
        StreamingRestorer r = p.streaming();
        assertThat(r.feed("bye [PERSON_")).isEqualTo("bye ");
        assertThat(r.finish()).isEqualTo("[PERSON_");
    }

    @Test
    void jsonArgumentsStayValidWhenOriginalNeedsEscaping() throws Exception {
        RestorePlan p = RestorePlan.builder().reveal("[PERSON_1]", "Kevin \"K\" O'Brien\\").build();
        String args = "{\"name\":\"[PERSON_1]\",\"n\":1}";
        String restored = p.restoreAllInJson(args);
        assertThat(new ObjectMapper().readTree(restored).get("name").asText()).isEqualTo("Kevin \"K\" O'Brien\\");
    }

    @Test
    void emptyPlanPassesThrough() {
        StreamingRestorer r = RestorePlan.none().streaming();
        assertThat(r.feed("[PERSON_1")).isEqualTo("[PERSON_1");
        assertThat(r.held()).isZero();
    }
}
