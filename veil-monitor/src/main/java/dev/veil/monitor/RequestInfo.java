package dev.veil.monitor;

/**
 * Who a screened prompt or monitored answer belongs to: the API key's id, the request's id and
 * the model. These are identifiers, never secrets or content; they end up in alerts, which check
 * them against a safe alphabet. Any part may be {@code null} when unknown.
 *
 * @param keyId     the id of the caller's API key (never the key itself)
 * @param requestId the gateway's id for this request
 * @param model     the model name the request is routed to
 */
public record RequestInfo(String keyId, String requestId, String model) {

    /** No key, request or model known (library and CLI use). */
    public static final RequestInfo NONE = new RequestInfo(null, null, null);

    public static RequestInfo of(String keyId, String requestId, String model) {
        return new RequestInfo(keyId, requestId, model);
    }
}
