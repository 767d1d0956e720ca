package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Figures.unitOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;

/** Questions that ask the value of an input the model uses ("what capex number are you using?", "bear case exit?"). */
final class InputLookups {
    private static final Pattern LOOKUP_CUE = Pattern.compile(
            "(?:do|did|are|were|does|is|have|has) (?:you|u|we|the model|it) (?:assum|us|using|run|put|giv|have|got|plug|mark|valu|pric|book|carry|apply|pencil)|\\b(?:you|u|we)(?:'?re| are)? (?:running|using|assuming|modell?ing|plugging|carrying|marking|pencill?ing)\\b|\\bassum(?:e|ed|es|ption)s?\\b|\\bpremises?\\b"
                    // "assuming the bull exit, what irr": a condition at a clause's start, not "the exit you are assuming"
                    + "|(?<!^)(?<![,;:.!?(] )(?<!\\band )(?<!\\bbut )\\bassuming\\b"
                    + "|in the model|in (?:the|your|our) (?:model|numbers|math|inputs|assumptions|case)|in (?:the|your|our) (?:\\w+ )?(?:maths?|calcs?|calculations?)\\b|\\busing\\b|\\bused\\b|\\buses\\b|\\b(?:does|do|did) (?:[\\w']+ ){1,3}?(?:use|plug in|pencil in|bake in)\\b|\\b(?:you|we|u) (?:use|assume|plug in|pencil in)\\b|\\bmodel'?s?\\b|(?:=|:) ?\\?*$|you'?ve got|\\bput on\\b(?! the table)"
                    + "|\\bmodel(?:l?ing|l?ed)\\b|\\bnumber\\b|\\bfigure\\b|\\bplug(?:ged|ging)?\\b|\\b(?:you|u|we)(?:'ve|'d| have| had)? (?:got|have|had|put|peg(?:ged)?|pencil(?:l?ed)?|carry|mark(?:ed)?|set) (?:it|that|them) at\\b|\\bbak(?:e|es|ed|ing) in|\\bbuilt (?:in(?:to)?|on|upon|around)\\b|\\b(?:premised|predicated|based) (?:up)?on\\b|\\brests? on\\b|\\bbaked\\b|do (?:you|u) (?:reckon|think|expect|have)\\b|\\bcarry(?:ing)?\\b|\\bpencil(?:l?ed|l?ing)? in\\b|according to (?:the|your) model"
                    // "what holding period underlies the irr", "the margin applied to aws revenue", "embedded in bull"
                    + "|\\bunderl(?:ie|ies|ying|ay)\\b|\\bunderwrit(?:e|es|ing|ten)\\b|\\b(?:is |are |was |being )?applied (?:to|in)\\b|\\bembedded\\b|\\b(?:sits?|sitting|sat) (?:behind|under(?:neath)?)\\b|\\b(?:do|did) (?:you|u|we) take (?:aws|amazon|openai|it|them|the \\w+) to\\b|\\bfeed(?:s|ing)? (?:into |in )?the\\b|\\bfeeds? into\\b|\\bgoes into\\b"
                    // a spreadsheet's words: "what hold period sits in the irr formula", "what's the round size cell set to"
                    // "what holding period is the irr calc running on", "hold length behind the irr figures"
                    // "which hold period is wired into the irr", "what hold period is the irr worked out over"
                    + "|\\bwired (?:in(?:to)?|up to)\\b|\\b(?:worked out|calculated|computed|figured|run|spread) over\\W*$"
                    + "|\\b(?:running|runs|run|built|based|calculated|computed|worked out) on\\W*$|\\bbehind (?:the|your|its|that|those|our) (?:[\\w']+ )?(?:figures?|numbers?|calcs?|calculations?|maths?|outputs?|results?|irr|moic|returns?)\\b"
                    // "which holding period is inside your irr calculation"
                    + "|\\binside (?:the|your|its|that|our) (?:[\\w']+ )?(?:calcs?|calculations?|maths?|formulas?|model|numbers?|figures?|irr|moic)\\b"
                    + "|\\bsits? in\\b|\\bset (?:to|at)\\W*$|\\bparam(?:eter)?s?\\b|\\bcells?\\b|\\bin (?:the|your|our) (?:\\w+ )?formulas?\\b|\\bhard-?cod(?:e|ed|ing)\\b"
                    // where the value comes from, which the lookup answers with its quote or says is an assumption: "where
                    // does the 35% margin come from", "is the 5y hold sourced or made up", "what's the basis for the capture"
                    + "|\\bwhere (?:does|do|did) (?:[\\w'%.$]+ ){0,6}?come from\\b|\\bsourced\\b|\\bmade up\\b|\\bwho says\\b"
                    + "|\\b(?:what'?s|what is|what are) the (?:source|sources|basis|provenance|support) (?:for|of|behind)\\b");
    /**
     * "under your assumptions", "per the model", "at the margin you are assuming": says which numbers to use, not that an
     * input's value is asked ("how much of openai's compute ends up as aws revenue under your assumptions" asks for the
     * revenue) when the question holds a metric word, strong or weak ("which profit does that give, at the margin you are
     * assuming"); without one, "how large is the round, according to the model?" asks for the input.
     */
    private static final Pattern QUALIFIER = Pattern.compile(
            "\\b(?:under|with|given|per|on|by|according to|as per|based on|in line with) (?:the |your |our |its |these |those )?"
                    + "(?:model'?s? |current |base |own |usual |default |same |(?:bull|bear|base)(?: case)? )?(?:assumptions?|model|inputs|numbers)\\b"
                    + "|\\bat (?:the |your |our )?(?:[\\w']+ ){1,2}(?:you(?:'re| are)?|we(?:'re| are)?|the model(?:'s| is)?) (?:assuming|using|taking)\\b"
                    + "|\\bat (?:the |your |our )?(?:assumed|default|base[- ]case) \\w+");
    /** Asking what something is for ("what's the campus for", "what is that money actually for?", "… for, exactly?"): its purpose. */
    private static final Pattern PURPOSE = Pattern.compile(
            "\\bwhat(?:'s)?(?: \\w+){1,6}? (?:actually |really |even |supposed to be |meant to be )?for,?(?: exactly| really| actually| then| again)?\\W*$");
    /** "how much is the indiana campus and what is it for": the amount asked first, its purpose in a clause of its own. */
    private static final Pattern AMOUNT_THEN_PURPOSE = Pattern.compile(
            "^(?:\\w+ )?(?:how (?:much|big|large)|what(?:'s| is| does)) [^,;?]{0,60}?(?:,|;|\\?| and| also)\\s*(?:and )?what(?:'s| is| are)? (?:it|that|this|they|the \\w+)(?: \\w+){0,3}? for\\b");
    // ("what are you assuming for how much of openai's compute goes to aws": after a lookup's verb, "for" names what is asked)
    private static final Pattern CONTEXT_PREPOSITION = Pattern.compile(
            "(?<!\\b(?:assuming|assume|assumed|using|use|used|plugging|plug|plugged|putting|put|pencilling|penciling|pencil|carrying|carry)\\s)"
                    // "over the model's standard holding period": a period the metric is computed over
                    + "\\b(?:in|for|of|on|at|from|during|within|per|with|under|over|across)\\s+(?:(?:the|an?|its|our|your|their|this|that)\\s+)?(?:(?!(?:what|which|how)\\b)[a-z]+(?:'s?)?\\s+){0,2}$");
    /** A name that is itself a question: "what holding period", "which margin", "how long a hold". */
    private static final Pattern ASKING_NAME = Pattern.compile("(?:what|which|how)\\b");
    /** A share asked: "what share of", "what % of". */
    private static final Pattern SHARE_ASKED = Pattern.compile(
            "\\b(?:what|which|how much of a|how big a) (?:share|percentage|percent|%|portion|fraction|proportion|slice|cut) of\\b");
    /** An apology, to its sentence's end: "sorry if the campus shouldn't count, i wasn't sure". */
    private static final Pattern APOLOGY = Pattern.compile("\\b(?:sorry|apologies)\\b(?: (?:if|for|that|about)\\b[^.?!,;]*)?");
    /** A negated alternative, up to its clause's end: "not the share it's assumed to get". */
    private static final Pattern NOT_ASKED = Pattern.compile("\\bnot (?:the|a|an|its|our|your|their) [^,.;?!]{1,60}");
    /** "including the", "plus": what follows is counted into the asked total. */
    private static final Pattern COUNTED_IN = Pattern.compile(
            "\\b(?:including|incl\\.?|plus|together with|along with|on top of|counting)\\s+(?:(?:the|its|their|our)\\s+)?(?:[a-z]+\\s+){0,2}$");
    // (each word with its "'s": "what's the round size" is "what is the round size"; alternatives are tried in order, so
    // without it "what" would match and leave "'s" behind, and the question would read as naming more than the input)
    private static final Pattern LOOKUP_FILLER = Pattern.compile(
            "\\b(?:it's|what|what's|whats|which|is|are|the|a|an|of|for|in|on|at|to|amazon'?s?|openai'?s?|aws'?s?|its|their|our|your"
                    + "|case|scenario|base|bull|bear|2026|exactly|again|remind me|quick q|so|and|ok|okay|please|total|current|currently"
                    + "|now|size|value|level|rate|how|big|large|much|long|do|does|did|has|have|had|been|so far|you|we|u|there|that|this|it|one"
                    + "|altogether|in total|overall|all told|again|roughly|approximately|about|cost|costs|costing|worth|spent|spend|raised"
                    + "|raising|invested|put|paid|reckon|think|expect|figure|currently|right now|actually|really|over|across|spread|split"
                    + "|spread out|openai|anthropic|aws|amazon|deal|for|with|by|from|pct|percent|versus|vs|compared?|comparison|side by side"
                    // when the input applies: "how long do we hold this before we check what it's worth"
                    + "|before|until|till|pretend(?:ing)?|check(?:s|ing)?|marked?|sell(?:ing)?)(?:'s)?\\b|[?!.,:=%]");

    /**
     * The words left over once the names and fillers are gone, less the words of the looked-up inputs' own labels from
     * scenario.yaml: "what is the funding round size" or "the aws operating margin" say no more than the input's label.
     */
    private String withoutOwnLabel(String leftover, List<InputId> ids) {
        if (leftover.isEmpty()) {
            return leftover;
        }
        java.util.Set<String> own = new java.util.HashSet<>();
        for (InputId id : ids) {
            for (String word : model.require(id.id()).label().toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9-]+")) {
                own.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            }
        }
        StringBuilder kept = new StringBuilder();
        for (String word : leftover.split("\\s+")) {
            String bare = word.replaceAll("'s$", "");
            if (!own.contains(bare) && !own.contains(bare.endsWith("s") ? bare.substring(0, bare.length() - 1) : bare)) {
                kept.append(kept.length() == 0 ? "" : " ").append(word);
            }
        }
        return kept.toString();
    }

    /** A condition the question starts with, up to its comma: "assuming …,", "if …,", "given …,". */
    private static final Pattern LEADING_CONDITION = Pattern.compile(
            "^(?:assuming|if|suppose|supposing|given|say|with|were)\\b[^,;?]{0,160}[,;]");
    /** A valuation named without saying which, in a question about a scenario's values. */
    private static final Pattern SCENARIO_VALUATION = Pattern.compile(
            "\\bvaluation\\b|\\bvalue (?:of|for) openai\\b|\\bopenai(?:'s)? (?:is |would be |will be |ends up )?(?:worth|valued)\\b");

    /** Words that ask for reasons or consequences, not for a value. */
    private static final Pattern WORDS_ASKED = Pattern.compile(
            "\\b(?:why|how come|worry|worried|worries|concern(?:s|ed)?|risks?|what happens|what would happen|downside of|upside of)\\b");

    /** "at that margin", "with the same exit": a figure of the thread pointed at, before the input's name. */
    private static final Pattern POINTED_AT = Pattern.compile(
            "\\b(?:at|with|on|under|using|for|keeping|keep) (?:that|this|the same|those|these|same|my|our|your) (?:\\w+ )?$");

    private final Knowledge knowledge;
    private final ScenarioModel model;

    InputLookups(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.model = knowledge.model;
    }

    /**
     * Inputs the question asks the value of: it names an input and either says so ("do you assume", "in the
     * model") or says nothing else ("bear case exit valuation?").
     */
    List<InputId> lookups(Work w, boolean cueRequired) {
        if (PURPOSE.matcher(w.s).find() || WORDS_ASKED.matcher(w.s).find()) {
            // "what is the indiana campus actually for?", "what's the worry if openai builds its own data centers":
            // what it does or what could happen, in words, not a value
            return List.of();
        }
        if (w.mentions.stream().anyMatch(m -> !m.consumed && m.amount.kind() != Amount.Kind.CALENDAR_YEAR && !restatesAny(w, m))) {
            return List.of();
        }
        // beside a metric word, "under your assumptions" or "at the margin you assume" says how to compute it (positions kept)
        // a guess at the answer after the question ("…, north of 100% i assume?") asks nothing of its own
        // "not the share it's assumed to get, the breakeven one": what is not asked says nothing about what is
        // "…? sorry if the campus shouldn't count": an apology asks nothing
        // "in the bear case (my own exit figure remaining in force, I would hope), what would the combined payoff be?": an
        // aside in brackets beside a metric asked outside it asks nothing of its own
        boolean asideApart = w.hits.stream().anyMatch(h -> !inAside(w.s, h.start()));
        String unasked = blank(APOLOGY, blank(NOT_ASKED, asideApart ? blank(ASIDE, w.s) : w.s));
        String said = w.guessFrom < w.s.length() ? unasked.substring(0, w.guessFrom) + " ".repeat(w.s.length() - w.guessFrom) : unasked;
        Matcher condition = LEADING_CONDITION.matcher(said);
        if (cueRequired && condition.lookingAt()) {
            // "assuming the bull exit over the model's holding period, what annual return …": the condition names the
            // inputs it fixes; what is asked comes after it
            said = " ".repeat(condition.end()) + said.substring(condition.end());
        }
        // (unless the question asks for a share and its only metrics are sums: "what share of oai's compute spend goes
        // to aws, per your assumptions" asks the share the model assumes, not the revenue)
        boolean shareOfSums = SHARE_ASKED.matcher(w.s).find() && w.hits.stream().allMatch(h -> h.metric().unit() == Unit.USD_BILLIONS)
                && knowledge.namedInputs(w).stream().anyMatch(n -> model.require(n.id().id()).unit() == Unit.RATIO);
        String asked = !w.hits.isEmpty() && !shareOfSums
                ? blank(QUALIFIER, said) : said;
        boolean cue = LOOKUP_CUE.matcher(asked).find();
        List<Named> names = new ArrayList<>(knowledge.namedInputs(w));
        // a name a metric phrase continues or ends is the metric's ("compute spend per year" asks for the yearly spend,
        // "the investment plus the indiana campus" for the commitment)
        names.removeIf(n -> w.hits.stream().anyMatch(h -> h.strong() && h.start() < n.end() && n.start() < h.end()
                && (h.end() > n.end() || h.start() < n.start())));
        // and a name in an apology ("sorry if the campus shouldn't count") or in what is not asked is neither
        names.removeIf(n -> unasked.substring(n.start(), n.end()).isBlank());
        // beside a metric the question names, a name after a preposition only says where ("the pre-money valuation *in
        // this round*, as per the model"): the metric is asked, not the round
        if (w.hits.stream().anyMatch(h -> h.strong() && names.stream().noneMatch(n -> h.start() < n.end() && n.start() < h.end()))) {
            // and a name the metric counts in ("anthropic commitment including the indiana campus") is a part of it
            // (a name that asks, "over what holding period", is asked, whatever comes before it)
            names.removeIf(n -> !ASKING_NAME.matcher(w.s.substring(n.start(), n.end())).lookingAt()
                    && CONTEXT_PREPOSITION.matcher(w.s.substring(Math.max(0, n.start() - 30), n.start())).find()
                    || COUNTED_IN.matcher(w.s.substring(Math.max(0, n.start() - 30), n.start())).find());
        }
        if (w.state != null && !w.state.metrics().isEmpty()) {
            // "and base vs bear at that margin?": in a thread of numbers, a name pointed at says which figure to keep
            names.removeIf(n -> POINTED_AT.matcher(w.s.substring(Math.max(0, n.start() - 25), n.start())).find());
        }
        if (names.isEmpty() && cue && w.hits.isEmpty() && !w.scenarios.isEmpty()) {
            // "what valuation is the bear case built on": of the valuations, only the exit differs by scenario
            Matcher v = SCENARIO_VALUATION.matcher(w.s);
            if (v.find()) {
                names.add(new Named(InputId.EXIT_VALUATION, v.start(), v.end()));
            }
        }
        names.sort(java.util.Comparator.comparingInt(Named::start)); // the reply lists them in the order asked
        List<InputId> out = new ArrayList<>();
        StringBuilder blanked = new StringBuilder(asked);
        for (Named n : names) {
            if (!out.contains(n.id())) {
                out.add(n.id());
            }
            for (int i = n.start(); i < n.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        for (Mention m : w.mentions) {
            for (int i = m.start(); i < m.end(); i++) {
                blanked.setCharAt(i, ' '); // figures here restate the model's values (checked above)
            }
        }
        String rest = blanked.toString();
        if (out.isEmpty()) {
            return out;
        }
        // a name inside a longer name ("post" in "post-money") or a valuation both entry and exit: keep the specific
        if (out.contains(InputId.EXIT_VALUATION) && out.contains(InputId.POST_MONEY_VALUATION)
                && !w.s.contains("post") && !w.s.contains("entry")) {
            out.remove(InputId.POST_MONEY_VALUATION);
        }
        for (Hit h : w.hits) {
            rest = rest.replace(h.phrase(), " ");
        }
        String leftover = withoutOwnLabel(LOOKUP_FILLER.matcher(LOOKUP_CUE.matcher(rest).replaceAll(" ")).replaceAll(" ").trim(), out);
        if (cue || (!cueRequired && leftover.isEmpty())) {
            w.cues.add("input lookup " + out.stream().map(InputId::id).toList());
            return out;
        }
        return List.of();
    }

    /**
     * The one input a question names when it names no metric and no figure of its own ("bear exit val you plug?",
     * "which margin sits in the bull case"), or nothing when it names none or several.
     */
    List<InputId> namedAlone(Work w) {
        // a figure to check ("my notes say $1.2T") or one the model already has asks nothing of its own
        if (PURPOSE.matcher(w.s).find() && !AMOUNT_THEN_PURPOSE.matcher(w.s).find() || !w.hits.isEmpty()
                || w.mentions.stream().anyMatch(m -> !m.consumed && m.amount.kind() != Amount.Kind.CALENDAR_YEAR && !restatesAny(w, m))) {
            return List.of();
        }
        List<InputId> ids = knowledge.namedInputs(w).stream().map(Named::id).distinct().toList();
        if (ids.size() == 2 && ids.contains(InputId.EXIT_VALUATION) && ids.contains(InputId.POST_MONEY_VALUATION)
                && !w.s.contains("post") && !w.s.contains("entry")) {
            return List.of(InputId.EXIT_VALUATION);
        }
        return ids.size() == 1 ? ids : List.of();
    }

    /** The inputs counted in years that the question names ("how many years till …", "the compute window"). */
    List<InputId> namedYearInputs(Work w) {
        return knowledge.namedInputs(w).stream().map(Named::id).distinct()
                .filter(id -> model.require(id.id()).unit() == Unit.YEARS).toList();
    }

    /**
     * "over how many years is the irr worked out in your model": a number of years asked of the model's own working,
     * no period named, of metrics that read exactly one period: that period.
     */
    List<InputId> yearsTheMetricsRead(Work w, List<Metric> metrics) {
        if (!LOOKUP_CUE.matcher(w.s).find() || metrics.isEmpty()) {
            return List.of();
        }
        java.util.Set<InputId> periods = new java.util.LinkedHashSet<>();
        for (Metric m : metrics) {
            knowledge.reads.getOrDefault(m, java.util.Set.of()).stream()
                    .filter(id -> model.require(id.id()).unit() == Unit.YEARS).forEach(periods::add);
        }
        if (periods.isEmpty()) {
            // "how long does the model assume amazon holds the stake": the stake reads no period, but the period of the
            // metrics that share the most inputs with it does (the stake's inputs are the holding period's metrics' too)
            periods.addAll(periodsOfNearest(metrics));
        }
        return periods.size() == 1 ? List.copyOf(periods) : List.of();
    }

    /** The periods read by the metrics that share the most inputs with {@code metrics}, from the model's own formulas. */
    private java.util.Set<InputId> periodsOfNearest(List<Metric> metrics) {
        java.util.Set<InputId> named = new java.util.HashSet<>();
        metrics.forEach(m -> named.addAll(knowledge.reads.getOrDefault(m, java.util.Set.of())));
        int best = 0;
        java.util.Set<InputId> out = new java.util.LinkedHashSet<>();
        for (Map.Entry<Metric, java.util.Set<InputId>> e : knowledge.reads.entrySet()) {
            java.util.Set<InputId> years = new java.util.LinkedHashSet<>();
            e.getValue().stream().filter(id -> model.require(id.id()).unit() == Unit.YEARS).forEach(years::add);
            if (years.isEmpty()) {
                continue;
            }
            int shared = (int) e.getValue().stream().filter(named::contains).count();
            if (shared > best) {
                best = shared;
                out.clear();
            }
            if (shared == best && shared > 0) {
                out.addAll(years);
            }
        }
        return out;
    }

    private static final Pattern ASIDE = Pattern.compile("\\([^()]{0,200}\\)");

    private static boolean inAside(String s, int at) {
        Matcher m = ASIDE.matcher(s);
        while (m.find()) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The text with every match of the pattern blanked, positions kept. */
    private static String blank(Pattern p, String s) {
        return p.matcher(s).replaceAll(m -> " ".repeat(m.group().length()));
    }

    private boolean restatesAny(Work w, Mention m) {
        for (InputId id : InputId.values()) {
            // a bare number ("is it just the 830 again?") restates an amount of the model as well
            boolean fits = model.require(id.id()).unit() == unitOf(m.amount)
                    || m.amount.kind() == Amount.Kind.PLAIN && model.require(id.id()).unit() == Unit.USD_BILLIONS;
            if (fits && w.current(id).compareTo(m.amount.value()) == 0) {
                return true;
            }
        }
        return false;
    }
}
