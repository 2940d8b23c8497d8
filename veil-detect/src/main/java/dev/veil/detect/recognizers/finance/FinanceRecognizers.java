package dev.veil.detect.recognizers.finance;

import dev.veil.detect.Recognizer;
import java.util.List;

/** Built-in recognizers for payment cards, bank identifiers and crypto wallets. */
public final class FinanceRecognizers {
    private FinanceRecognizers() {
    }

    /** One instance of each recognizer of this family, in run order. */
    public static List<Recognizer> all() {
        return List.of(new CreditCardRecognizer(), new CardExpiryRecognizer(), new CardCvvRecognizer(),
                new IbanRecognizer(), new SwiftBicRecognizer(), new AbaRoutingRecognizer(), new BankAccountRecognizer(),
                new CryptoWalletRecognizer());
    }
}
