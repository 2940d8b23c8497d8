package dev.veil.monitor.echo;

/**
 * An answer that reproduces a protected document. Carries the document's id, never its text.
 *
 * @param documentId  the id the admin registered the document under
 * @param runWords    longest run of consecutive document words found (lower bound)
 * @param containment share of the answer's fingerprints found in the document, in [0, 1]
 * @param byRun       true if the run test fired, false if only containment did
 */
public record EchoMatch(String documentId, int runWords, double containment, boolean byRun) {
}
