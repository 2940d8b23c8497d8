package dev.veil.detect.recognizers.names;

/**
 * Words of clinical notes that the name lists also hold or that look like names to the tagger:
 * drug names and lab abbreviations. {@link NameSpans} drops a one-word entity made of one of them.
 * Matched by word-token hash (letters only), so the check allocates nothing.
 */
final class ClinicalWords {
    private ClinicalWords() {
    }

    /**
     * Drug names (brand and generic) common in clinical notes that the name lists also hold or
     * that look like names to the tagger ("Plavix", "Zofran"), and the ward shorthand of
     * {@link IcuShorthand}: never an entity on their own.
     */
    private static final WordSet DRUGS = WordSet.union(IcuShorthand.WORDS, WordSet.of(
            "plavix", "vit", "mvi", "lipitor", "zofran", "aspirin", "protonix", "colace", "senna", "senokot", "zocor", "norvasc",
            "flomax", "seroquel", "zyprexa", "xanax", "valium", "ambien", "keppra", "dilantin", "lovenox",
            "levaquin", "cipro", "flagyl", "bactrim", "keflex", "ancef", "unasyn", "zithromax", "augmentin",
            "prednisone", "solumedrol", "decadron", "synthroid", "glucophage", "metformin", "lantus", "humalog",
            "novolog", "nexium", "pepcid", "reglan", "percocet", "vicodin", "oxycodone", "oxycontin", "toradol",
            "motrin", "advil", "aleve", "benadryl", "atarax", "compazine", "phenergan", "duoneb", "albuterol",
            "atrovent", "combivent", "spiriva", "advair", "flovent", "singulair", "bumex", "aldactone", "cozaar",
            "diovan", "vasotec", "cardizem", "hydralazine", "imdur", "isordil", "nitroglycerin", "zestril",
            "toprol", "coreg", "tenormin", "atenolol", "labetalol", "effient", "eliquis", "xarelto", "pradaxa",
            "warfarin", "integrilin", "neosynephrine", "dopamine", "dobutamine", "vasopressin", "epinephrine",
            "norepinephrine", "milrinone", "precedex", "nimbex", "cisatracurium", "succinylcholine", "rocuronium",
            "ketamine", "etomidate", "narcan", "naloxone", "zantac", "famotidine", "pantoprazole", "omeprazole",
            "ondansetron", "docusate", "bisacodyl", "dulcolax", "miralax", "lactulose", "rifaximin", "kayexalate",
            "calcitriol", "sevelamer", "renagel", "procrit", "aranesp", "neupogen", "alteplase", "cefepime",
            "ceftriaxone", "rocephin", "meropenem", "zyvox", "linezolid", "daptomycin", "fluconazole", "diflucan",
            "acyclovir", "ganciclovir", "tamiflu", "gentamicin", "tobramycin", "azithromycin", "levofloxacin",
            "clindamycin", "doxycycline", "amoxicillin", "penicillin", "ampicillin", "nafcillin", "simvastatin",
            "atorvastatin", "pravastatin", "rosuvastatin", "crestor", "amlodipine", "diltiazem", "verapamil",
            "furosemide", "spironolactone", "hydrochlorothiazide", "hctz", "losartan", "valsartan", "clopidogrel",
            "gabapentin", "neurontin", "lyrica", "levetiracetam", "phenytoin", "haloperidol", "quetiapine",
            "olanzapine", "risperidone", "risperdal", "lorazepam", "diazepam", "midazolam", "zolpidem",
            "trazodone", "sertraline", "zoloft", "citalopram", "celexa", "escitalopram", "lexapro", "fluoxetine",
            "prozac", "paroxetine", "paxil", "bupropion", "wellbutrin", "venlafaxine", "effexor", "duloxetine",
            "cymbalta", "levothyroxine", "glipizide", "glyburide", "sitagliptin", "januvia", "acetaminophen",
            "ibuprofen", "naproxen", "ketorolac", "hydromorphone", "tramadol", "methadone", "suboxone",
            "nicotine", "thiamine", "folate", "multivitamin", "potassium", "magnesium", "calcium", "sodium",
            // brand names of the last decade's common prescriptions and wound-care products
            "entresto", "trelegy", "pitocin", "santyl", "prevalon", "humira", "sinemet", "jardiance", "farxiga",
            "ozempic", "trulicity", "victoza", "mounjaro", "wegovy", "brilinta", "lokelma", "veltassa", "tresiba",
            "levemir", "basaglar", "breo", "symbicort", "dupixent", "enbrel", "remicade", "stelara", "xeljanz",
            "otezla", "keytruda", "opdivo", "herceptin", "revlimid", "imbruvica", "ibrance", "tagrisso",
            "aricept", "namenda", "depakote", "lamictal", "topamax", "vimpat", "abilify", "latuda", "vraylar",
            "rexulti", "klonopin", "buspar", "remeron", "norco", "dilaudid", "ultram", "tylenol", "coumadin",
            "multaq", "tikosyn", "cordarone", "lanoxin", "ranexa", "repatha", "praluent", "zetia", "vascepa",
            "proscar", "avodart", "myrbetriq", "vesicare", "detrol", "premarin", "fosamax", "prolia", "evenity",
            "forteo", "xifaxan", "linzess", "amitiza", "creon", "carafate", "bentyl", "lomotil", "imodium",
            "epogen", "retacrit", "venofer", "injectafer", "sensipar", "renvela", "phoslo", "velphoro",
            "norepi", "levophed", "neo", "vanc", "vanco", "zosyn", "cefazolin", "keppra", "ativan", "haldol",
            "donepezil", "memantine", "vaso", "roxanol", "juven", "tegaderm", "vicryl", "monocryl", "dermabond",
            "prolene", "chloraprep", "betadine", "peptamen", "jevity", "glucerna", "nepro", "osmolite", "ensure",
            "baqsimi", "glumetza", "lacrilube", "seroquel", "plaquenil", "macrobid", "synvisc", "celebrex",
            "medihoney", "mepilex", "modulen", "sugammadex", "glidescope", "natrecor", "solu", "lexapro", "folfirinox",
            "folfox", "versed", "fentanyl", "nipride", "esmolol", "amiodarone", "pitressin", "albumin", "diamox",
            "mannitol", "hydrocortisone", "lopressor", "propofol", "xience", "accuchek", "ensure", "boost", "juven",
            "prevacid", "flexeril", "robaxin", "valtrex", "bactroban", "silvadene", "xeroform", "aquacel", "duoderm",
            "marinol", "zpak", "remeron", "trazodone", "restoril", "ambien", "lunesta", "sonata", "melatonin",
            "pentacel", "prevnar", "rotateq", "vaxelis", "pediarix", "gardasil", "shingrix", "binaxnow", "coartem",
            "northera", "tamsulosin", "artemether", "epipen", "watchman", "biofire"));

    /**
     * Lab abbreviations that are also names somewhere ("Na", "Cr", "Asa"): not an entity before a
     * value or in capitals. Letters only (the lists are matched by word-token hash); not "CA" or
     * "CO", which are also states before a ZIP code.
     */
    private static final WordSet LABS = WordSet.of(
            "na", "cl", "cr", "mg", "hb", "zn", "rh", "alb", "ast", "alt", "asa", "plt", "hct", "hgb", "wbc", "bun",
            "glu", "inr",
            "ptt", "ldh", "trop", "lac", "phos", "tsh", "bnp", "ck", "ckmb", "lipase", "amylase", "tbili", "dbili",
            "alk", "ferritin", "lytes", "esr", "crp");

    /**
     * Bedside words, abbreviations and brand names of nursing notes that the tagger may take for a
     * name or place when they open a line or stand in capitals ("Wt 72 kg", "Dilt gtt", "Stat CT",
     * "INCONT OF", "ASTERIXIS PRESENT", "Apgars 7 and 9"): never an entity on their own in a clinical
     * note ({@link ClinicalSpans}); those that are also given names ("Max", "Peg", "Geri") only when
     * not written as a name.
     */
    private static final WordSet BEDSIDE_TERMS = WordSet.of(
            "wt", "ht", "min", "max", "amb", "dilt", "vanc", "vanco", "vancomycin", "zosyn", "vt", "rsbi", "exp",
            "insp", "til", "incont", "stat", "approx", "siderails", "siderail", "varices", "rhonchi", "isolette",
            "carina", "assoc", "brady", "bradys", "tachy", "neg", "pos", "bili", "tox", "recheck", "mtg", "geri",
            "apgar", "apgars", "pneumoboots", "ventric", "ventriculostomy", "pylori", "asterixis", "urosepsis", "sem",
            "pih", "hbsag", "ph", "osh", "appt", "appts", "amt", "amts", "preop", "postop", "td", "tdap", "carbidopa",
            "cefazolin", "fludrocortisone", "omnipaque", "troponin", "ambisome", "portex", "nepro", "similac",
            "enfamil", "tpa", "abg", "abgs", "cvl", "piv", "picc", "trach", "peg", "ngt", "ogt", "svg", "lad", "diag",
            "incr", "decr", "sx", "sxn", "sxd", "suctioned", "bronch", "bipap", "cpap", "aline", "cath", "cx", "cxs",
            "ua", "ucx", "bcx", "gtt", "gtts", "qhs", "qid", "tid", "bid", "prn", "npo", "ivf", "ivp", "ns", "lr",
            "ffp", "prbc", "prbcs", "plts", "pca", "pcp", "tf", "tfs", "fs", "fsbs", "riss", "bs", "bm", "bms", "uo",
            "ou", "od", "os", "mae", "perrl", "perrla", "afeb", "afebrile", "tmax", "vss", "hob", "oob", "dvt", "ppx",
            "sq", "im", "po", "sl", "inc", "oa", "ah", "vh", "si", "ams", "loc", "sob", "doe", "cp", "hr", "rr", "bp",
            "sbp", "dbp", "map", "cvp", "icp", "cpp", "svo", "rass", "cam", "ciwa", "gcs", "nihss", "fio", "peep",
            "psv", "simv", "aprv", "cvvh", "cvvhd", "hd", "lytes", "coags", "cbc", "chem", "chems", "bmp", "cmp",
            "lfts", "ekg", "ecg", "cxr", "kub", "egd", "ercp", "tte", "tee", "lp", "cta", "mri", "mra", "ir", "ep",
            "cath", "rh", "onc", "auth", "neuts", "ltc", "rusb", "lusb", "masshealth", "ticagrelor", "apixaban",
            "rivaroxaban", "enoxaparin", "heparin", "insulin", "walker", "cane", "commode", "bedpan", "states",
            "pad", "ag", "lip", "mortem", "medflight", "reglan", "buspar",
            "micafungin", "decub", "ica", "leni", "lenis", "levo", "nutren", "azithro", "manual", "bank", "mca", "aca",
            "ho", "hz", "approp", "paged", "neuromusc", "amber", "tacro", "epi", "phototx", "jevity", "posey", "cordis",
            "lis", "peds", "systems", "rehab", "boots", "ebm", "thermo", "dev", "icd", "amio", "levoflox", "bolt",
            "wallet", "fingerstick", "ivc", "uac", "uvc", "probalance", "trop", "nonprod", "sips", "tol",
            "nippling", "gavage");

    /** Whether word {@code k} is a bedside word or abbreviation ({@link #BEDSIDE_TERMS}). */
    static boolean bedsideTerm(NameTokens t, int k) {
        return t.isWord(k) && t.length(k) <= 16 && BEDSIDE_TERMS.contains(t.hash(k));
    }

    /**
     * A drug name on its own ("Meds: Plavix, Lipitor"), or a lab abbreviation before its value
     * ("Na 138", "Cr: 1.2", "K+ 3.8") or in capitals ("ASA 81 mg", "ALT, AST").
     */
    /** Whether token {@code a} is a drug name of the list (not a lab abbreviation). */
    static boolean drug(NameTokens t, int a) {
        return t.length(a) <= 22 && DRUGS.contains(t.hash(a));
    }

    static boolean drugOrLab(NameTokens t, int a) {
        if (t.length(a) > 22) {
            return false;
        }
        long h = t.hash(a);
        if (DRUGS.contains(h)) {
            return true;
        }
        if (!LABS.contains(h)) {
            return false;
        }
        if (t.shape(a) == NameTokens.UPPER) {
            return true;
        }
        int j = a + 1;
        while (j < t.size() && j - a <= 2 && t.shape(j) == NameTokens.PUNCT
                && (t.isPunct(j, ':') || t.isPunct(j, '=') || t.isPunct(j, '+') || t.isPunct(j, '-'))) {
            j++;
        }
        return j < t.size() && t.shape(j) == NameTokens.DIGITS && !t.newlineBefore(j);
    }

}
