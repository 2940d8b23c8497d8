package dev.veil.monitor.output;

import java.util.List;

/**
 * What a streaming scan lets through after one chunk.
 *
 * @param released text that may be sent to the client now (redactions applied); may be empty
 *                 while the monitor holds text back to see whole entities
 * @param stopped  true once a BLOCK action fired: send nothing more and end the stream
 * @param findings what was found in the text judged during this step
 */
public record StreamStep(String released, boolean stopped, List<OutputFinding> findings) {
    public StreamStep {
        findings = List.copyOf(findings);
    }

    @Override
    public String toString() {
        // The released text is the answer: never printed.
        return "StreamStep[" + released.length() + " chars, stopped=" + stopped + ", " + findings.size() + " findings]";
    }
}
