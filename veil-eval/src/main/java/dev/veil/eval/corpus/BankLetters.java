package dev.veil.eval.corpus;

import java.util.List;

/**
 * Letters from a bank to a customer: letterhead and postal address blocks (multi-line), account
 * and routing numbers, IBAN/BIC transfers, card numbers with expiry, SSNs and dates of birth in
 * verification paragraphs. Amounts, reference and "ending in 1234" numbers are look-alikes that
 * are not identifiers.
 */
final class BankLetters extends Genre {
    private static final List<Template> OPENERS = Template.all(
            "{{org}}\n{{address}}\n\n{{date}}\n\n{{p1}}\n{{address}}\n\nDear {{honorific}} {{p1.last}},\n\n",
            "{{org}} - Customer Service\n{{date}}\n\nRe: account {{account}}\n\nDear {{p1}},\n\n",
            "{{date}}\n\n{{p1.any}}\n{{address}}\n\nDear Customer,\n\n");

    private static final List<Template> BODY = Template.all(
            "We are writing about your account ending in {{last4}}.",
            "Your checking account {{account}} (routing number {{aba}}) was credited with ${{amount}} on {{date}}.",
            "The transfer of EUR {{amount}} to IBAN {{iban}} (BIC {{bic}}) was completed on {{date}}.",
            "Beneficiary: {{p2}}, IBAN {{iban}}.",
            "The card {{card}}, expiring {{exp}}, has been blocked after suspicious activity.",
            "Our records list your Social Security number as {{ssn}} and your date of birth as {{dob}}.",
            "If you have questions, call us at {{phone}} or write to {{email}}.",
            "Please review your statement online at {{url}}.",
            "Reference number {{order}} applies to this request; please quote it in any correspondence.",
            "Your new debit card will be mailed to {{address}} within 7-10 business days.",
            "For business accounts we also need the employer identification number ({{ein}}).",
            "A wire of ${{amount}} from {{p2}} was received via routing number {{aba}}.",
            "Your relationship manager, {{p3}}, will contact you at {{phone}}.",
            "We noticed a login from IP address {{ip}} on {{date}}.",
            "Interest of ${{amount}} was paid to savings account {{account}}.",
            "As of {{date}} the outstanding balance on card ending {{last4}} is ${{amount}}.",
            "Mr. {{p1.last}} also holds a joint account with {{p2}} at our {{city}} branch.");

    private static final List<Template> CLOSERS = Template.all(
            "\nSincerely,\n\n{{p4}}\n{{jobtitle}}, {{org}}",
            "\nKind regards,\n{{p4}}\nCustomer Care | {{phone}}",
            "\nYours faithfully,\n{{org}}");

    BankLetters(Values v) {
        super(v, "bank", OPENERS, BODY, CLOSERS);
    }

    @Override
    protected Piece organisation() {
        return v.fakes.bank();
    }

    @Override
    protected double lowerCase() {
        return 0.0;
    }

    @Override
    protected Piece slot(String name) {
        return name.equals("honorific") ? Piece.plain(v.rng.pick("Mr.", "Ms.", "Mrs.", "Dr.", "Mx.")) : null;
    }
}
