package dev.veil.anonymize;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.veil.core.EntityType;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The YAML shape of a policy, bound by Jackson with unknown keys rejected. {@link Policy#parse}
 * turns it into a {@link Policy}. Entity keys are read by {@link EntitiesDeserializer}, which keeps
 * each key's line so that checks needing the type (generalize only on AGE/ZIP/DATE...) can name it.
 */
record PolicyFile(
        String name,
        String description,
        String rule,
        String detect,
        Double minScore,
        Boolean linkAcrossScopes,
        @JsonProperty("default") RuleSpec defaultRule,
        @JsonDeserialize(using = EntitiesDeserializer.class) Map<EntityType, Located> entities) {

    /** One entity's (or the default) rule as written; absent parts are null. */
    record RuleSpec(OperatorConfig operator, Double minScore, Boolean block) {
    }

    /** A rule and the line and column of its entity key. */
    record Located(RuleSpec spec, int line, int column) {
    }

    /** Types whose values are mostly digits, where FF1 keeps a meaningful format. */
    static final Set<EntityType> FF1_TYPES = Set.of(EntityType.CREDIT_CARD, EntityType.SSN, EntityType.ITIN,
            EntityType.EIN, EntityType.BANK_ACCOUNT, EntityType.PHONE, EntityType.ABA_ROUTING, EntityType.NPI,
            EntityType.UK_NHS, EntityType.DE_TAX_ID, EntityType.NL_BSN, EntityType.MEDICAL_RECORD_NUMBER,
            EntityType.HEALTH_PLAN_ID, EntityType.REFERENCE_NUMBER, EntityType.DEVICE_ID, EntityType.IBAN);

    /** Reads {@code entities:} key by key, checking each rule against its type. */
    static final class EntitiesDeserializer extends JsonDeserializer<Map<EntityType, Located>> {
        @Override
        public Map<EntityType, Located> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new JsonMappingException(p, "'entities' must be a map from entity type to rule", p.currentLocation());
            }
            Map<EntityType, Located> out = new EnumMap<>(EntityType.class);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation at = p.currentLocation();
                String key = p.currentName();
                EntityType type = EntityType.parse(key).orElseThrow(() -> new JsonMappingException(p,
                        "unknown entity type '" + key + "' (see docs/ENTITIES.md)", at));
                if (out.containsKey(type)) {
                    throw new JsonMappingException(p, "entity type " + type + " appears twice", at);
                }
                p.nextToken();
                RuleSpec spec = ctxt.readValue(p, RuleSpec.class);
                if (spec == null) {
                    throw new JsonMappingException(p, "the rule of " + type + " is empty", at);
                }
                String problem = check(type, spec);
                if (problem != null) {
                    throw new JsonMappingException(p, problem, at);
                }
                out.put(type, new Located(spec, at.getLineNr(), at.getColumnNr()));
            }
            return out;
        }
    }

    /** Why {@code spec} cannot apply to {@code type}, or null if it can. {@code type} null: the default rule. */
    static String check(EntityType type, RuleSpec spec) {
        String what = type == null ? "the default rule" : type.name();
        boolean block = Boolean.TRUE.equals(spec.block());
        OperatorConfig op = spec.operator();
        if (block && op != null) {
            return what + ": a blocking rule has no operator (remove one of 'block' and 'operator')";
        }
        if (op == null && !block && spec.minScore() == null) {
            return what + ": a rule needs an operator, block: true, or a minScore";
        }
        if (op instanceof OperatorConfig.Generalize && (type == null || !GeneralizeOperator.TYPES.contains(type))) {
            return what + ": generalize applies to AGE, ZIP and DATE only";
        }
        if (op instanceof OperatorConfig.DateShift && type != EntityType.DATE) {
            return what + ": date_shift applies to DATE only";
        }
        if (op instanceof OperatorConfig.Encrypt e && e.algorithm() == OperatorConfig.Encrypt.Algorithm.FF1
                && (type == null || !FF1_TYPES.contains(type))) {
            return what + ": encrypt with FF1 applies to numeric identifiers only: " + FF1_TYPES;
        }
        return null;
    }
}
