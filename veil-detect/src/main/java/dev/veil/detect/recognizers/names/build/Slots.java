package dev.veil.detect.recognizers.names.build;

import static dev.veil.detect.recognizers.names.build.ValuePools.capitalize;
import static dev.veil.detect.recognizers.names.build.ValuePools.pick;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Value generators for the template slots: people, places, organizations, NRP and titles (the
 * labelled entities) and fillers (dates, drugs, products, ...) that are labelled "outside". Names
 * come from Datafaker's lists of many locales; a share of surnames is mutated so the tagger also
 * sees surnames that are on no list. {@link #unknownNames} replaces most list names with invented
 * ones, which the held-out evaluation uses to measure generalisation.
 */
public final class Slots {
    public static final int PERSON = 0;
    public static final int LOCATION = 1;
    public static final int ORGANIZATION = 2;
    public static final int NRP = 3;
    public static final int TITLE = 4;

    private static final List<String> SURNAME_ENDINGS = List.of("ova", "ov", "ev", "ić", "vić", "sen", "son",
            "sson", "ez", "es", "ski", "ska", "enko", "ini", "elli", "escu", "oglu", "yan", "ashvili", "aki", "ura",
            "ström", "berg", "mann", "stein", "ley", "ton", "field", "wood", "er", "ers", "is", "os", "ou", "ak",
            "uk", "czyk", "ovich", "idis", "poulos", "ari", "ada", "oto", "ama", "ita", "hoff", "baum", "eau");
    private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ra", "ven", "tor", "bel", "an", "si",
            "do", "mar", "ta", "ne", "ri", "gu", "sha", "zel", "po", "fin", "ar", "el", "ko", "nu", "vi", "dra",
            "lin", "so", "ber", "qu", "te", "hal", "jo", "ma", "ren", "dal", "ise", "ul", "wen", "ga", "bri");
    private static final List<String> ORG_TAILS = List.of("Inc.", "Inc", "LLC", "Ltd.", "Ltd", "Group", "Corp.",
            "Corporation", "& Co.", "and Sons", "Holdings", "Partners", "GmbH", "PLC", "Associates", "Company",
            "Incorporated", "International", "Industries", "AG", "S.A.", "Brothers", "Enterprises");
    private static final List<String> ORG_NOUNS = List.of("Systems", "Solutions", "Technologies", "Labs",
            "Software", "Networks", "Media", "Energy", "Insurance", "Capital", "Analytics", "Robotics", "Biosciences",
            "Therapeutics", "Logistics", "Consulting", "Services", "Foods", "Motors", "Airlines", "Pharmaceuticals",
            "Research", "Partners", "Ventures", "Studios", "Health", "Data", "Security", "Financial", "Realty",
            "Foundation", "Institute", "Agency", "Association", "Center", "Council", "Report", "Bank", "Trust",
            "Works", "Digital", "Dynamics", "Genomics", "Interactive", "Mobility", "Traffic", "Living", "Lines");
    private static final List<String> WORD_PIECES = List.of("data", "soft", "tech", "ware", "hub", "lab", "net",
            "gen", "ix", "io", "sys", "link", "point", "logic", "wave", "grid", "cast", "stack", "mind", "sense",
            "pulse", "force", "ify", "ly", "list", "guard", "tuition", "sphere", "works", "base", "cloud", "sync",
            "flow", "path", "shift", "spark", "core", "nova", "vista", "bridge");
    private static final List<String> HONORIFICS = List.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr",
            "Miss", "Prof.", "Sir", "Rev.", "Sen.", "Capt.", "Mx.");
    private static final List<String> POSTNOMINALS = List.of("Jr.", "Sr.", "III", "II", "MD", "PhD", "RN", "M.D.",
            "DDS", "Esq.", "NP", "Jr");
    private static final List<String> PARTICLE_PREFIXES = List.of("van", "van der", "de", "de la", "ten", "von",
            "da", "di", "del", "van den", "le", "al", "bin", "O'", "Mc", "Mac");
    private static final List<String> BELIEF_VALUES = List.of("Catholic", "Protestant", "Christian", "Muslim",
            "Jewish", "Hindu", "Buddhist", "Sikh", "Mormon", "Orthodox", "Evangelical", "Baptist", "Methodist",
            "Lutheran", "Anglican", "Presbyterian", "atheist", "agnostic", "Shia", "Sunni", "Jain", "Quaker",
            "Pentecostal", "Democrat", "Republican", "Conservative", "Labour", "Liberal", "Socialist", "Communist",
            "Libertarian", "Tory", "Green Party", "Christians", "Muslims", "Jews", "Hindus", "Buddhists",
            "Catholics", "Republicans", "Democrats", "Social Democrats", "Seventh-day Adventist", "Roman Catholic");
    private static final List<String> C_SUITE = List.of("CEO", "CFO", "CTO", "COO", "CIO", "VP of Sales",
            "Chief Executive Officer", "Chief Financial Officer", "Chief Technology Officer", "Chief Medical Officer",
            "Vice President", "General Counsel", "Head of Marketing", "Managing Director", "Board Member",
            "Charge Nurse", "Nurse Practitioner", "Attending Physician", "Case Manager", "Social Worker",
            "Physician Assistant", "Staff Nurse", "Respiratory Therapist", "Medical Director");

    private final ValuePools v;
    private final RandomGenerator rnd;
    private final boolean unknownNames;

    public Slots(ValuePools pools, RandomGenerator rnd, boolean unknownNames) {
        this.v = pools;
        this.rnd = rnd;
        this.unknownNames = unknownNames;
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    <T> T oneOf(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    // ---- people ----

    public String first() {
        if (unknownNames && chance(0.6)) {
            return invented(2);
        }
        return pick(rnd, chance(0.5) ? v.englishFirstNames : v.firstNames);
    }

    public String last() {
        if (unknownNames && chance(0.7)) {
            return chance(0.5) ? invented(2 + rnd.nextInt(2)) : mutated();
        }
        double r = rnd.nextDouble();
        if (r < 0.35) {
            return pick(rnd, v.englishLastNames);
        }
        if (r < 0.85) {
            return pick(rnd, v.lastNames);
        }
        return mutated();
    }

    private String mutated() {
        String base = pick(rnd, v.lastNames);
        int cut = Math.min(base.length(), 3 + rnd.nextInt(3));
        return base.substring(0, cut) + oneOf(SURNAME_ENDINGS);
    }

    private String invented(int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(oneOf(SYLLABLES));
        }
        if (chance(0.4)) {
            sb.append(oneOf(SURNAME_ENDINGS));
        }
        return capitalize(sb.toString());
    }

    /** A person's name in one of the shapes seen in letters, notes and chats. */
    public String person() {
        double r = rnd.nextDouble();
        if (r < 0.40) {
            return first() + " " + last();
        }
        if (r < 0.48) {
            return first() + " " + first() + " " + last();
        }
        if (r < 0.54) {
            return first() + " " + (char) ('A' + rnd.nextInt(26)) + ". " + last();
        }
        if (r < 0.62) {
            return honorific() + " " + last();
        }
        if (r < 0.68) {
            return honorific() + " " + first() + " " + last();
        }
        if (r < 0.75) {
            return first() + " " + last() + " " + oneOf(POSTNOMINALS);
        }
        if (r < 0.79) {
            return last() + ", " + first();
        }
        if (r < 0.84) {
            return (char) ('A' + rnd.nextInt(26)) + ". " + last();
        }
        if (r < 0.90) {
            String p = oneOf(PARTICLE_PREFIXES);
            String l = last();
            String joined = p.endsWith("'") || p.equals("Mc") || p.equals("Mac") ? p + l : p + " " + l;
            return first() + " " + joined;
        }
        if (r < 0.95) {
            return first() + " " + last() + "-" + last();
        }
        return first() + " " + last() + " " + last();
    }

    public String honorific() {
        return oneOf(HONORIFICS);
    }

    /** Honorific and surname: "Mr. Ford", "dr. hurst". */
    public String honorificLast() {
        return honorific() + " " + last();
    }

    /** A clinician: "Dr. Lopez", "Dr. Ana Lopez". */
    public String doctor() {
        String dr = chance(0.8) ? "Dr." : (chance(0.5) ? "Dr" : "Doctor");
        return chance(0.6) ? dr + " " + last() : dr + " " + first() + " " + last();
    }

    // ---- places ----

    public String city() {
        double r = rnd.nextDouble();
        if (unknownNames && r < 0.5) {
            return invented(2 + rnd.nextInt(2)) + oneOf(List.of("", "", "ville", "burg", "ton", " City", "stad"));
        }
        if (r < 0.75) {
            return pick(rnd, v.cities);
        }
        if (r < 0.9) {
            return oneOf(v.cityPrefixes) + " " + pick(rnd, v.englishFirstNames) + oneOf(v.citySuffixes);
        }
        return pick(rnd, v.englishLastNames) + oneOf(v.citySuffixes);
    }

    public String region() {
        return pick(rnd, v.regions);
    }

    public String country() {
        return pick(rnd, v.countries);
    }

    public String place() {
        double r = rnd.nextDouble();
        return r < 0.6 ? city() : r < 0.8 ? region() : country();
    }

    public String hospital() {
        if (chance(0.6)) {
            return pick(rnd, v.hospitals);
        }
        String base = chance(0.5) ? last() : city();
        return oneOf(List.of("St. " + first() + "'s Hospital", base + " General Hospital", base + " Medical Center",
                base + " Memorial Hospital", base + " Rehab", base + " Clinic", base + " Nursing Home",
                "Mount " + last() + " Hospital", base + " Regional Hospital", base + " Children's Hospital",
                base + " Hospice", base + " Health Center"));
    }

    // ---- organizations ----

    public String organization() {
        double r = rnd.nextDouble();
        if (r < 0.18) {
            return last() + " " + oneOf(ORG_TAILS);
        }
        if (r < 0.25) {
            return last() + "-" + last();
        }
        if (r < 0.28) {
            return last() + ", " + last() + " and " + last();
        }
        if (r < 0.40) {
            return capitalize(oneOf(v.nouns)) + oneOf(WORD_PIECES);
        }
        if (r < 0.55) {
            return capitalize(chance(0.5) ? oneOf(v.adjectives) : oneOf(v.nouns)) + " " + oneOf(ORG_NOUNS);
        }
        if (r < 0.62) {
            return capitalize(oneOf(v.adjectives)) + " " + capitalize(oneOf(v.nouns)) + " " + oneOf(ORG_NOUNS)
                    + (chance(0.3) ? " " + oneOf(ORG_TAILS) : "");
        }
        if (r < 0.65) {
            StringBuilder sb = new StringBuilder();
            int n = 2 + rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                sb.append((char) ('A' + rnd.nextInt(26)));
            }
            return sb.toString();
        }
        if (r < 0.80) {
            return chance(0.5) ? pick(rnd, v.publishers) : pick(rnd, v.brands);
        }
        if (r < 0.88) {
            return oneOf(List.of("University of " + city(), last() + " University", region() + " State University",
                    last() + " College", city() + " Community College", "Institute of " + capitalize(oneOf(v.nouns))));
        }
        if (r < 0.94) {
            return oneOf(List.of(last() + " Bank", "Bank of " + country(), "First National Bank of " + city(),
                    city() + " Savings Bank", last() + " Credit Union", city() + " Federal Credit Union"));
        }
        return "The " + capitalize(oneOf(v.nouns)) + " " + oneOf(ORG_NOUNS);
    }

    /** A street named after a family, as US streets often are: "Bennett Extensions", "Amado Hills". */
    public String streetName() {
        return last() + " " + oneOf(v.streetSuffixes);
    }

    /** A US state or Canadian province code, as written after a city: "AK", "CA", "ON". */
    public String stateCode() {
        return oneOf(FillerLists.STATE_CODES);
    }

    // ---- NRP and titles ----

    public String nationality() {
        return pick(rnd, v.demonyms);
    }

    public String nrp() {
        double r = rnd.nextDouble();
        if (r < 0.5) {
            return pick(rnd, v.demonyms);
        }
        if (r < 0.65) {
            return pick(rnd, v.nationalities);
        }
        return oneOf(BELIEF_VALUES);
    }

    public String job() {
        double r = rnd.nextDouble();
        String t;
        if (r < 0.25) {
            t = oneOf(v.jobSeniority) + " " + oneOf(v.jobFields) + " " + oneOf(v.jobPositions);
        } else if (r < 0.40) {
            t = oneOf(v.jobFields) + " " + oneOf(v.jobPositions);
        } else if (r < 0.70) {
            t = capitalize(oneOf(v.professions));
        } else if (r < 0.76) {
            t = oneOf(v.ranks);
        } else if (r < 0.95) {
            t = oneOf(C_SUITE);
        } else {
            t = capitalize(oneOf(v.professions)) + ", " + oneOf(v.jobFields).toLowerCase(Locale.ROOT);
        }
        return chance(0.08) ? t.toLowerCase(Locale.ROOT) : t;
    }

    // ---- fillers (outside) ----

    Supplier<String> filler(String name) {
        return switch (name) {
            case "month" -> () -> oneOf(List.of("January", "February", "March", "April", "May", "June", "July",
                    "August", "September", "October", "November", "December"));
            case "weekday" -> () -> oneOf(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                    "Saturday", "Sunday"));
            case "date" -> () -> oneOf(List.of((1 + rnd.nextInt(12)) + "/" + (1 + rnd.nextInt(28)),
                    (1 + rnd.nextInt(12)) + "/" + (1 + rnd.nextInt(28)) + "/" + (1990 + rnd.nextInt(120)),
                    (2000 + rnd.nextInt(30)) + "-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10),
                    (1 + rnd.nextInt(28)) + " " + oneOf(List.of("Jan", "Feb", "March", "Oct", "Dec")) + " " + (1950 + rnd.nextInt(70))));
            case "time" -> () -> (1 + rnd.nextInt(12)) + ":" + (10 + rnd.nextInt(50)) + oneOf(List.of("", " am", " pm", "pm"));
            case "num" -> () -> String.valueOf(rnd.nextInt(1000));
            case "year" -> () -> String.valueOf(1950 + rnd.nextInt(75));
            case "age" -> () -> String.valueOf(18 + rnd.nextInt(80));
            case "money" -> () -> "$" + rnd.nextInt(5000) + "." + (10 + rnd.nextInt(89));
            case "phone" -> () -> "(" + (200 + rnd.nextInt(800)) + ") 555-0" + (100 + rnd.nextInt(899));
            case "email" -> () -> first().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "."
                    + last().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "@example." + oneOf(List.of("com", "org", "net"));
            case "id" -> () -> String.valueOf(100000 + rnd.nextInt(900000));
            case "drug" -> () -> oneOf(v.drugs);
            case "dx" -> () -> oneOf(v.diseases);
            case "acr" -> () -> oneOf(HandLists.CLINICAL).toUpperCase(Locale.ROOT);
            case "product" -> () -> capitalize(oneOf(v.adjectives)) + " " + capitalize(oneOf(v.nouns));
            case "book" -> () -> oneOf(v.bookTitles);
            case "street" -> () -> (1 + rnd.nextInt(9999)) + " " + capitalize(oneOf(v.nouns)) + " " + oneOf(v.streetSuffixes);
            case "noun" -> () -> oneOf(v.nouns);
            case "Noun" -> () -> capitalize(oneOf(v.nouns));
            case "adj" -> () -> oneOf(v.adjectives);
            case "verb" -> () -> oneOf(v.verbs);
            case "industry" -> () -> oneOf(v.industries);
            case "code" -> () -> {
                StringBuilder sb = new StringBuilder();
                int n = 2 + rnd.nextInt(3);
                for (int i = 0; i < n; i++) {
                    sb.append((char) ('A' + rnd.nextInt(26)));
                }
                return sb.toString();
            };
            case "field" -> () -> oneOf(FillerLists.FIELD_LABELS);
            case "scheme" -> () -> oneOf(FillerLists.ID_SCHEMES);
            case "dept" -> () -> oneOf(FillerLists.DEPARTMENTS);
            case "natadj" -> () -> pick(rnd, v.demonyms);
            case "thing" -> () -> oneOf(FillerLists.NATIONAL_THINGS);
            case "pnoun" -> () -> oneOf(FillerLists.PERSON_NOUNS);
            case "rel" -> () -> oneOf(FillerLists.RELATIVES);
            case "lrel" -> () -> oneOf(FillerLists.RELATIVES).toLowerCase(Locale.ROOT);
            case "zip" -> () -> String.format(Locale.ROOT, "%05d", rnd.nextInt(100000));
            case "lb" -> () -> "{";
            case "rb" -> () -> "}";
            default -> null;
        };
    }
}
