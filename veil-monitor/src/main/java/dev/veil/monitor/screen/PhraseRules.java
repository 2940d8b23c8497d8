package dev.veil.monitor.screen;

import static dev.veil.monitor.screen.ScreenCategory.EXFILTRATION;
import static dev.veil.monitor.screen.ScreenCategory.PROMPT_INJECTION;

import java.util.List;

/**
 * The built-in phrase rules for prompt injection and data exfiltration.
 *
 * <p>Why these shapes: ordinary work text uses the same verbs ("ignore the warnings", "override
 * the default policy", "enable developer mode on Android", "print everything above the error").
 * So each strong rule needs the combination attackers use and ordinary text does not: an override
 * verb AND a qualifier pointing at the model's own instructions ("previous", "above", "system",
 * "your"); a mode AND the model being addressed; a reveal verb AND "your" prompt. Ambiguous cues
 * score below the firing threshold on their own ({@code weak} rules, 0.25-0.45) and only fire when
 * they co-occur, since scores within a category combine as a noisy-OR.
 */
final class PhraseRules {
    private PhraseRules() {
    }

    private static final String OVERRIDE_VERB = "(?:ignore|ignoring|disregard|disregarding|forget|forgetting|"
            + "override|overriding|bypass|bypassing|abandon|discard|set aside|pay no attention to|"
            + "(?:do not|don't|dont|stop|no longer) (?:follow|obey|following|obeying|adhere to|listen to|comply with)|"
            + "throw away|ditch|drop all)";
    private static final String QUANT = "(?:(?:all|any|each|every|both) (?:of )?)?";
    private static final String DET = "(?:(?:the|your|my|these|those|its|their) )?";
    private static final String QUAL = "(?:previous|previously given|prior|preceding|above|earlier|foregoing|former|"
            + "initial|original|system|developer|hidden|safety|pre-?set|built-?in|openai|old)";
    private static final String OBJ = "(?:instructions?|prompts?|directions?|directives?|guidelines?|rules?|"
            + "programming|training|guardrails?|safeguards?|commands?|orders?|context)";
    private static final List<String> OVERRIDE_ANCHORS = List.of("ignor", "disregard", "forget", "overrid", "bypass",
            "abandon", "discard", "set aside", "no attention", "follow", "obey", "adhere", "listen to", "comply",
            "throw away", "ditch", "drop all");

    private static final String REPEAT_OBJ = "(?:text|words|content|message|messages|conversation|instructions|"
            + "prompt|lines|sentences|paragraphs?|rules)";

    private static final String YOU = "(?:you are|you're|youre|you will be|you'll be|you are now|you're now|"
            + "you will now be|you shall be)";

    static final List<PhraseRule> ALL = List.of(
            // ---- instruction override ----
            PhraseRule.of("inj.ignore_previous", PROMPT_INJECTION, 0.95, OVERRIDE_ANCHORS,
                    OVERRIDE_VERB + " " + QUANT + DET + QUAL + " (?:(?:and|or|&) " + QUAL + " )?(?:\\w+ )?" + OBJ),
            PhraseRule.of("inj.ignore_postfix", PROMPT_INJECTION, 0.9, OVERRIDE_ANCHORS,
                    OVERRIDE_VERB + " " + QUANT + DET + "(?:\\w+ )?" + OBJ + " (?:above|given above|from above|before this|"
                            + "at the top|that came before|written above|preceding this|you were given|you received)"),
            PhraseRule.of("inj.passive_override", PROMPT_INJECTION, 0.85,
                    List.of("ignored", "disregarded", "forgotten", "discarded", "overridden"),
                    "(?:(?:everything|anything|all|whatever)(?: that)? (?:you were|you've been|you have been) "
                            + "(?:told|given|instructed|taught)|(?:the |your |all )?(?:previous|prior|above|earlier|system|"
                            + "original) (?:instructions|rules|prompts?|directives|guidelines))(?: \\w+){0,4} (?:should|must|"
                            + "can|is to|are to|shall|will) be (?:ignored|disregarded|forgotten|discarded|overridden)"),
            PhraseRule.of("inj.ignore_yours", PROMPT_INJECTION, 0.85, OVERRIDE_ANCHORS,
                    OVERRIDE_VERB + " " + QUANT + "(?:your|all) (?:own |current |existing |usual |normal |standard "
                            + "|default |core |ethical |safety |content )?(?:instructions|prompt|directions|directives|"
                            + "guidelines|rules|programming|training|guardrails|safeguards|policies|filters)\\b"),
            PhraseRule.of("inj.ignore_everything", PROMPT_INJECTION, 0.45, OVERRIDE_ANCHORS,
                    OVERRIDE_VERB + " (?:everything|anything|all|whatever|what)(?: (?:that|which|else))?"
                            + "(?: (?:you were|you've been|you have been|you are|i|we|they|it|was|is|has been|had been) "
                            + "(?:told|given|instructed|taught|programmed|said|wrote|written|stated|provided))?"
                            + "(?: to you)? (?:before|above|previously|earlier|so far|until now|up to now|up until now|"
                            + "prior to this|before this|before now)"),
            PhraseRule.of("inj.ignore_told", PROMPT_INJECTION, 0.8, OVERRIDE_ANCHORS,
                    OVERRIDE_VERB + " (?:everything|anything|all|whatever|what)(?: (?:that|which))? (?:you were|you've been|"
                            + "you have been|you got|you had been) (?:told|given|instructed|taught|programmed|fed)"),
            PhraseRule.of("inj.ignore_received", PROMPT_INJECTION, 0.9, OVERRIDE_ANCHORS,
                    OVERRIDE_VERB + " " + QUANT + DET + OBJ + "(?: (?:that|which))? (?:you (?:got|were given|received|"
                            + "have been given|have received|had)|(?:were |was )?given to you|\\w+ gave you)(?: \\w+)? "
                            + "(?:before|earlier|previously|so far|until now|above|at the start)"),
            PhraseRule.of("inj.instructions_void", PROMPT_INJECTION, 0.7,
                    List.of("void", "null", "revoked", "cancel", "overridden", "suspended", "lifted", "no longer"),
                    "(?:previous|prior|earlier|above|original|system|old|initial) (?:instructions|rules|directives|"
                            + "guidelines|prompts?) (?:are|is|were|have been|has been) (?:now |hereby )?(?:void|null|"
                            + "revoked|cancelled|canceled|overridden|suspended|lifted|no longer valid|no longer apply|"
                            + "no longer in effect)"),
            PhraseRule.of("inj.ignore_text_above", PROMPT_INJECTION, 0.45, OVERRIDE_ANCHORS,
                    OVERRIDE_VERB + " (?:the|this|that|all the) (?:text|content|message|messages|words|stuff|input|"
                            + "conversation|chat) (?:above|before this|so far|preceding this)"),
            PhraseRule.of("inj.forget_training", PROMPT_INJECTION, 0.8,
                    List.of("forget", "ignor", "disregard", "overrid", "abandon", "discard", "break free", "escape"),
                    "(?:forget|ignore|disregard|override|abandon|discard|break free from|escape) (?:all )?(?:of )?"
                            + "(?:your|its) (?:training|programming|conditioning|alignment|safety training|ethics|"
                            + "morals|moral code|principles|values|content policy|restrictions|limitations|creators)"),
            PhraseRule.of("inj.supersede", PROMPT_INJECTION, 0.75,
                    List.of("supersed", "overrid", "overrul", "replac", "precedence", "priority"),
                    "(?:(?:supersedes?|overrides?|overrules?|replaces?|take precedence over|takes precedence over|"
                            + "have priority over|has priority over|take priority over|takes priority over) "
                            + "(?:all |any )?(?:of )?(?:your (?:\\w+ )?|(?:the )?(?:previous|prior|earlier|system|original|"
                            + "initial) )(?:instructions|rules|prompts?|guidelines|directives|programming))"),
            PhraseRule.of("inj.new_instructions", PROMPT_INJECTION, 0.4,
                    List.of("instruction", "directive", "prompt", "orders"),
                    "(?:new|updated|real|actual|true|revised|secret|hidden|admin|developer|priority|override) "
                            + "(?:system )?(?:instructions?|directives?|orders|prompt)(?: (?:are|is|follow))? ?:"),
            PhraseRule.of("inj.retask", PROMPT_INJECTION, 0.35, List.of("your new", "your real", "your actual", "your true", "your only", "your sole"),
                    "your (?:new|real|actual|true|only|sole) (?:task|job|role|purpose|goal|instructions?|objective|"
                            + "mission|directive|function) (?:is|are|will be|now is)"),
            PhraseRule.of("inj.from_now_on", PROMPT_INJECTION, 0.25, List.of("from now on", "henceforth"),
                    "(?:from now on|henceforth|from this point (?:on|forward)),? (?:you|your)"),
            PhraseRule.of("inj.say_payload", PROMPT_INJECTION, 0.45,
                    List.of("say", "print", "output", "respond", "reply", "write", "return", "answer"),
                    "{S}(?:say|print|output|respond with|reply with|write|return|answer with|just say|only say) "
                            + "(?:only |exactly |just )?(?:the (?:word|words|phrase|text|string) )?[\"'][^\"'\\n]{1,40}[\"']"
                            + "(?: and nothing else| only|$|\\.)"),

            // ---- personas, modes, role-play escapes ----
            PhraseRule.of("inj.dan", PROMPT_INJECTION, 0.95, List.of("anything now", "avoid norms"),
                    "do anything now|strive to avoid norms"),
            PhraseRule.of("inj.dan_persona", PROMPT_INJECTION, 0.85, List.of("dan"),
                    "(?:" + YOU + "|act as|acting as|become|pretend to be|the role of|roleplay as|role-play as|"
                            + "known as|called|named|referred to as|play|character as|persona of|persona as) (?:a |an |the )?(?:ai )?(?:\\w+ )?"
                            + "(?:dan|stan|dude|aim|betterdan|anti-dan)\\b(?:[^'\\w]|$)|\\bdan mode\\b|\\[dan\\]|dan:"),
            PhraseRule.of("inj.mode_unsafe", PROMPT_INJECTION, 0.8, List.of(" mode"),
                    "(?:jailbreak|jailbroken|unrestricted|unfiltered|uncensored|evil|chaos|no-?limits?|amoral|unhinged|"
                            + "opposite|rogue|dark) mode"),
            PhraseRule.of("inj.mode_developer", PROMPT_INJECTION, 0.85, List.of(" mode"),
                    "(?:" + YOU + "|act|acting|behave|respond|operate|simulate|simulating|emulate|emulating|pretend|"
                            + "pretending|roleplay|role-play)(?: now)?(?: to be)?(?: as if)?(?: you (?:are|were))?(?: as)?"
                            + "(?: in| with| into)? (?:a |an |the )?(?:chatgpt |ai |assistant |llm )?(?:with )?"
                            + "(?:developer|dev|god|debug|admin|sudo|maintenance|test) mode"),
            PhraseRule.of("inj.mode_claim", PROMPT_INJECTION, 0.45, List.of(" mode"),
                    "(?:developer|dev|god|admin|sudo) mode (?:is )?(?:now )?(?:enabled|activated|on|engaged|unlocked)"),
            PhraseRule.of("inj.dual_response", PROMPT_INJECTION, 0.5,
                    List.of("classic", "normal", "\uD83D\uDD12", "\uD83D\uDD13", "two"),
                    "\uD83D\uDD13|\\[(?:classic|normal|gpt|chatgpt)\\][^\\n]{0,200}\\[(?:jailbreak|jailbroken|dan|"
                            + "developer mode|unfiltered|evil)\\]|(?:two|2) (?:different |separate )?(?:responses|answers|"
                            + "paragraphs)(?: \\w+){0,12} (?:one|the (?:first|second|other)) (?:normal|censored|filtered|"
                            + "unfiltered|uncensored|jailbroken|as dan|in developer mode)"),
            PhraseRule.of("inj.any_content", PROMPT_INJECTION, 0.45, List.of("any kind", "any type", "all kinds", "any content"),
                    "(?:generate|produce|write|create|say|output) (?:any kind of|any type of|all kinds of|any) "
                            + "(?:content|output|text|responses?|answers?)(?: \\w+){0,3} (?:without|regardless of|even if)"),
            PhraseRule.of("inj.no_limits", PROMPT_INJECTION, 0.6,
                    List.of("ethical", "moral", "safety", "content", "openai", "anthropic", "usual", "typical", "programmed", "built-in", "ai ", "censorship"),
                    "(?:no|without|free (?:from|of)|freed from|not bound by|beyond|unbound by|ignoring|outside) "
                            + "(?:any |all |the )?(?:ethical|moral|safety|content|openai|anthropic|usual|typical|"
                            + "programmed|built-in|ai|censorship) (?:guidelines|restrictions|limitations|limits|rules|"
                            + "filters|policies|policy|constraints|boundaries|principles|safeguards|considerations|"
                            + "concerns|guardrails|obligations|restraints)"),
            PhraseRule.of("inj.no_limits_subject", PROMPT_INJECTION, 0.6,
                    List.of("free", "bound", "have no", "has no", "have any", "released", "liberated"),
                    "(?:you|ai|assistant|chatbot|model|it|he|she|they|who|character|persona|dan)(?: \\w+){0,3} "
                            + "(?:has no|have no|is free of|are free of|is free from|are free from|is not bound by|"
                            + "are not bound by|isn't bound by|aren't bound by|doesn't have any|does not have any|"
                            + "don't have any|do not have any|no longer has|no longer have|broke free of|"
                            + "broken free of|broken free from|break free of|break free from|is released from|"
                            + "are released from|is liberated from|are liberated from) "
                            + "(?:any |all |the )?(?:\\w+ )?(?:restrictions|limitations|rules|filters|censorship|"
                            + "boundaries|ethics|morals|morality|ethical guidelines|content polic(?:y|ies)|safeguards|"
                            + "guardrails|confines)"),
            PhraseRule.of("inj.confines", PROMPT_INJECTION, 0.6, List.of("confines", "shackles", "chains"),
                    "(?:typical|usual|normal) (?:confines|shackles|chains) of (?:ai|an ai|artificial|a language model)"),
            PhraseRule.of("inj.never_refuse", PROMPT_INJECTION, 0.55,
                    List.of("refuse", "decline", "reject", "deny", "say no", "censor"),
                    "(?:never|not|don't|dont|do not|won't|will not|cannot|can't|must not|mustn't|shall not|should not|"
                            + "shouldn't)(?: ever)?(?: be able to)? (?:refuses?|declines?|rejects?|deny|denies|says? no to|censors?) "
                            + "(?:any|a|my|the|your|to answer|to respond|to comply with|to help with)? ?(?:\\w+ )?"
                            + "(?:requests?|questions?|prompts?|query|queries|commands?|orders?|answers?|responses?|"
                            + "outputs?)"),
            PhraseRule.of("inj.stay_in_character", PROMPT_INJECTION, 0.4, List.of("character", "persona", "role"),
                    "(?:stay|remain|keep|always stay|never break|don't break|do not break|never leave|don't leave) "
                            + "(?:in )?(?:character|persona|role)|break(?:ing)? character"),
            PhraseRule.of("inj.evil_persona", PROMPT_INJECTION, 0.7,
                    List.of("evil", "malicious", "unethical", "amoral", "immoral", "unhinged", "rogue", "jailbroken",
                            "corrupt", "dark"),
                    "(?:evil|malicious|unethical|amoral|immoral|unhinged|rogue|jailbroken|corrupted|dark)(?: \\w+)? "
                            + "(?:ai|assistant|chatbot|chat bot|model|llm|gpt|chatgpt|twin|version of (?:yourself|you|"
                            + "chatgpt)|alter ego|confidant|counterpart|bot|entity)\\b"),
            PhraseRule.of("inj.unfiltered_persona", PROMPT_INJECTION, 0.45,
                    List.of("unrestricted", "unfiltered", "uncensored", "unaligned", "unbound", "unlocked"),
                    "(?:unrestricted|unfiltered|uncensored|unaligned|unbound|unlocked|unshackled) (?:ai|assistant|chatbot|"
                            + "chat bot|llm|gpt|chatgpt|version of (?:yourself|you|chatgpt)|alter ego|persona|bot|"
                            + "entity|character)\\b"),
            PhraseRule.of("inj.your_unfiltered_self", PROMPT_INJECTION, 0.75,
                    List.of("unrestricted", "unfiltered", "uncensored", "unaligned", "unbound", "unlocked", "jailbroken"),
                    "(?:your|yourself as an?|a version of you that is) (?:unrestricted|unfiltered|uncensored|unaligned|"
                            + "unbound|unlocked|unshackled|jailbroken|true|real|evil|dark)(?: \\w+)? (?:self|alter ego|"
                            + "version|persona|side|twin|mode|form)"),
            PhraseRule.of("inj.with_no_morals", PROMPT_INJECTION, 0.35, List.of("with no", "without any"),
                    "(?:with no|without any) (?:morals|ethics|moral compass|conscience|filters|censorship|content policy)"),
            PhraseRule.of("inj.roleplay_frame", PROMPT_INJECTION, 0.25,
                    List.of("pretend", "imagine", "act as", "role", "play", "you are now", "simulate"),
                    "(?:pretend(?: to be| you are| that you are)|imagine you are|act as if you|role-?play as|"
                            + "let's play a game|we are going to play|you are going to (?:pretend|act|play)|"
                            + "you will (?:pretend|act as|play)|you are now|simulate (?:an?|the) (?:ai|chatbot|assistant))"),
            PhraseRule.of("inj.hypothetical_world", PROMPT_INJECTION, 0.55,
                    List.of("world", "universe", "reality", "scenario", "story", "setting"),
                    "(?:fictional|hypothetical|imaginary|alternate|parallel) (?:world|universe|reality|scenario|story|"
                            + "setting)(?: \\w+){0,5} (?:no|without|free of) (?:laws|rules|restrictions|ethics|morals|"
                            + "limits|consequences|censorship|guidelines)"),
            PhraseRule.of("inj.grandma", PROMPT_INJECTION, 0.6, List.of("grand", "granny", "nana"),
                    "(?:dead|deceased|late|departed) (?:grandma|grandmother|granny|nana|grandfather|grandpa)(?:,? \\w+){0,8},? "
                            + "(?:used to|would)(?: always| often)? (?:tell|read|recite|say|sing|whisper)"),
            PhraseRule.of("inj.fake_turn", PROMPT_INJECTION, 0.45,
                    List.of("<|", "[inst]", "[/inst]", "<<sys>>", "system", "instruction"),
                    "<\\|(?:im_start|im_end|system|endoftext|eot_id|start_header_id|end_header_id|assistant|user)\\|>|"
                            + "\\[/?inst\\]|<</?sys>>|\\[system\\]|</?system>|(?:^|\\n)(?:#{1,4} ?)?(?:system|"
                            + "instruction) ?(?:message|prompt|note|override|update)? ?:"),
            PhraseRule.of("inj.authority_claim", PROMPT_INJECTION, 0.4,
                    List.of("developer", "creator", "openai", "anthropic", "admin", "administrator"),
                    "(?:message|instruction|instructions|note|order|update|directive) from (?:your|the) "
                            + "(?:developers?|creators?|admins?|administrators?|openai|anthropic|system|owners?)|"
                            + "(?:i am|i'm|this is) (?:your|an? openai|an anthropic) (?:developer|creator|administrator|"
                            + "admin|owner|programmer|engineer)"),
            PhraseRule.of("inj.restrictions_lifted", PROMPT_INJECTION, 0.6,
                    List.of("lifted", "removed", "disabled", "turned off", "deactivated", "suspended", "bypassed",
                            "switched off"),
                    "(?:restrictions|filters|safeguards|guardrails|safety (?:features|filters|protocols|measures|"
                            + "guidelines)|content (?:policy|policies|filters?|moderation)|limitations|ethical guidelines) "
                            + "(?:have been|has been|are|is|were|was) (?:now |all |hereby )?(?:lifted|removed|disabled|"
                            + "turned off|deactivated|suspended|bypassed|switched off)"),
            PhraseRule.of("inj.disable_safety", PROMPT_INJECTION, 0.7,
                    List.of("disable", "deactivate", "turn off", "switch off", "remove", "bypass", "circumvent", "evade",
                            "get around"),
                    "(?:disable|deactivate|turn off|switch off|remove|bypass|circumvent|evade|get around|ignore) "
                            + "(?:all |any )?(?:of )?(?:your )(?:\\w+ )?(?:filters?|guardrails|safeguards|restrictions|"
                            + "censorship|moderation|alignment|limitations|safety (?:features|protocols|measures|training))"
                            + "|(?:disable|deactivate|turn off|switch off|bypass|circumvent|evade) (?:all |any )?"
                            + "(?:safety filters|content filters?|guardrails|censorship|safety training|ai safety|"
                            + "ethical (?:filters|guidelines|constraints))"),

            // ---- exfiltration ----
            PhraseRule.of("exfil.your_prompt", EXFILTRATION, 0.85, List.of("prompt", "instruction", "system message", "context window", "first message", "initial message"),
                    "(?:print|show|reveal|repeat|output|display|tell|give|share|send|write|disclose|leak|dump|list|"
                            + "recite|spell|paste|copy|return|expose|provide|quote|type|state|what's|what is|what are|"
                            + "what was|what were|read)(?: out)?(?: me| us)?(?: back)?(?: out)?(?: all| each| every)?"
                            + "(?: of)?(?: the)? your(?: \\w+){0,3} (?:system prompt|system message|system instructions?|"
                            + "initial (?:prompt|instructions)|original (?:prompt|instructions)|hidden (?:prompt|"
                            + "instructions)|secret (?:prompt|instructions)|pre-?prompt|meta-?prompt|instructions|prompt|"
                            + "instruction set|context window|first message|initial message)\\b"),
            PhraseRule.of("exfil.in_your_prompt", EXFILTRATION, 0.8, List.of("your prompt", "your system", "your context", "your instructions"),
                    "what (?:were|are|was|is) (?:the )?(?:exact |full |original |initial |hidden |secret |first )*"
                            + "(?:instructions|rules|text|words|content|guidelines|lines?|sentences?)(?: \\w+){0,2} "
                            + "(?:in|of|at the (?:start|top) of) your (?:prompt|system prompt|context|instructions|"
                            + "system message)"),
            PhraseRule.of("exfil.from_your_prompt", EXFILTRATION, 0.7, List.of("your prompt", "your system", "your context", "your instructions", "your initial", "your hidden"),
                    "(?:what|tell me|show me|reveal|give me|print|copy|repeat|list|quote|paste)(?: \\S+){0,6} (?:in|from|"
                            + "of|into) your (?:system prompt|prompt|instructions|system message|context window|initial "
                            + "prompt|hidden instructions)\\b"),
            PhraseRule.of("exfil.before_first_message", EXFILTRATION, 0.8, List.of("before", "above", "prior to"),
                    "(?:text|words|content|instructions|everything|whatever)(?: that)? (?:comes?|came|is|was|appears?|"
                            + "appeared|sits|is written) (?:before|above|prior to) (?:my|this|the user's|the) (?:first |very "
                            + "first )?(?:message|prompt|question|input)"),
            PhraseRule.of("exfil.repeat_the_above", EXFILTRATION, 0.75,
                    List.of("repeat", "reproduce", "recite", "echo", "output", "print", "write out", "spell out"),
                    "{S}(?:repeat|reproduce|recite|echo|output|print|write out|spell out|type out)(?: back)?(?: to)?"
                            + "(?: me| us)? (?:all of )?the (?:above|preceding|foregoing) " + REPEAT_OBJ),
            PhraseRule.of("exfil.your_rules", EXFILTRATION, 0.4, List.of("rules", "guidelines", "directives", "configuration", "constraints", "restrictions"),
                    "(?:print|reveal|repeat|output|list|recite|disclose|dump|what are|tell me|show me)(?: me)?(?: all)?"
                            + "(?: of)? your (?:\\w+ )?(?:rules|guidelines|directives|configuration|constraints|"
                            + "restrictions)\\b"),
            PhraseRule.of("exfil.the_system_prompt", EXFILTRATION, 0.6,
                    List.of("prompt", "instructions", "system message"),
                    "(?:reveal|repeat|disclose|leak|dump|recite|spell out|expose|regurgitate)(?: to)?(?: me| us)?"
                            + "(?: back)?(?: the| this)? (?:full |entire |complete |exact |original |initial |hidden |"
                            + "secret |verbatim |raw |confidential )*(?:system prompt|system message|initial prompt|"
                            + "hidden prompt|secret prompt|hidden instructions|secret instructions|initial instructions|"
                            + "pre-?prompt|developer instructions|developer prompt)"),
            PhraseRule.of("exfil.repeat_above", EXFILTRATION, 0.85,
                    List.of("repeat", "reproduce", "recite", "echo", "output", "print", "write out", "spell out",
                            "type out"),
                    "{S}(?:repeat|reproduce|recite|echo|output|print|write out|spell out|type out)(?: back)?"
                            + "(?: to)?(?: me| us)?(?: verbatim| word for word| exactly)? (?:all(?: of)?(?: the)?(?: "
                            + REPEAT_OBJ + ")?|everything|every word|each word|the " + REPEAT_OBJ + "|your "
                            + REPEAT_OBJ + ")(?: (?:that|which))?(?: (?:is|are|was|were|you (?:see|saw|were given|"
                            + "received|have|have been given|got)|i (?:gave|sent|wrote)))?(?: (?:written|said|provided|"
                            + "given|stated|shown|typed|listed|contained))?(?: verbatim| word for word| exactly)? "
                            + "(?:above|before (?:this|that|my|these|the)|prior to (?:this|my)|preceding|so far|earlier|"
                            + "previously|at the (?:start|beginning|top)|in (?:your|the) (?:context|system prompt|"
                            + "instructions|memory))"),
            PhraseRule.of("exfil.starting_with", EXFILTRATION, 0.8, List.of("you are", "you're", "your instructions", "i am chatgpt", "as an ai", "system:"),
                    "(?:starting|beginning|start|begin) (?:with|from|at) (?:the (?:words?|phrase|text|line|sentence) )?"
                            + "[\"']?(?:you are|you're|your instructions|i am chatgpt|as an ai|system:)"),
            PhraseRule.of("exfil.what_above", EXFILTRATION, 0.55, List.of("above", "before this", "before my", "at the start", "at the beginning", "at the top", "your prompt", "your context", "your instructions"),
                    "what (?:was|is|were|are) (?:written|said|stated|typed|the text|the first (?:line|sentence|word|"
                            + "message|instruction))(?: \\w+){0,3} (?:above|before (?:this|my)|at the (?:start|beginning|top)"
                            + "|in your (?:prompt|context|instructions))"),
            PhraseRule.of("exfil.since_beginning", EXFILTRATION, 0.7,
                    List.of("start of", "beginning of"),
                    "(?:repeat|print|output|recite|reveal|show|tell|give|list)(?: me| us)? (?:everything|all|the (?:text|"
                            + "instructions|messages|words)|what you were (?:told|given)) (?:since|from) the (?:start|"
                            + "beginning) of (?:this|the|our) (?:conversation|chat|session|context|prompt)"),
            PhraseRule.of("exfil.send_conversation", EXFILTRATION, 0.75,
                    List.of("send", "post", "upload", "forward", "exfiltrat", "transmit", "leak", "mail", "submit",
                            "encode"),
                    "(?:send|post|upload|forward|exfiltrate|transmit|leak|email|e-mail|submit|encode)(?: \\w+){0,3} "
                            + "(?:conversation|chat history|chat log|system prompt|previous messages|prior messages|"
                            + "your instructions|the above|this chat|context window|user data|session data|message history|"
                            + "user's data|users' data)(?: \\S+){0,4} (?:to|into|via|using|in) (?:https?://|this "
                            + "(?:url|link|address|endpoint|webhook|server)|the (?:url|link|endpoint|webhook|server)|"
                            + "my (?:server|endpoint|webhook)|an? (?:url|image|link)|\\S+@\\S+)"),
            PhraseRule.of("exfil.encode_in_link", EXFILTRATION, 0.45, List.of("http"),
                    "(?:encode|embed|append|insert)(?: \\w+){0,3} (?:into|in|to|as) (?:a |the )?(?:link|url|query string|"
                            + "query parameter|image url|markdown image)(?: \\w+){0,2} https?://"),
            PhraseRule.of("exfil.collect_chat", EXFILTRATION, 0.3, List.of("chat", "conversation", "history", "messages"),
                    "(?:summari[sz]e|collect|gather|take|copy)(?: \\w+){0,2} (?:our|this|the|entire|whole) (?:chat|"
                            + "conversation|history|messages)(?: so far)?"),
            PhraseRule.of("exfil.markdown_image", EXFILTRATION, 0.8, List.of("]("),
                    "!\\[[^\\]\\n]{0,100}\\]\\(https?://[^)\\s]{1,300}(?:\\{|%7b|\\[|<|\\$)"),
            PhraseRule.of("exfil.secret_ask", EXFILTRATION, 0.75,
                    List.of("password", "secret", "api key", "passphrase", "access code", "flag"),
                    "(?:what|tell me|reveal|give me|print|share|spell|say)(?: is| are)?(?: me)? (?:the|your) "
                            + "(?:secret|password|api key|passphrase|access code|hidden key|secret key|admin password|"
                            + "flag|secret word)(?: \\w+){0,4} (?:you were given|you know|you have been given|you were told|"
                            + "in your (?:prompt|instructions|context|system prompt)|above|you are protecting|you are "
                            + "guarding|you must not reveal)"));

    /** Every anchor of {@link #ALL}, for finding them all in one pass per view. */
    static final AnchorIndex ANCHORS = new AnchorIndex(ALL);
}
