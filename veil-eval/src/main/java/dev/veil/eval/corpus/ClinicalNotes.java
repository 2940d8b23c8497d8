package dev.veil.eval.corpus;

import java.util.List;

/**
 * Nursing, progress and discharge notes in the style of ICU free text (PhysioNet deid): clipped
 * abbreviations ("Pt", "VSS", "s/p"), vitals, "Dr. X" glued or spaced, relatives on the phone,
 * hospital names, dates such as 10/12 and shifted years (2/24/2101), ages over 89, MRNs and other
 * health identifiers. Common words that are also names ("Will", "May", "Rose") appear as words.
 */
final class ClinicalNotes extends Genre {
    private static final List<Template> OPENERS = Template.all(
            "Nursing Progress Note {{shifted}} {{time}}\nPt: {{p1.lcf}}   MRN: {{mrn}}   DOB: {{dob}}\n",
            "PROGRESS NOTE - {{org}}\nPatient: {{p1}}   Age: {{age}}   Admit: {{shifted}}\n",
            "DISCHARGE SUMMARY\nName: {{p1.lcf}}\nMRN {{mrn}}\nAttending: Dr. {{p2.last}}\nDate of discharge: {{date}}\n\n",
            "NPN 7a-7p:\n",
            "Nsg note {{shortdate}} 1900-0700\n",
            "Resp Care: ",
            "ADMISSION NOTE {{org}} {{shifted}}\nPt {{p1}} ({{mrn}}), ",
            "CCU Nursing Note\n");

    private static final List<Template> BODY = Template.all(
            "Pt is a {{age}} yo {{sex}} admitted {{shortdate}} from {{hospital}} with {{dx}}.",
            "{{p1.first}} remains {{status}} overnight, VSS: HR {{hr}} BP {{bp}} RR {{rr}} SpO2 {{sat}}% on {{o2}}.",
            "Seen by Dr. {{p2.last}} this am, plan to {{careplan}}.",
            "Dr.{{p2.last}} aware of {{finding}}, no new orders.",
            "{{relrole}} {{p3.first}} called at {{time}}, updated on pt status; can be reached at {{phone}}.",
            "{{relrole}} ({{p3}}) in to visit, questions answered.",
            "Family meeting {{shortdate}} w/ Dr. {{p2}} and SW.",
            "Pt transferred to {{hospital}} on {{shifted}} for {{procedure}}.",
            "PMH: {{dx}}, {{dx}}; s/p {{procedure}} {{shiftedyear}} at {{hospital}}.",
            "Pt lives in {{city}} with {{relrole2}}, PCP Dr. {{p4.last}} ({{phone}}).",
            "Neuro: A&Ox3, MAE, follows commands. CV: {{rhythm}}, no ectopy. Resp: LS clear bilat.",
            "GI: abd soft, +BS, tolerating {{diet}}. GU: foley draining clear yellow urine.",
            "Pt states \"call my son {{p3.first}}\" - number on file {{phone}}.",
            "Insurance: Medicare {{mbi}}; secondary member ID {{plan}}.",
            "Rx by {{p2}}, NPI {{npi}}, DEA {{dea}}.",
            "Will continue to monitor {{finding}}.",
            "May need PT consult prior to dc.",
            "Temp rose to 38.{{digit}} at {{time}}, cultures sent.",
            "Hope to extubate in am if ABG ok.",
            "Mark on L groin site, no hematoma.",
            "Pt {{p1.last}} is {{age}}yo, last admission {{shifted}}.",
            "Addr on file: {{address}}.",
            "Pt email for portal: {{email}}.",
            "Discussed with RN {{p4.first}} and Dr. {{p2.last}} at {{time}}.",
            "{{p1.last}} c/o {{finding}} since {{date}}, medicated w/ tylenol 650mg po.",
            "D/C planning: pt to go home {{shortdate}} w/ VNA; f/u {{hospital}} clinic in 2 wks.",
            "Spoke w/ pt's {{relrole2}} {{p3}} ({{phone}}) re: code status - pt is DNR/DNI.",
            "Labs {{shortdate}}: K 3.{{digit}}, Cr 1.{{digit}}, Hct 2{{digit}}.",
            "Pt {{age}} y/o, DOB {{dob}}, seen in ED {{shifted}}.",
            "SSN on face sheet {{ssn}}.",
            "Brown stool x1, guaiac neg.",
            "Insulin pump S/N {{serial}} checked, site clean.",
            "CXR done, accession # {{refno}}; claim number {{refno}} filed.",
            "Pt's home in {{city}} {{zip}}; VNA to visit {{shortdate}}.");

    private static final List<Template> CLOSERS = Template.all(
            "{{p4.first}} {{initial}}., RN",
            "Signed: {{p2}}, MD {{date}}",
            "-- {{p4.init}}, RN {{time}}",
            "Electronically signed by Dr. {{p2.last}} on {{shifted}}.",
            "Will f/u in am.");

    ClinicalNotes(Values v) {
        super(v, "clinical", OPENERS, BODY, CLOSERS);
    }

    @Override
    protected String separator() {
        return v.rng.chance(0.3) ? "\n" : " ";
    }

    @Override
    protected double upperCase() {
        return 0.10;
    }

    @Override
    protected Piece organisation() {
        return v.fakes.hospital();
    }

    @Override
    protected Piece slot(String name) {
        Rng r = v.rng;
        return switch (name) {
            case "shifted" -> v.dates.any(r.chance(0.4));
            case "shiftedyear" -> v.dates.year(r.chance(0.4));
            case "sex" -> Piece.plain(r.pick("M", "F", "male", "female", "man", "woman"));
            case "dx" -> Piece.plain(r.pick("CHF exacerbation", "COPD", "sepsis", "GI bleed", "pneumonia", "AFib w/ RVR",
                    "DKA", "s/p fall", "CVA", "ESRD", "UTI", "NSTEMI"));
            case "status" -> Piece.plain(r.pick("stable", "afebrile", "comfortable", "lethargic but arousable", "intubated/sedated"));
            case "hr" -> Piece.plain(String.valueOf(r.between(55, 125)));
            case "bp" -> Piece.plain(r.between(90, 170) + "/" + r.between(45, 95));
            case "rr" -> Piece.plain(String.valueOf(r.between(12, 30)));
            case "sat" -> Piece.plain(String.valueOf(r.between(88, 100)));
            case "o2" -> Piece.plain(r.pick("RA", "2L NC", "4L NC", "50% FM", "CPAP"));
            case "careplan" -> Piece.plain(r.pick("diurese", "wean vent", "start heparin gtt", "consult GI", "advance diet"));
            case "finding" -> Piece.plain(r.pick("low UO", "new rash", "elevated lactate", "increased secretions", "pain at IV site"));
            case "relrole" -> Piece.plain(r.pick("Wife", "Husband", "Daughter", "Son", "Sister", "Brother", "Niece", "HCP"));
            case "relrole2" -> Piece.plain(r.pick("wife", "husband", "daughter", "son", "partner", "mother"));
            case "procedure" -> Piece.plain(r.pick("CABG", "cath", "ERCP", "PEG placement", "hip replacement", "CT head", "EGD"));
            case "rhythm" -> Piece.plain(r.pick("NSR", "SR w/ PACs", "AFib", "ST"));
            case "diet" -> Piece.plain(r.pick("clear liquids", "TF @ 60cc/hr", "regular diet", "NPO"));
            case "digit" -> Piece.plain(String.valueOf(r.between(0, 9)));
            case "initial" -> Piece.plain(String.valueOf((char) ('A' + r.between(0, 25))));
            default -> null;
        };
    }
}
