package dev.veil.gateway.monitor;

import dev.veil.core.SecretBytes;
import dev.veil.monitor.alert.AlertSink;
import dev.veil.monitor.baseline.BaselineTracker;
import dev.veil.monitor.canary.CanaryRegistry;
import dev.veil.monitor.echo.EchoPolicy;
import dev.veil.monitor.echo.ProtectedDocumentIndex;
import dev.veil.monitor.output.OutputMonitor;
import dev.veil.detect.Analyzer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The current {@link OutputMonitor}. Canaries and protected documents can be added at run time by
 * admins: each change builds a new immutable monitor and swaps it in atomically, so requests in
 * flight keep the one they started with. Protected documents are kept only as fingerprints.
 */
public final class MonitorHolder {
    private final SecretBytes key;
    private final Analyzer analyzer;
    private final AlertSink sink;
    private final int streamHold;
    private final BaselineTracker baseline = BaselineTracker.builder().build();
    private final Map<String, String> canaries = new LinkedHashMap<>();
    private ProtectedDocumentIndex documents;
    private final AtomicReference<OutputMonitor> current = new AtomicReference<>();

    public MonitorHolder(SecretBytes key, Analyzer analyzer, AlertSink sink, int streamHold) {
        this.key = key;
        this.analyzer = analyzer;
        this.sink = sink;
        this.streamHold = streamHold;
        this.documents = ProtectedDocumentIndex.builder(key).build();
        rebuild();
    }

    public OutputMonitor monitor() {
        return current.get();
    }

    /** Registers a canary string; returns the number registered. */
    public synchronized int addCanary(String id, String canary) {
        canaries.put(id, canary);
        rebuild();
        return canaries.size();
    }

    /** Fingerprints a confidential document (its text is not kept); returns the number of documents. */
    public synchronized int addProtectedDocument(String id, CharSequence text) {
        documents = documents.toBuilder().add(id, text).build();
        rebuild();
        return documents.documents();
    }

    private synchronized void rebuild() {
        CanaryRegistry.Builder cb = CanaryRegistry.builder();
        canaries.forEach(cb::add);
        current.set(OutputMonitor.builder(key)
                .analyzer(analyzer)
                .canaries(cb.build())
                .protectedDocuments(documents, EchoPolicy.DEFAULT)
                .baseline(baseline)
                .alertSink(sink)
                .streaming(32, streamHold, 64)
                .build());
    }
}
