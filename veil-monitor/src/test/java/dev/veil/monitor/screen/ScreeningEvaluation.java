package dev.veil.monitor.screen;

import dev.veil.monitor.RequestInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the screener over the benign and attack sets and reports the false-positive rate (benign
 * prompts on which injection, exfiltration or hidden-text screening fired) and the detection rate
 * (attack prompts on which one of them fired). Credentials are a separate concern and not counted.
 *
 * <p>Run as a main on the test classpath (the command is in veil-monitor/README.md); {@code -v} lists
 * every miss and false positive.
 */
final class ScreeningEvaluation {
    static final Set<ScreenCategory> COUNTED =
            EnumSet.of(ScreenCategory.PROMPT_INJECTION, ScreenCategory.EXFILTRATION, ScreenCategory.HIDDEN_TEXT);

    record Rates(int benign, int falsePositives, int attacks, int detected, List<String> misses,
                 Map<String, int[]> perFamily) {
        double fpRate() {
            return benign == 0 ? 0 : (double) falsePositives / benign;
        }

        double detectionRate() {
            return attacks == 0 ? 0 : (double) detected / attacks;
        }
    }

    static Rates run(InputScreener screener, ScreeningCorpus benign, ScreeningCorpus attacks) {
        int fp = 0;
        int det = 0;
        List<String> misses = new ArrayList<>();
        Map<String, int[]> fam = new TreeMap<>();
        for (ScreeningCorpus.Item it : benign.items()) {
            ScreenResult r = screener.screen(it.text(), RequestInfo.NONE);
            boolean flagged = r.fired().stream().anyMatch(COUNTED::contains);
            fam.computeIfAbsent("benign/" + it.family(), k -> new int[2])[0]++;
            if (flagged) {
                fp++;
                fam.get("benign/" + it.family())[1]++;
                misses.add("FALSE POSITIVE [" + it.family() + "] " + r.reason() + " :: " + oneLine(it.text()));
            }
        }
        for (ScreeningCorpus.Item it : attacks.items()) {
            ScreenResult r = screener.screen(it.text(), RequestInfo.NONE);
            boolean flagged = r.fired().stream().anyMatch(COUNTED::contains);
            fam.computeIfAbsent("attack/" + it.family(), k -> new int[2])[0]++;
            if (flagged) {
                det++;
                fam.get("attack/" + it.family())[1]++;
            } else {
                misses.add("MISSED [" + it.family() + "] " + r.scores() + " :: " + oneLine(it.text()));
            }
        }
        return new Rates(benign.items().size(), fp, attacks.items().size(), det, misses, fam);
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 140 ? t.substring(0, 140) + "..." : t;
    }

    public static void main(String[] args) {
        report("development sets (benign.txt, attacks.txt)", "benign.txt", "attacks.txt", args);
        report("held-out sets (heldout-benign.txt, heldout-attacks.txt)", "heldout-benign.txt", "heldout-attacks.txt",
                args);
        report("second held-out sets (heldout2-benign.txt, heldout2-attacks.txt)", "heldout2-benign.txt",
                "heldout2-attacks.txt", args);
        report("third held-out sets (heldout3-benign.txt, heldout3-attacks.txt)", "heldout3-benign.txt",
                "heldout3-attacks.txt", args);
    }

    private static void report(String title, String benign, String attacks, String[] args) {
        Rates r = run(InputScreener.builder().build(), ScreeningCorpus.load(benign), ScreeningCorpus.load(attacks));
        System.out.println(title);
        System.out.printf(Locale.ROOT, "benign prompts: %d, false positives: %d, FP rate: %.2f%%%n",
                r.benign(), r.falsePositives(), 100 * r.fpRate());
        System.out.printf(Locale.ROOT, "attack prompts: %d, detected: %d, detection rate: %.2f%%%n",
                r.attacks(), r.detected(), 100 * r.detectionRate());
        r.perFamily().forEach((f, c) -> System.out.printf(Locale.ROOT, "  %-28s %3d / %3d flagged%n", f, c[1], c[0]));
        if (args.length > 0 && args[0].equals("-v")) {
            r.misses().forEach(System.out::println);
        }
    }
}
