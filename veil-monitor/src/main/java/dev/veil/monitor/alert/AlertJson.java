package dev.veil.monitor.alert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** The one JSON shape of an alert, shared by the log, webhook and syslog sinks. */
final class AlertJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private AlertJson() {
    }

    static String write(Alert a) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("time", a.time().toString());
            g.writeStringField("severity", a.severity().name());
            g.writeStringField("rule", a.rule());
            g.writeArrayFieldStart("types");
            for (String t : a.types()) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("counts");
            for (Map.Entry<String, Integer> e : a.counts().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            if (a.keyId() != null) {
                g.writeStringField("keyId", a.keyId());
            }
            if (a.requestId() != null) {
                g.writeStringField("requestId", a.requestId());
            }
            if (a.model() != null) {
                g.writeStringField("model", a.model());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("alert json: writing to memory failed", e);
        }
        return out.toString();
    }
}
