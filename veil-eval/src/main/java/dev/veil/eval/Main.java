package dev.veil.eval;

import java.util.Arrays;

/**
 * Entry point of the self-contained jar: {@code java -jar veil-eval-all.jar generate|evaluate ...}.
 * Each tool also has its own main ({@link Generate}, {@link Evaluate}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String tool = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (tool) {
            case "generate" -> Generate.main(rest);
            case "evaluate" -> Evaluate.main(rest);
            default -> {
                System.err.println("usage: java -jar veil-eval-all.jar generate|evaluate [--help]");
                System.exit(2);
            }
        }
    }
}
