package dev.veil.anonymize;

/**
 * The implementation of one {@link OperatorConfig}. Two kinds: a {@link ValueOperator} computes the
 * replacement from the value alone; a {@link TokenOperator} gets it from the vault, in one batched
 * call per text (or batch of texts), so that new mappings are written in one transaction.
 */
sealed interface Operator permits ValueOperator, TokenOperator {

    OperatorConfig config();

    static Operator of(OperatorConfig config) {
        return switch (config) {
            case OperatorConfig.Redact r -> new RedactOperator(r);
            case OperatorConfig.Replace r -> new ReplaceOperator(r);
            case OperatorConfig.Mask m -> new MaskOperator(m);
            case OperatorConfig.Hash h -> new HashOperator(h);
            case OperatorConfig.Encrypt e -> e.algorithm() == OperatorConfig.Encrypt.Algorithm.FF1
                    ? new Ff1EncryptOperator(e) : new SivEncryptOperator(e);
            case OperatorConfig.Pseudonymize p -> new PseudonymizeOperator(p);
            case OperatorConfig.Surrogate s -> new SurrogateOperator(s);
            case OperatorConfig.DateShift d -> new DateShiftOperator(d);
            case OperatorConfig.Generalize g -> new GeneralizeOperator(g);
        };
    }
}
