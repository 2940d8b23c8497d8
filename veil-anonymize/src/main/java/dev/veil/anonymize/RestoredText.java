package dev.veil.anonymize;

/**
 * The result of a restore: the text with known tokens replaced by their original values, how many
 * were restored, and how many token-like strings were left as they are because the vault (or the
 * key) does not know them.
 *
 * <p>The text holds original values: handle it as sensitive. {@link #toString()} prints counts only.
 */
public record RestoredText(String text, int restored, int unknown) {
    @Override
    public String toString() {
        return "RestoredText[" + text.length() + " chars, restored=" + restored + ", unknown=" + unknown + "]";
    }
}
