package dev.veil.detect.recognizers.contact;

import dev.veil.detect.Text;

/** The vocabulary of street addresses, with allocation-free checks on {@link Text} tokens. */
final class StreetWords {
    /**
     * Street types written after the name: "Baker Street", "Main St". The full names are the USPS
     * street suffixes (Publication 28, appendix C1; the list US address data is drawn from, e.g.
     * "Rhett Isle", "Reilly Spurs") plus British and Commonwealth types ("Close", "Mews", "Parade").
     * Most are ordinary words too ("Key", "Run", "Lake"), which is why a street type counts only
     * after a house number and at least one name word.
     */
    private static final WordList SUFFIX = WordList.of(
            "street", "avenue", "road", "boulevard", "lane", "drive", "way", "court", "parkway", "place", "terrace",
            "circle", "highway", "square", "trail", "alley", "crescent", "close", "row", "plaza", "loop", "path",
            "pike", "expressway", "freeway", "walk", "grove", "mews", "gardens", "heights", "hill", "ridge", "view",
            "crossing", "commons", "landing", "glen", "green", "park", "creek", "cove", "estates", "junction",
            "turnpike", "route", "causeway", "quay", "wharf", "rise", "point", "bypass", "esplanade", "promenade",
            "broadway", "centre", "center", "manor", "meadows", "village", "hollow", "harbor", "harbour", "spur",
            "fork", "shores", "springs", "station", "summit", "valley", "vista", "track", "parade", "wynd", "chase",
            "drove", "anex", "arcade", "bayou", "beach", "bend", "bluff", "bluffs", "bottom", "branch", "bridge",
            "brook", "brooks", "burg", "burgs", "camp", "canyon", "cape", "centers", "circles", "cliff", "cliffs",
            "club", "common", "corner", "corners", "course", "courts", "coves", "crest", "crossroad", "crossroads",
            "curve", "dale", "dam", "divide", "drives", "estate", "extension", "extensions", "fall", "falls",
            "ferry", "field", "fields", "flat", "flats", "ford", "fords", "forest", "forge", "forges", "forks",
            "fort", "garden", "gateway", "glens", "greens", "groves", "harbors", "haven", "hills", "inlet", "island",
            "islands", "isle", "junctions", "key", "keys", "knoll", "knolls", "lake", "lakes", "land", "light",
            "lights", "loaf", "lock", "locks", "lodge", "mall", "manors", "meadow", "mill", "mills", "mission",
            "motorway", "mount", "mountain", "mountains", "neck", "orchard", "oval", "overpass", "parks", "parkways",
            "pass", "passage", "pine", "pines", "plain", "plains", "points", "port", "ports", "prairie", "radial",
            "ramp", "ranch", "rapid", "rapids", "rest", "ridges", "river", "roads", "rue", "run", "shoal", "shoals",
            "shore", "skyway", "spring", "spurs", "squares", "stravenue", "stream", "streets", "throughway", "trace",
            "trafficway", "trailer", "tunnel", "underpass", "union", "unions", "valleys", "viaduct", "views",
            "villages", "ville", "walks", "wall", "ways", "well", "wells");
    /**
     * Abbreviated street types; they may be followed by a '.'. USPS abbreviations that are also
     * short English words or units ("is", "un", "ml", "mt", "ft", "pr") are left out.
     */
    private static final WordList ABBREVIATED = WordList.of(
            "st", "ave", "av", "rd", "blvd", "ln", "dr", "ct", "pkwy", "pl", "ter", "terr", "cir", "hwy", "sq",
            "trl", "aly", "cres", "plz", "expy", "fwy", "gdns", "hts", "xing", "jct", "tpke", "rte", "crt", "cl",
            "cv", "pk", "mnr", "vlg", "ctr", "pde", "anx", "arc", "byu", "bch", "bnd", "blf", "blfs", "btm", "brg",
            "brk", "brks", "byp", "cyn", "cpe", "cswy", "ctrs", "cirs", "clf", "clfs", "cmn", "cmns", "cors", "crse",
            "cts", "cvs", "crk", "crst", "xrd", "xrds", "curv", "drs", "ests", "exts", "fls", "fry", "fld", "flds",
            "flts", "frd", "frst", "frg", "frk", "frks", "gdn", "gtwy", "gln", "grn", "grv", "grvs", "hbr", "hvn",
            "holw", "inlt", "jcts", "knl", "knls", "lndg", "lgt", "lck", "ldg", "mdw", "mdws", "msn", "mtwy", "mtn",
            "orch", "opas", "psge", "pne", "pnes", "pln", "plns", "prt", "rnch", "rpd", "rpds", "rdg", "rdgs", "riv",
            "shl", "shr", "shrs", "skwy", "spg", "spgs", "sqs", "sta", "stra", "strm", "smt", "trwy", "trce", "trak",
            "trfy", "trlr", "tunl", "upas", "vly", "vlys", "vlgs");
    /**
     * The street types that end a street line written all in lower case ("85 gimblett street"):
     * only those that are not everyday words, since in lower-case prose "10 min walk", "s/p fall"
     * or "2 days rest" would otherwise read as addresses.
     */
    private static final WordList LOWER_CASE_TYPES = WordList.of("street", "avenue", "road", "boulevard", "lane",
            "drive", "parkway", "terrace", "highway", "crescent", "expressway", "freeway", "turnpike", "streets",
            "roads", "motorway", "causeway", "esplanade", "promenade", "stravenue");

    /** Street types written before the name: "rue de Rivoli", "Via Roma", "Calle Mayor". */
    private static final WordList PREFIX = WordList.of("rue", "chemin", "allée", "impasse", "quai", "via", "viale",
            "piazza", "piazzale", "corso", "largo", "calle", "avenida", "rua", "paseo", "carrer", "camino",
            "travessa", "praça", "praca", "ulica", "ul", "avinguda", "plaça", "rambla", "strada", "vicolo",
            "avenue", "boulevard", "place", "plaza", "route", "estrada", "carrera", "cours");
    /** Endings of Germanic and Nordic street names, glued ("Hauptstraße") or a word ("Frankfurter Allee"). */
    private static final String[] ENDINGS = {"straße", "strasse", "str", "gasse", "weg", "allee", "platz", "ring",
        "damm", "ufer", "chaussee", "steig", "pfad", "markt", "straat", "laan", "plein", "gracht", "kade",
        "singel", "dijk", "steeg", "vej", "gade", "gatan", "vägen", "gata", "veien", "vegen", "katu", "utca"};
    /** Endings that are also common English word endings, accepted only as a whole word. */
    private static final WordList WORD_ONLY_ENDINGS = WordList.of("ring", "weg", "markt", "str");
    private static final WordList DIRECTIONAL = WordList.of("n", "s", "e", "w", "ne", "nw", "se", "sw", "north",
            "south", "east", "west", "northeast", "northwest", "southeast", "southwest");
    private static final WordList PARTICLE = WordList.of("de", "la", "le", "les", "du", "des", "del", "della", "di",
            "da", "do", "dos", "das", "von", "van", "der", "den", "y", "of", "the", "e", "al", "el", "st", "saint");
    private static final WordList STOP = WordList.of("the", "a", "an", "in", "on", "at", "to", "of", "and", "or",
            "is", "was", "for", "with", "from", "by", "my", "your", "his", "her", "their", "our", "its", "it", "this",
            "that", "these", "those", "be", "are", "has", "have", "had", "not", "i", "we", "you", "he", "she",
            "they", "than", "then", "per", "about", "over", "under", "after", "before", "more", "less", "only",
            "also", "all", "some", "each", "every", "years", "year", "days", "day", "times", "mg", "ml", "x",
            "patients", "people", "minutes", "hours", "weeks", "months", "am", "pm", "new", "hr", "hrs", "min", "mins",
            "cc", "sec", "bpm", "units", "mcg", "meq", "via", "per");
    /** Unit designators that may follow a street line: "Apt. 4B", "Suite 200", "Floor 3". */
    static final WordList UNIT = WordList.of("apt", "apartment", "suite", "ste", "unit", "floor", "fl", "room",
            "rm", "bldg", "building", "flat", "dept", "department", "lot", "space", "box", "trlr", "pmb");

    private StreetWords() {
    }

    static boolean isSuffix(Text text, int k) {
        return SUFFIX.containsToken(text, k) || ABBREVIATED.containsToken(text, k);
    }

    static boolean isAbbreviated(Text text, int k) {
        return ABBREVIATED.containsToken(text, k);
    }

    static boolean isPrefix(Text text, int k) {
        return PREFIX.containsToken(text, k);
    }

    /**
     * Street types written before the name with the number first, the French way ("12 rue de
     * Rivoli", "5 avenue Foch"); Italian, Spanish and Portuguese addresses put the number last
     * ("Via Roma 10"), and "70 via PEG" is a feeding route, not a street.
     */
    private static final WordList NUMBER_FIRST_PREFIX = WordList.of("rue", "chemin", "allée", "impasse", "quai",
            "avenue", "boulevard", "place", "route", "cours", "plaza");

    static boolean isNumberFirstPrefix(Text text, int k) {
        return NUMBER_FIRST_PREFIX.containsToken(text, k);
    }

    static boolean isDirectional(Text text, int k) {
        return DIRECTIONAL.containsToken(text, k);
    }

    static boolean isParticle(Text text, int k) {
        return PARTICLE.containsToken(text, k);
    }

    static boolean isStop(Text text, int k) {
        return STOP.containsToken(text, k);
    }

    /** A street type that may end an all-lower-case street line (see {@link #LOWER_CASE_TYPES}). */
    static boolean isLowerCaseType(Text text, int k) {
        return LOWER_CASE_TYPES.containsToken(text, k) || hasStreetEnding(text, k);
    }

    /** A street name ending in a Germanic/Nordic street word: "Hauptstraße", "Noordsstraat", "Allee". */
    static boolean hasStreetEnding(Text text, int k) {
        if (k < 0 || k >= text.tokenCount() || !text.tokenHas(k, Text.FLAG_HAS_LETTER)
                || text.tokenHas(k, Text.FLAG_HAS_DIGIT)) {
            return false;
        }
        int a = text.tokenStart(k);
        int b = text.tokenEnd(k);
        String lower = text.lower();
        char last = lower.charAt(b - 1);
        if (last >= ENDINGS_BY_LAST.length || ENDINGS_BY_LAST[last] == null) {
            return false;
        }
        for (String e : ENDINGS_BY_LAST[last]) {
            int len = e.length();
            if (b - a == len ? lower.regionMatches(a, e, 0, len)
                    : b - a >= len + 3 && lower.regionMatches(b - len, e, 0, len)
                            && !WORD_ONLY_ENDINGS.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #ENDINGS} by their last char (all ASCII), so a word is compared with the few that could match. */
    private static final String[][] ENDINGS_BY_LAST = new String[128][];

    static {
        for (String e : ENDINGS) {
            char c = e.charAt(e.length() - 1);
            String[] old = ENDINGS_BY_LAST[c];
            String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = e;
            ENDINGS_BY_LAST[c] = grown;
        }
    }

    /** A name word inside a street name: capitalised, an ordinal ("5th"), or lower case if {@code lower} is allowed. */
    static boolean isNameWord(Text text, int k, boolean lowerAllowed) {
        int f = text.tokenFlags(k);
        if ((f & Text.FLAG_HAS_DIGIT) != 0) {
            return isOrdinal(text, k);
        }
        int a = text.tokenStart(k);
        if (text.tokenLength(k) == 1 && a > 0 && (text.charAt(a - 1) == '\'' || text.charAt(a - 1) == '\u2019')) {
            return true; // the "s" of "Mary's"
        }
        if (isStop(text, k)) {
            return false;
        }
        return (f & (Text.FLAG_INITIAL_UPPER | Text.FLAG_ALL_UPPER)) != 0 || lowerAllowed;
    }

    static boolean isOrdinal(Text text, int k) {
        int a = text.tokenStart(k);
        int b = text.tokenEnd(k);
        int d = DateParts.digitsEnd(text.string(), a, 4);
        if (d == a || b - d != 2) {
            return false;
        }
        String l = text.lower();
        return l.startsWith("st", d) || l.startsWith("nd", d) || l.startsWith("rd", d) || l.startsWith("th", d);
    }

    /** A house number: 1-6 digits with at most one letter glued after ("221B", "12a"). */
    static boolean isHouseNumber(Text text, int k) {
        int a = text.tokenStart(k);
        int b = text.tokenEnd(k);
        int d = DateParts.digitsEnd(text.string(), a, 7);
        return d > a && d - a <= 6 && b - d <= 1 && (b == d || Character.isLetter(text.charAt(d)));
    }

    /** The gap between two words of one street line: one or two of space, '.', '-', '\'' (no line break). */
    static boolean inLine(Text text, int a, int b) {
        if (b <= a || b - a > 2) {
            return false;
        }
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != '\u2019' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }
}
