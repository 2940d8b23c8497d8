package dev.veil.gateway.api;

/**
 * An error answered to the client in OpenAI's error shape. The message is written by Veil and
 * never echoes request content: constructors take fixed texts and identifiers only.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String code;
    private final String param;

    public ApiException(int status, String type, String code, String message) {
        this(status, type, code, null, message);
    }

    public ApiException(int status, String type, String code, String param, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String param() {
        return param;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, "invalid_request_error", code, message);
    }

    public static ApiException badRequest(String code, String param, String message) {
        return new ApiException(400, "invalid_request_error", code, param, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "authentication_error", "invalid_api_key", message);
    }

    public static ApiException forbidden(String code, String message) {
        return new ApiException(403, "permission_error", code, message);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, "not_found_error", code, message);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, "invalid_request_error", "request_too_large", message);
    }

    public static ApiException rateLimited(String code, String message) {
        return new ApiException(429, "rate_limit_error", code, message);
    }

    public static ApiException badGateway(String message) {
        return new ApiException(502, "upstream_error", "bad_gateway", message);
    }

    public static ApiException unavailable(String code, String message) {
        return new ApiException(503, "service_unavailable", code, message);
    }

    public static ApiException gatewayTimeout(String message) {
        return new ApiException(504, "upstream_error", "gateway_timeout", message);
    }

    public static ApiException internal(String code, String message) {
        return new ApiException(500, "server_error", code, message);
    }
}
