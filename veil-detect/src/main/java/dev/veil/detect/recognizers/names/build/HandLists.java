package dev.veil.detect.recognizers.names.build;

import java.util.List;

/**
 * Small closed word classes that no registry package lists: honorifics, legal-form suffixes,
 * belief groups, clinical abbreviations. Lower case, one word per entry unless noted.
 */
final class HandLists {
    private HandLists() {
    }

    static final List<String> HONORIFICS = List.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir",
            "madam", "dame", "lord", "lady", "rev", "reverend", "fr", "father", "sr", "sister", "hon", "sen",
            "senator", "rep", "gov", "governor", "capt", "captain", "sgt", "lt", "col", "gen", "cmdr", "mme", "mlle",
            "herr", "frau", "señor", "señora", "sra", "sig", "dott", "messrs", "mister", "doctor", "judge",
            "pres", "president", "rabbi", "imam", "pastor");

    static final List<String> NAME_SUFFIXES = List.of("jr", "sr", "ii", "iii", "iv", "md", "phd", "rn", "np", "pa",
            "do", "dds", "dmd", "esq", "mba", "cpa", "lpn", "bsn", "msn", "facs", "facp", "frcp", "mph", "dnp",
            "pharmd", "lcsw");

    static final List<String> ORG_SUFFIXES = List.of("inc", "incorporated", "llc", "llp", "ltd", "limited", "corp",
            "corporation", "co", "company", "plc", "gmbh", "ag", "sa", "srl", "spa", "bv", "nv", "ab", "oy", "as",
            "pty", "kg", "sarl", "lp", "group", "holdings", "partners", "associates", "sons", "brothers", "bros",
            "enterprises", "industries", "international", "worldwide", "global");

    static final List<String> ORG_WORDS = List.of("bank", "university", "college", "institute", "academy", "school",
            "foundation", "agency", "association", "society", "council", "committee", "commission", "ministry",
            "department", "bureau", "office", "authority", "trust", "fund", "systems", "solutions", "technologies",
            "technology", "labs", "laboratories", "software", "networks", "media", "communications", "energy",
            "insurance", "capital", "investments", "financial", "services", "consulting", "logistics", "pharma",
            "pharmaceuticals", "biosciences", "therapeutics", "robotics", "analytics", "motors", "airlines",
            "airways", "railways", "press", "publishing", "records", "studios", "entertainment", "foods",
            "restaurants", "stores", "mart", "bancorp", "federal", "credit", "union", "church", "parish",
            "club", "league", "orchestra", "museum", "library", "center", "centre", "party", "army", "navy",
            "police", "court", "board", "senate", "parliament", "congress", "inc.", "org");

    static final List<String> FACILITY_WORDS = List.of("hospital", "clinic", "infirmary", "hospice", "sanatorium",
            "medical", "health", "healthcare", "rehab", "rehabilitation", "nursing", "care", "memorial", "children's",
            "general", "regional", "community", "surgical", "cancer", "heart", "mercy", "presbyterian", "baptist",
            "methodist", "va");

    static final List<String> BELIEFS = List.of("catholic", "catholics", "protestant", "protestants", "christian",
            "christians", "muslim", "muslims", "moslem", "islamic", "jewish", "jew", "jews", "hindu", "hindus",
            "buddhist", "buddhists", "sikh", "sikhs", "mormon", "mormons", "orthodox", "evangelical", "evangelicals",
            "baptists", "methodists", "lutheran", "lutherans", "anglican", "anglicans", "presbyterians", "atheist",
            "atheists", "agnostic", "agnostics", "shia", "shiite", "sunni", "jain", "jains", "taoist", "shinto",
            "quaker", "quakers", "pentecostal", "adventist", "amish", "zoroastrian", "rastafarian", "wiccan",
            "democrat", "democrats", "republican", "republicans", "conservative", "conservatives", "labour",
            "liberal", "liberals", "socialist", "socialists", "communist", "communists", "libertarian",
            "libertarians", "tory", "tories", "marxist", "marxists", "nationalist", "nationalists", "greens",
            "anarchist", "anarchists", "fascist", "fascists", "unionist", "unionists", "zionist", "zionists");

    static final List<String> CALENDAR = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "christmas", "easter", "thanksgiving");

    static final List<String> PARTICLES = List.of("van", "von", "de", "da", "di", "del", "della", "der", "den", "la",
            "le", "du", "des", "dos", "das", "ten", "ter", "bin", "binti", "ibn", "al", "el", "st", "mac", "mc",
            "o", "d", "y", "zu", "af", "av", "ben", "bat", "abu");

    static final List<String> PLACE_WORDS = List.of("north", "south", "east", "west", "new", "san", "santa", "santo",
            "saint", "st", "port", "fort", "lake", "mount", "mt", "upper", "lower", "little", "great", "bad",
            "cape", "city", "county", "province", "state", "republic", "kingdom", "island", "islands", "valley",
            "bay", "beach", "springs", "falls", "heights", "hills", "park", "village", "town", "township", "borough");

    /** Function words: never a name on their own (POS model adds more). */
    static final List<String> STOP = List.of("the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "without", "as", "is", "are", "was", "were", "be", "been", "being", "am",
            "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "me", "him",
            "her", "them", "us", "my", "your", "his", "our", "their", "not", "no", "yes", "if", "then", "than",
            "so", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "shall",
            "may", "might", "must", "there", "here", "what", "which", "who", "whom", "whose", "when", "where",
            "why", "how", "all", "any", "some", "each", "every", "into", "onto", "over", "under", "about",
            "after", "before", "per", "via", "s", "t", "also", "just", "only", "very");

    /** Clinical shorthand and drug names that are capitalised but never PHI. */
    static final List<String> CLINICAL = List.of("pt", "pts", "hr", "bp", "rr", "sbp", "dbp", "map", "cvp", "spo2",
            "sao2", "o2", "nc", "nrb", "fio2", "peep", "abg", "vbg", "cxr", "ct", "mri", "ekg", "ecg", "echo",
            "nsr", "sr", "st", "afib", "svt", "pvc", "pvcs", "pac", "icu", "micu", "sicu", "ccu", "csru", "nicu",
            "ed", "er", "or", "pacu", "ns", "lr", "d5w", "prbc", "ffp", "iv", "ivf", "po", "pr", "im", "sq", "sc",
            "prn", "bid", "tid", "qid", "qd", "qhs", "ngt", "ogt", "peg", "foley", "ett", "picc", "cvl", "aline",
            "gtt", "mg", "mcg", "meq", "ml", "cc", "kg", "mmhg", "dnr", "dni", "cpr", "cmo", "npo", "ivp",
            "lasix", "heparin", "insulin", "coumadin", "vanco", "vancomycin", "zosyn", "levophed", "propofol",
            "fentanyl", "versed", "morphine", "dilaudid", "ativan", "haldol", "tylenol", "lopressor", "metoprolol",
            "lisinopril", "captopril", "digoxin", "amiodarone", "nitro", "ntg", "kcl", "mag", "neuro", "resp",
            "cv", "gi", "gu", "id", "renal", "heme", "endo", "skin", "psych", "social", "dispo", "plan",
            "assessment", "a&o", "aox3", "mae", "perrl", "cpap", "bipap", "trach", "vent", "sats", "lungs",
            "abd", "bs", "bm", "uo", "cath", "tte", "tee", "cabg", "mi", "chf", "copd", "dm", "htn", "cad",
            "uti", "pna", "ards", "sepsis", "npn", "nursing", "note", "progress", "hct", "hgb", "wbc", "plt",
            "inr", "ptt", "bun", "cr", "na", "k", "cl", "glu", "lfts", "ua", "cx", "bcx", "ucx", "md", "rn",
            "np", "pa", "pcp", "micro", "abx", "sob", "cp", "n/v", "ams", "c/o", "s/p", "h/o", "w/", "d/c",
            "am", "pm", "noc", "poc", "hcp", "sw", "ot", "slp", "rt", "nstemi", "stemi", "dvt", "pe", "gerd", "ckd",
            "esrd", "aki", "arf", "cva", "tia", "sah", "sdh", "ich", "gib", "ugib", "lgib", "egd", "ercp", "tpn",
            "ppn", "cbc", "bmp", "chem", "lytes", "abgs", "vs", "vss", "afeb", "tmax", "rass", "cam", "gcs", "loc",
            "nkda", "pmh", "hpi", "ros", "cc", "hr", "etoh", "ivdu", "sbo", "uri", "ntd", "lll", "rll", "rul",
            "lul", "rml", "bilat", "ssi", "mrsa", "vre", "cdiff", "ivab", "hd", "cvvh", "crrt", "iabp", "lvad",
            "cardiology", "neurology", "oncology", "surgery", "radiology", "nephrology", "pulmonary", "urology",
            "orthopedics", "ortho", "dermatology", "ent", "hepatology", "gastroenterology", "palliative", "hospice",
            "nutrition", "dietary", "pharmacy", "anesthesia", "ctsurg", "neurosurg", "vasc", "psychiatry", "icu's",
            "ac", "simv", "cmv", "prvc", "hx", "iddm", "niddm", "dka", "hhs", "suction", "suctioned", "secretions",
            "sputum", "tan", "bc", "av", "paced", "extubated", "intubated", "sedated", "sedation", "afebrile",
            "diuresed", "repleted", "titrated", "weaned", "tolerating", "tolerated", "ambulating", "voiding",
            "wife", "husband", "son", "daughter", "dtr", "mother", "father", "brother", "sister", "family",
            "boyfriend", "girlfriend", "fiance", "partner", "friend", "neighbor", "hcp", "proxy", "guardian");

    /**
     * Field labels of identifiers and abbreviations that precede values in forms, letters and
     * notes ("DOB 3/4/1950", "IMEI 35...", "Addr on file"): capitalised or all-caps, never a name.
     * Tagged {@code CLINICAL} ("never PHI on its own").
     */
    static final List<String> FIELD_LABELS = List.of("dob", "mrn", "ssn", "npi", "dea", "imei", "imsi",
            "itin", "ein", "bsn", "iban", "bic", "swift", "aba", "vin", "nhs", "nir", "nino", "pin", "otp",
            "ip", "ipv4", "ipv6", "url", "uri", "api", "eur", "usd", "gbp", "chf", "jpy", "cad", "aud",
            "acct", "ref", "tel", "fax", "ext", "addr", "apt", "ste", "rm", "dx", "rx", "tx", "sx", "fx", "nsg",
            "dc", "eof", "sha", "md5", "uuid", "guid", "json", "xml", "csv", "pdf", "sql",
            "db", "userid", "username", "passwd", "pwd", "ssh", "tls", "ssl", "http", "https", "smtp", "dns",
            "sku", "po", "eta", "asap", "fyi", "lol", "thx", "pls", "plz", "btw", "imo", "omg", "idk", "ok");

    /** Nouns for people: a nationality or belief in front of them is a person's NRP ("the Nigerian patient"). */
    static final List<String> PERSON_NOUNS = List.of("patient", "patients", "man", "men", "woman", "women",
            "person", "people", "persons", "boy", "boys", "girl", "girls", "child", "children", "kid", "kids",
            "baby", "citizen", "citizens", "national", "nationals", "native", "natives", "immigrant", "immigrants",
            "refugee", "refugees", "tourist", "tourists", "student", "students", "family", "families", "couple",
            "community", "communities", "voter", "voters", "worker", "workers", "resident", "residents",
            "veteran", "veterans", "believer", "believers", "member", "members", "minority", "diaspora", "gentleman",
            "lady", "ladies", "guy", "guys", "mother", "father", "parents", "wife", "husband", "son", "daughter",
            "friend", "friends", "colleague", "colleagues", "neighbor", "neighbour", "population", "descent",
            "origin", "heritage", "ancestry", "congregation", "delegation", "officials", "leaders", "leader",
            "priest", "monk", "nun", "pilgrims", "faithful", "youth", "elders", "crowd", "fans", "players",
            "athlete", "athletes", "author", "novelist", "writer", "painter", "artist", "singer", "actor",
            "actress", "director", "poet", "politician", "diplomat", "ambassador", "soldier", "soldiers", "group",
            "groups", "activists", "clergy", "majority", "society", "settlers", "exiles", "expats", "nurse", "nurses",
            "doctor", "doctors", "engineer", "businessman", "businesswoman", "journalist", "player", "lawyer",
            "volunteer", "volunteers", "teenager", "teenagers", "worshippers", "parishioners", "followers");

    /** Relatives and companions named in notes before a name ("Niece Ann called"): never part of the name. */
    static final List<String> RELATIVES = List.of("niece", "nephew", "aunt", "uncle", "cousin", "grandson",
            "granddaughter", "grandchild", "grandmother", "grandfather", "grandma", "grandpa", "granny", "stepson",
            "stepdaughter", "stepmother", "stepfather", "spouse", "sibling", "siblings", "sis", "bro", "mom",
            "mum", "dad", "fiancee", "fiancée", "caregiver", "roommate", "landlord", "sponsor", "visitor");

    /** Extra job-title words beyond Datafaker's job lists. */
    static final List<String> JOB_WORDS = List.of("ceo", "cfo", "cto", "coo", "cio", "ciso", "vp", "svp", "evp",
            "chief", "president", "chairman", "chairwoman", "chair", "director", "manager", "engineer", "developer",
            "analyst", "consultant", "accountant", "auditor", "attorney", "lawyer", "paralegal", "nurse", "physician",
            "surgeon", "doctor", "resident", "intern", "fellow", "attending", "pharmacist", "therapist", "technician",
            "teacher", "professor", "lecturer", "principal", "dean", "secretary", "clerk", "officer", "administrator",
            "coordinator", "specialist", "supervisor", "assistant", "associate", "executive", "representative",
            "agent", "broker", "banker", "teller", "cashier", "designer", "architect", "scientist", "researcher",
            "editor", "writer", "journalist", "producer", "director", "founder", "owner", "partner", "head",
            "lead", "senior", "junior", "principal", "staff", "intern", "recruiter", "paramedic", "midwife",
            "dietitian", "social worker", "case manager", "chaplain", "counselor", "psychologist", "psychiatrist",
            "cardiologist", "neurologist", "oncologist", "radiologist", "anesthesiologist", "hospitalist");
}
