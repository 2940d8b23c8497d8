package dev.veil.detect.recognizers.names.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The value lists the corpus generator and the lexicon are made from, read once from Datafaker's
 * locale files plus {@link HandLists}. Immutable after construction.
 */
public final class ValuePools {
    final List<String> firstNames;
    final List<String> englishFirstNames;
    final List<String> lastNames;
    final List<String> englishLastNames;
    final List<String> cities;
    final List<String> regions;
    final List<String> countries;
    final List<String> hospitals;
    final List<String> demonyms;
    final List<String> nationalities;
    final List<String> publishers;
    final List<String> brands;
    final List<String> jobPositions;
    final List<String> jobFields;
    final List<String> jobSeniority;
    final List<String> professions;
    final List<String> ranks;
    final List<String> drugs;
    final List<String> diseases;
    final List<String> nouns;
    final List<String> adjectives;
    final List<String> verbs;
    final List<String> adverbs;
    final List<String> bookTitles;
    final List<String> industries;
    final List<String> buzzwords;
    final List<String> cityPrefixes;
    final List<String> citySuffixes;
    final List<String> streetSuffixes;
    final DatafakerLists lists;

    public ValuePools() {
        DatafakerLists df = new DatafakerLists();
        lists = df;
        List<String> locales = DatafakerLists.NAME_LOCALES;
        firstNames = latin(df.matchingAll(locales, "name", "first_name"));
        lastNames = latin(df.matchingAll(locales, "name", "last_name"));
        englishFirstNames = latin(df.matchingAll(List.of("en/name.yml"), "name", "first_name"));
        englishLastNames = latin(df.matchingAll(List.of("en/name.yml", "en-AU.yml", "en-NZ.yml", "en-ZA.yml"),
                "name", "last_name"));
        Set<String> c = new LinkedHashSet<>();
        for (String f : locales) {
            c.addAll(df.list(f, "address.city_name"));
            c.addAll(df.list(f, "address.city"));
        }
        for (String f : List.of("ar.yml", "bg.yml", "id.yml", "tr.yml", "ko.yml", "lv.yml", "en-MS.yml", "uk.yml",
                "ru.yml", "sk.yml", "ca-CAT.yml", "hy.yml", "ka.yml", "mk.yml", "sv-SE.yml", "be.yml")) {
            c.addAll(df.list(f, "address.city_name"));
            c.addAll(df.list(f, "address.city"));
        }
        c.addAll(df.list("en/nation.yml", "nation.capital_city"));
        c.addAll(df.list("en/country.yml", "country.capital"));
        c.addAll(df.list("en/university.yml", "university.place"));
        cities = latin(List.copyOf(c));
        Set<String> r = new LinkedHashSet<>(df.list("en/address.yml", "address.state"));
        for (String f : List.of("en-CA.yml", "en-AU.yml", "de.yml", "fr.yml", "es.yml", "it.yml", "pl.yml", "nl.yml",
                "en-IN.yml", "en-NG.yml", "ja.yml", "pt-BR.yml", "es-MX.yml", "sv.yml", "hu.yml", "cs.yml")) {
            r.addAll(df.list(f, "address.state"));
        }
        regions = latin(List.copyOf(r));
        Set<String> k = new LinkedHashSet<>(df.list("en/address.yml", "address.country"));
        k.addAll(df.list("en/country.yml", "country.name"));
        countries = List.copyOf(k);
        hospitals = df.list("en/medical.yml", "medical.hospital_name");
        demonyms = df.list("en/demographic.yml", "demographic.demonym");
        nationalities = df.list("en/nation.yml", "nation.nationality");
        publishers = df.list("en/book.yml", "book.publisher");
        Set<String> b = new LinkedHashSet<>(df.list("en/brand.yml", "brand"));
        b.addAll(df.list("en/commerce.yml", "commerce.brand"));
        b.addAll(df.list("en/commerce.yml", "commerce.vendor"));
        b.addAll(df.list("en/space.yml", "space.company"));
        b.addAll(df.list("en/space.yml", "space.agency"));
        b.addAll(df.list("en/app.yml", "app.name"));
        brands = List.copyOf(b);
        jobPositions = df.list("en/job.yml", "job.position");
        jobFields = df.list("en/job.yml", "job.field");
        jobSeniority = df.list("en/job.yml", "job.seniority");
        Set<String> p = new LinkedHashSet<>(df.list("en/medical.yml", "medical.medical_professions"));
        p.addAll(df.list("en/company.yml", "company.profession"));
        professions = List.copyOf(p);
        Set<String> rk = new LinkedHashSet<>();
        for (String key : List.of("army_rank", "marines_rank", "navy_rank", "air_force_rank")) {
            rk.addAll(df.list("en/military.yml", "military." + key));
        }
        ranks = List.copyOf(rk);
        Set<String> d = new LinkedHashSet<>(df.list("en/medication.yml", "healthcare.medication.drug_name"));
        d.addAll(df.list("en/medical.yml", "medical.medicine_name"));
        drugs = List.copyOf(d);
        diseases = df.list("en/medical.yml", "medical.disease_name");
        nouns = df.list("en/words.yml", "words.noun");
        adjectives = df.list("en/words.yml", "words.adjective");
        verbs = df.list("en/words.yml", "words.verb");
        adverbs = df.list("en/words.yml", "words.adverb");
        bookTitles = df.list("en/book.yml", "book.title");
        industries = df.list("en/company.yml", "company.industry");
        buzzwords = df.list("en/company.yml", "company.buzzwords");
        cityPrefixes = df.list("en/address.yml", "address.city_prefix");
        citySuffixes = df.list("en/address.yml", "address.city_suffix");
        streetSuffixes = df.list("en/address.yml", "address.street_suffix");
        if (firstNames.size() < 1000 || lastNames.size() < 1000 || cities.size() < 500) {
            throw new IllegalStateException("Datafaker lists missing from the build classpath");
        }
    }

    /** Keeps values written in Latin script (the tagger targets English text). */
    private static List<String> latin(List<String> in) {
        List<String> out = new ArrayList<>(in.size());
        for (String s : in) {
            boolean ok = !s.isEmpty();
            for (int i = 0; i < s.length() && ok; i++) {
                char ch = s.charAt(i);
                ok = ch < 0x250 || Character.isWhitespace(ch) || ch == '\u2019';
            }
            if (ok) {
                out.add(s);
            }
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    static String pick(RandomGenerator rnd, List<String> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
