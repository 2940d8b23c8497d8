package dev.veil.monitor.output;

import dev.veil.monitor.RequestInfo;
import java.util.Objects;

/**
 * The request an answer belongs to and the conversation's ledger of known values.
 *
 * @param info   key id, request id and model, for alerts and baselines
 * @param ledger what the caller sent and what tokens were issued in this conversation
 */
public record AnswerContext(RequestInfo info, ConversationLedger ledger) {
    public AnswerContext {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(ledger, "ledger");
    }
}
