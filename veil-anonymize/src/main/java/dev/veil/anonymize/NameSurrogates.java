package dev.veil.anonymize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import net.datafaker.Faker;

/**
 * Fake person names from Datafaker's English name lists. The lists are sampled once (a fixed seed,
 * sorted, so they are identical in every process) and then indexed by the caller's random
 * generator, which is much faster than a Faker call per name and makes the choice depend only on
 * the seed. Keeps the original's honorific (Dr., Mrs. ...), word count (one word: a surname) and
 * letter case (all upper, all lower or capitalised).
 */
final class NameSurrogates {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir",
            "dame", "rev", "fr", "sr", "sra", "herr", "frau", "mme", "mlle", "m");

    private NameSurrogates() {
    }

    /** Lazily built: Datafaker loads its YAML data on first use (about a second). */
    private static final class Lists {
        static final List<String> FIRST;
        static final List<String> LAST;

        static {
            Faker faker = new Faker(Locale.ENGLISH, new Random(20_240_101L));
            Set<String> first = new TreeSet<>();
            Set<String> last = new TreeSet<>();
            for (int i = 0; i < 6000; i++) {
                first.add(faker.name().firstName());
                last.add(faker.name().lastName());
            }
            first.removeIf(s -> !s.chars().allMatch(Character::isLetter));
            last.removeIf(s -> !s.chars().allMatch(Character::isLetter));
            FIRST = List.copyOf(first);
            LAST = List.copyOf(last);
        }
    }

    static String name(String original, RandomGenerator random) {
        String[] words = original.trim().split("\\s+");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.length - 1 && HONORIFICS.contains(words[i].toLowerCase(Locale.ROOT).replace(".", ""))) {
            out.add(words[i]);
            i++;
        }
        int nameWords = words.length - i;
        String last = pick(Lists.LAST, random);
        if (nameWords >= 2 && out.isEmpty()) {
            out.add(pick(Lists.FIRST, random));
        }
        out.add(last);
        return applyCase(String.join(" ", out), original);
    }

    private static String pick(List<String> list, RandomGenerator random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String applyCase(String fake, String original) {
        boolean hasLetters = original.chars().anyMatch(Character::isLetter);
        if (hasLetters && original.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return fake.toUpperCase(Locale.ROOT);
        }
        if (hasLetters && original.chars().filter(Character::isLetter).allMatch(Character::isLowerCase)) {
            return fake.toLowerCase(Locale.ROOT);
        }
        return fake;
    }
}
