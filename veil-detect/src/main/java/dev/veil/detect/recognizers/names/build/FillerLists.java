package dev.veil.detect.recognizers.names.build;

import java.util.List;

/** Closed lists for the contrastive template slots ({@link ContrastTemplates}); written for this project. */
final class FillerLists {
    private FillerLists() {
    }

    static final List<String> STATE_CODES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "DC", "ON", "BC", "QC", "AB", "NS");
    /** Identifier field labels that precede values ("DOB", "IMEI"): never names. */
    static final List<String> FIELD_LABELS = List.of("DOB", "MRN", "SSN", "NPI", "DEA", "IMEI", "ITIN",
            "EIN", "BSN", "IBAN", "BIC", "VIN", "NHS", "NIR", "PIN", "ID", "IP", "EUR", "USD", "GBP", "CHF", "Acct",
            "Ref", "Tel", "Fax", "Ext", "Addr", "Apt", "Dx", "Rx", "Hx", "Tax ID", "Member ID", "Policy", "Account",
            "Serial", "License", "Passport", "Case", "Order", "Invoice", "Claim", "Badge", "Employee ID");
    /** Names of identifier schemes written before "number" ("Social Security number"): not organizations. */
    static final List<String> ID_SCHEMES = List.of("Social Security", "National Insurance", "Medicare",
            "Medicaid", "Tax", "Passport", "Driver's License", "Employer Identification", "Routing", "Account",
            "Member", "Policy", "Health Insurance", "Personal Identification", "Fiscal", "Steuer", "Codice Fiscale",
            "Personnummer", "Citizen Service", "Social Insurance", "Aadhaar", "CURP", "NHS", "Student ID");
    /** Departments and teams: capitalised, job-like, but neither a title nor an organization of their own. */
    static final List<String> DEPARTMENTS = List.of("Customer Care", "Customer Service", "Customer Success",
            "Engineering", "Marketing", "Sales", "Finance", "Legal", "Human Resources", "HR", "People Team",
            "People Operations", "IT", "IT Support", "Support", "Billing", "Accounts Payable", "Accounts Receivable",
            "Payroll", "Procurement", "Operations", "Emergency", "Radiology", "Admissions", "Security", "Compliance",
            "Research and Development", "Quality Assurance", "Facilities", "Risk", "Treasury", "Logistics",
            "Product", "Design", "Data Science", "Infrastructure", "Patient Relations", "Medical Records",
            "Fraud Prevention", "Collections", "Onboarding", "Recruiting", "Talent Acquisition", "Benefits");
    /** Things a nationality can describe that are not people ("American film", "Thai place"). */
    static final List<String> NATIONAL_THINGS = List.of("film", "movie", "food", "restaurant", "place",
            "cuisine", "car", "cars", "wine", "beer", "law", "laws", "border", "passport", "market", "economy",
            "company", "flag", "language", "coast", "government", "embassy", "regulator", "army", "navy", "bank",
            "banks", "currency", "election", "parliament", "press", "media", "series", "novel", "music", "band",
            "style", "design", "brand", "team", "league", "version", "edition", "consulate", "authorities",
            "ministry", "court", "subsidiary", "market", "territory", "waters", "soil", "cheese", "coffee", "tea",
            "dish", "dishes", "recipe", "breakfast", "literature", "history", "art", "architecture", "product",
            "products", "import", "imports", "exports", "bonds", "stocks", "holiday", "number", "phone number",
            "social security number", "tax ID", "plates", "visa", "keyboard", "spelling", "accent", "ID card");
    /** Nouns for people after a nationality ("the Nigerian patient"). */
    static final List<String> PERSON_NOUNS = List.of("patient", "woman", "man", "citizen", "national",
            "tourist", "student", "family", "couple", "community", "voters", "workers", "nurse", "doctor",
            "writer", "engineer", "boy", "girl", "child", "people", "resident", "immigrant", "refugee", "veteran",
            "grandmother", "businessman", "journalist", "player", "lawyer", "volunteers", "pilgrims", "teenager",
            "groups", "activists", "minority", "settlers", "doctors", "nurses", "leaders", "clergy");
    /** Relatives named before a name in notes ("Niece Ann called"). */
    static final List<String> RELATIVES = List.of("Wife", "Husband", "Son", "Daughter", "Niece", "Nephew",
            "Sister", "Brother", "Mother", "Father", "Aunt", "Uncle", "Cousin", "Grandson", "Granddaughter",
            "Spouse", "Friend", "Neighbor", "Caregiver", "Stepson", "Partner", "Fiance", "Roommate");
}
