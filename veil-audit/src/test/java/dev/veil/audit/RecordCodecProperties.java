package dev.veil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.EntityType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The canonical encoding is a bijection on valid records, and the chain hash commits to every byte. */
class RecordCodecProperties {

    @Provide
    Arbitrary<AuditRecord> records() {
        Arbitrary<String> token = Arbitraries.strings().withChars("abcXYZ019._:@/+#=-").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> text = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
                .filter(s -> s.chars().noneMatch(Character::isISOControl))
                .filter(s -> s.codePoints().allMatch(Character::isDefined))
                .filter(s -> !hasLoneSurrogate(s));
        return Combinators.combine(
                Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond),
                Arbitraries.of(AuditKind.class),
                text.injectNull(0.3),
                token.list().ofMaxSize(3),
                Arbitraries.of(EntityType.class).list().ofMaxSize(4),
                Arbitraries.longs().between(0, 10_000_000).map(Duration::ofNanos).injectNull(0.3),
                Arbitraries.integers().between(0, 599).injectNull(0.3),
                text.injectNull(0.5)
        ).as((time, kind, principal, rules, types, latency, status, attr) -> {
            AuditRecord.Builder b = AuditRecord.builder(kind, time).principal(principal).latency(latency);
            rules.forEach(b::rule);
            types.forEach(t -> b.entities(t, 1));
            if (status != null) {
                b.status(status);
            }
            if (attr != null) {
                b.attribute("note", attr);
            }
            return b.build();
        });
    }

    private static boolean hasLoneSurrogate(String s) {
        return !new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
    }

    @Property(tries = 300, seed = "20261129")
    void encodingRoundTripsExactly(@ForAll("records") AuditRecord r) throws Exception {
        byte[] bytes = RecordCodec.encode(r);
        AuditRecord back = RecordCodec.decode(RecordCodec.parse(bytes, 0, bytes.length));
        assertThat(back).isEqualTo(r);
        assertThat(RecordCodec.encode(back)).isEqualTo(bytes);
    }

    @Property(tries = 200, seed = "20261129")
    void anySingleByteChangeInALineIsRejectedOrChangesTheHash(@ForAll("records") AuditRecord r,
                                                              @ForAll("positions") double where,
                                                              @ForAll("flips") byte flip) {
        byte[] rec = RecordCodec.encode(r);
        ChainHash chain = new ChainHash();
        byte[] hash = chain.next(ChainHash.GENESIS, 1, rec);
        byte[] line = EntryCodec.encodeLine(1, ChainHash.GENESIS, hash, rec);
        int len = line.length - 1;
        int pos = (int) (where * len);
        line[pos] ^= flip;
        try {
            EntryCodec.Decoded d = EntryCodec.decodeLine(line, 0, len);
            boolean intact = d.seq() == 1 && java.util.Arrays.equals(d.prev(), ChainHash.GENESIS)
                    && java.util.Arrays.equals(d.hash(), chain.next(d.prev(), d.seq(), d.recordBytes()));
            assertThat(intact).as("a modified line must not verify").isFalse();
        } catch (EntryCodec.MalformedEntryException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0, 0.9999).ofScale(4);
    }

    @Provide
    Arbitrary<Byte> flips() {
        return Arbitraries.bytes().filter(b -> b != 0);
    }

    @Property(tries = 50, seed = "20261129")
    void controlCharactersAreRefusedInTextFields(@ForAll("controls") char c) {
        assertThatThrownBy(() -> AuditRecord.builder(AuditKind.ADMIN, Instant.EPOCH).principal("a" + c + "b").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("a" + c + "b");
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.chars().filter(Character::isISOControl);
    }

    @Property(tries = 20, seed = "20261129")
    void collectionsAreSortedAndDeduplicated(@ForAll("tokens") List<String> roles) {
        AuditRecord r = AuditRecord.builder(AuditKind.ADMIN, Instant.EPOCH).roles(roles).build();
        assertThat(r.roles()).isSorted().doesNotHaveDuplicates().containsAll(roles);
    }

    @Provide
    Arbitrary<List<String>> tokens() {
        return Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(3).list().ofMaxSize(6);
    }
}
