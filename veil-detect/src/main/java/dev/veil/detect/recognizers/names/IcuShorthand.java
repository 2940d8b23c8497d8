package dev.veil.detect.recognizers.names;

/**
 * Shorthand of intensive-care and ward nursing notes: drug nicknames, devices, scores, orders and
 * tests, as nurses type them ("fent 200, versed 5. bis 40s", "uop 30-50/hr", "tof 2/4", "ccy planned").
 * {@link ClinicalWords} adds them to its drug names: never an entity on their own. Why a list: in a
 * note typed all in lower case, a word that no dictionary holds is as likely a surname as an
 * abbreviation, and these are the abbreviations; none is a common given name or surname (those
 * stay out: "neo", "dex", "art", "morse", "swan").
 */
final class IcuShorthand {
    private IcuShorthand() {
    }

    static final WordSet WORDS = WordSet.of(
            // drugs and drips by their ward names
            "fent", "levo", "vaso", "precedex", "prop", "dilt", "esmolol", "nipride", "nicard", "nicardipine",
            "cisatracurium", "nimbex", "roc", "rocuronium", "vec", "vecuronium", "sux", "etomidate", "ketamine",
            "phenobarb", "keppra", "dilantin", "fosphenytoin", "thymo", "thymoglobulin", "cellcept", "tacro",
            "tacrolimus", "prograf", "solumedrol", "decadron", "lovenox", "hep", "vanc", "cefepime", "meropenem",
            "flagyl", "cipro", "levaquin", "bactrim", "zosyn", "unasyn", "ceftriaxone", "ctx", "lantus", "novolog",
            "humalog", "riss", "ssi", "kcl", "kphos", "bicarb", "dextrose", "narcan", "reglan", "zofran", "protonix",
            "pepcid", "colace", "dulcolax", "lactulose", "rifaximin", "octreotide", "albumin", "ffp", "cryo", "plts",
            "prbcs", "ivig", "tpa", "alteplase", "amio", "milrinone", "dobutamine", "dobut", "dopa", "epi", "norepi",
            "neosynephrine", "phenylephrine", "vasopressin", "nitroglycerin", "hydralazine", "labetalol", "lopressor",
            "metop", "captopril", "seroquel", "zyprexa", "haldol", "oxy", "oxycodone", "percocet", "dilaudid",
            "methadone", "suboxone", "ciwa", "cows", "abx", "tylenol", "apap", "plavix", "heme",
            // devices, lines, modes and settings
            "ecmo", "impella", "iabp", "lvad", "rvad", "crrt", "cvvhd", "cvvhdf", "uf", "hd", "picc", "tlc", "cvl",
            "ett", "trach", "ngt", "ogt", "dobhoff", "dht", "jp", "jps", "hemovac", "flexiseal", "kvo", "tko", "hob",
            "scds", "scd", "teds", "vvi", "ddd", "aai", "vdd", "doo", "voo", "ppm", "aicd", "icd", "tvp", "sbt", "rsbi",
            "psv", "prvc", "aprv", "simv", "cpap", "bipap", "hfnc", "nrb", "fm", "tc", "ventimask", "peep", "tv", "vt",
            "mv", "pip", "plat", "rr", "bis", "tof", "icp", "cpp", "evd", "cvp", "ci", "svr", "pcwp",
            // scores, labs and tests
            "nihss", "tici", "gcs", "rass", "cpot", "bps", "meld", "trop", "trops", "troponin", "bnp",
            "lactate", "lac", "coags", "fibrinogen", "ddimer", "fsbs", "fsbg", "bg", "bgs", "gluc", "lytes", "mag",
            "phos", "ica", "abg", "vbg", "lfts", "lipase", "amylase", "ammonia", "tsh", "cpk", "ck", "ckmb", "esr",
            "crp", "procal", "cx", "cxs", "ucx", "bcx", "scx", "pcxr", "kub", "eeg", "emg", "ep", "mra", "cta", "ctpa",
            "vq", "lenis", "tte", "tee", "uop", "uo", "ios", "bm", "tf", "tfs", "tpn", "npo", "cl", "clr",
            // orders, procedures, places in the hospital, and clipped words of nursing notes
            "ccy", "chole", "lap", "crani", "craniotomy", "vp", "shunt", "thrombectomy", "angio", "cath", "pci", "bms",
            "cabg", "avr", "mvr", "tavr", "tavi", "ercp", "egd", "bronch", "paracentesis", "thoracentesis", "lp", "ir",
            "tele", "stepdown", "sicu", "tsicu", "nsicu", "cvicu", "cticu", "ccu", "micu", "pacu", "unavail", "sched",
            "schd", "appt", "mn", "noc", "qshift", "prn", "ativan", "sitter", "bedrest", "oob", "ambulated", "dangled",
            "commode", "sxn", "suctioned", "lavage", "ncp", "pcp", "ptt", "inr", "hct", "hgb", "plt", "wbc");
}
