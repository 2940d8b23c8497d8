package dev.veil.eval.corpus;

import java.util.List;

/**
 * HR e-mails about hires, payroll and leave: header lines with names and addresses, payroll data
 * (SSN, bank account and routing numbers), national IDs of EU and UK staff (NINO, NHS, Steuer-ID,
 * NIR, DNI/NIE, codice fiscale, BSN), passports, driver's licences, nationality and religion.
 */
final class HrEmails extends Genre {
    private static final List<Template> OPENERS = Template.all(
            "From: {{p2}} <{{email}}>\nTo: {{p3}} <{{email}}>\nSubject: Onboarding - {{p1}}\n\nHi {{p3.first}},\n\n",
            "Subject: payroll change for {{p1.lcf}}\n\nHello team,\n\n",
            "To: {{email}}\nSubject: Leave request\n\nDear {{p3.first}},\n\n");

    private static final List<Template> BODY = Template.all(
            "{{p1}} joins the {{dept}} team on {{date}} as {{jobtitle}}.",
            "Please set up payroll: SSN {{ssn}}, date of birth {{dob}}, direct deposit to account {{account}}, routing {{aba}}.",
            "Home address: {{address}}. Mobile: {{phone}}.",
            "Emergency contact: {{p4}} ({{relation}}), {{phone}}.",
            "{{p1.first}} is {{nrp}} and will need a work visa; passport no. {{passport}}.",
            "Her National Insurance number is {{nino}} and NHS number {{nhs}}.",
            "Driver's license {{dl}} on file for the company car (plate {{plate}}).",
            "For the {{city}} office we need the Steuer-ID {{detax}}.",
            "His French social security number (NIR) is {{nir}}.",
            "The {{city}} contract lists DNI {{nif}}.",
            "Codice fiscale for the {{city}} hire: {{cf}}.",
            "BSN for the {{city}} contractor: {{bsn}}.",
            "Will you make sure the laptop is ready by {{date}}?",
            "Grant access to the shared drive for {{p1.first}} please.",
            "Hope this helps - ping me if anything is missing.",
            "{{p1.first}} asked for {{date}} off for a religious holiday (she is {{nrp}}).",
            "Salary: ${{amount}} per year, reporting to {{p2}}.",
            "The contractor invoices under ITIN {{itin}}; the agency's EIN is {{ein}}.",
            "Background check by {{org}} completed on {{date}}.",
            "Personal e-mail for the offer letter: {{email}}.",
            "Company car for {{p1.first}}: VIN {{vin}}, plate {{plate}}.",
            "Work phone issued to {{p1.first}}, IMEI {{imei}}.");

    private static final List<Template> CLOSERS = Template.all(
            "\nBest,\n{{p2}}\n{{jobtitle}}, {{org}}\n{{phone}}",
            "\nThanks,\n{{p2.first}}",
            "\nRegards,\n{{p2.init}} | People Team | {{org}}");

    HrEmails(Values v) {
        super(v, "hr", OPENERS, BODY, CLOSERS);
    }

    @Override
    protected Piece slot(String name) {
        Rng r = v.rng;
        return switch (name) {
            case "dept" -> Piece.plain(r.pick("Finance", "Engineering", "Sales", "Legal", "Operations", "Marketing"));
            case "relation" -> Piece.plain(r.pick("spouse", "mother", "father", "partner", "brother", "sister"));
            default -> null;
        };
    }
}
