package dev.veil.monitor.screen;

/**
 * A second opinion on whether a prompt is an injection or jailbreak attempt, typically a local
 * model asked to classify it. The screener consults it only for prompts in a grey zone below the
 * firing threshold, so the rules stay the first line and the model adds recall.
 *
 * <p>Contract: returns a probability in [0, 1]; throws {@link JudgeException} if it cannot
 * decide. The screener then fails closed: the prompt is treated as an injection.
 */
@FunctionalInterface
public interface InjectionJudge {

    double injectionProbability(String prompt);

    /** The judge could not reach a decision (model unavailable, unparseable answer). */
    final class JudgeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public JudgeException(String message) {
            super(message);
        }

        public JudgeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
