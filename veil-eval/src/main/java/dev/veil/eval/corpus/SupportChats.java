package dev.veil.eval.corpus;

import java.util.List;

/**
 * Customer-support chat transcripts: mostly lower case, no punctuation discipline, names typed in
 * lower case, values pasted mid-sentence (cards, SSNs, IBANs, passwords, IPs), and everyday words
 * that are also names ("will you", "may be", "bill").
 */
final class SupportChats extends Genre {
    private static final List<Template> OPENERS = Template.all(
            "[{{time}}] {{p2.first}} (agent): Hi, thanks for contacting {{org}} support! How can I help?\n",
            "chat started {{date}}\n",
            "agent: hello, you're chatting with {{p2.first}}\n",
            "");

    private static final List<Template> BODY = Template.all(
            "customer: hi my name is {{p1}} and i cant log in since {{date}}",
            "customer: my email is {{email}} and phone {{phone}}",
            "customer: card number is {{card}} exp {{exp}} cvv {{cvv}}",
            "agent: Thanks {{p1.first}}! Can you confirm your SSN for verification?",
            "customer: its {{ssn}}",
            "customer: im connecting from {{ip}} if that helps",
            "customer: my password is {{password}} lol pls reset it",
            "customer: will you call me back? may be easier",
            "customer: ship it to {{address}} pls",
            "customer: order #{{order}} never arrived",
            "customer: just send the refund to {{iban}}",
            "agent: I have updated the address on file for {{p1}}.",
            "customer: ok thx {{p2.first}}",
            "customer: my wife {{p3.first}} has the other card, her number is {{phone}}",
            "agent: I can see two charges of ${{amount}} on {{date}}, the bill will be corrected.",
            "customer: can u check my husband's account too, {{p3}}, dob {{dob}}",
            "customer: the tracking link {{url}} doesnt work",
            "customer: btw my username is {{user}}",
            "agent: For security, please never share your full card number in chat.",
            "customer: i paid with my other card {{card}}",
            "customer: its {{p1.any}} not {{p3.first}} lol typo",
            "customer: zip code is {{zip}} if u need it",
            "customer: the phone's imei is {{imei}}",
            "customer: i bank with {{bank}}, does that matter?");

    private static final List<Template> CLOSERS = Template.all(
            "agent: Is there anything else I can help you with today?",
            "customer: thanks bye",
            "-- chat ended {{time}} --",
            "agent: Have a great day, {{p1.first}}!");

    SupportChats(Values v) {
        super(v, "chat", OPENERS, BODY, CLOSERS);
    }

    @Override
    protected String separator() {
        return "\n";
    }

    @Override
    protected double lowerCase() {
        return 0.5;
    }

    @Override
    protected double upperCase() {
        return 0.02;
    }
}
