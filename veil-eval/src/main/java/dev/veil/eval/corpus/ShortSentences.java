package dev.veil.eval.corpus;

import java.util.List;

/**
 * Short single sentences of the kind used by Presidio-style evaluation sets (about 50-150
 * characters): one or two entities in everyday wording, names in any case, names next to
 * numbers. The generator uses them for the 150-character records benchmark too.
 */
final class ShortSentences extends Genre {
    private static final List<Template> SENTENCES = Template.all(
            "My name is {{person}} and my phone number is {{phone}}.",
            "Please send the invoice to {{email}} by {{date}}.",
            "{{person}} was born on {{dob}} in {{city}}, {{country}}.",
            "Card {{card}} was charged twice yesterday.",
            "Her social security number is {{ssn}}.",
            "The server at {{ip}} is down again; tell {{person}}.",
            "I live at {{address}}.",
            "{{person}} works at {{company}} in {{city}}.",
            "Please transfer the deposit to {{iban}}.",
            "Call {{p1.first}} at {{phone}} tomorrow morning.",
            "Mr. {{p1.last}} is a {{age}} year old man who grew up in {{city}}.",
            "follow up with {{lowerperson}} in 2 weeks.",
            "You can reach {{person}} at {{email}} or {{phone}}.",
            "{{person}}'s driver license number is {{dl}}.",
            "Visit {{url}} for the full report.",
            "The {{nrp}} delegation arrived in {{city}} on {{date}}.",
            "Pt {{person}}, MRN {{mrn}}, DOB {{dob}}.",
            "{{UPPERPERSON}} - ACCOUNT {{account}} - ROUTING {{aba}}",
            "Reset the password for {{user}} to {{password}}.",
            "Ticket {{order}}: {{person}} reported the outage at {{time}}.",
            "Will you ask {{p1.first}} to bring the brown folder?",
            "Send it to {{p1.first}}{{digits}} by friday.",
            "We met {{person}} from {{company}} at the {{city}} office on {{date}}.",
            "My passport number is {{passport}} and it expires on {{date}}.",
            "Wire ${{amount}} to routing {{aba}} account {{account}} for {{person}}.",
            "Is {{email}} still the best address for {{p1.first}}?",
            "{{person}} moved from {{state}} to {{city}} last year.",
            "The package was left at {{street}} instead.");

    ShortSentences(Values v) {
        super(v, "sentence", SENTENCES, SENTENCES, List.of(Template.of("")));
    }

    @Override
    protected double lowerCase() {
        return 0.08;
    }

    @Override
    protected Piece slot(String name) {
        return switch (name) {
            case "lowerperson" -> v.person(1.0, 0.0);
            case "UPPERPERSON" -> v.person(0.0, 1.0);
            case "digits" -> Piece.plain(v.rng.digits(v.rng.between(1, 4)));
            default -> null;
        };
    }
}
