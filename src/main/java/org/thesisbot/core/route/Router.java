package org.thesisbot.core.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.QuestionText;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.text.Screen;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.reading.Reading;
import org.thesisbot.core.scenario.Metric;

/**
 * Routes a question: numeric, narrative, mixed, help or out of scope. Deterministic and explainable:
 * every decision records its signals (interpreter confidence, retrieval score, cue words). No network.
 * Retrieval is only consulted when the words alone do not decide.
 */
public final class Router {
    private static final Pattern HELP = Pattern.compile(
            "^(?:(?:hi|hello|hey|hiya|yo|good morning)(?: there| thesisbot| bot)?[,!. ]+)?(?:help|\\?|what can you do|what do you do|what can i ask(?: you)?|how do(?:es)? (?:i|you|this|it) (?:use|work)"
                    + "(?: you| this| thesisbot)?|commands?|usage|what are you|who are you|what do you know(?: about)?|what can you help with"
                    + "|what (?:questions|things) can i ask|menu|examples?)\\b.{0,20}$");
    /** Help asked mid-sentence: "hey bot how do i use you, what kind of questions can i ask". */
    private static final Pattern HELP_ANYWHERE = Pattern.compile(
            "\\bhow (?:do|can|should) (?:i|we) use (?:you|this|thesisbot|the bot|it)\\b|\\bwhat (?:kind|kinds|sort|type|types) of (?:questions|q'?s|things|stuff)"
                    + " (?:can|do|should|could) (?:i|we) (?:ask|throw at|put to|send)|\\bwhat (?:kinda|sorta) (?:questions|q'?s|things|stuff)\\b|\\bwhat (?:kinda|sorta) (?:numbers|figures|sums|calcs) (?:can|could|do) (?:you|u)\\b|\\bwhich commands\\b|\\bwhat commands\\b"
                    + "|/scenario (?:thing|command) (?:take|do|support)|\\bhow does (?:the )?/scenario work"
                    + "|\\bwhat can (?:you|u|this (?:thing|bot|tool)|the bot|thesisbot) (?:actually |really )?(?:do|run|compute|calculate|help (?:me |us )?with)\\b|\\b(?:list|tell me|show me) what (?:you|u) can (?:actually |really )?(?:do|run|compute|calculate)\\b|\\bcan (?:i|we|you) (?:do|run) sensitivit"
                    + "|\\bwhat (?:sort|kind|type)s? of (?:stuff|things|questions|qs|sums|maths|math|calcs|numbers|figures) can (?:you|u|this \\w+|the bot|thesisbot) (?:\\w+ )?(?:(?:calculate|compute|work out) (?:or|and|/) )?(?:help|do|answer|calculate|compute|run|work out|crunch)"
                    + "|\\bwhat (?:sorts?|kinds?|types?) of (?:stuff|things|questions|qs) (?:can|could|should|do) (?:i|we) ask\\b|\\bwhat can (?:i|we) ask (?:you|u|thesisbot|the bot)\\b"
                    + "|\\b(?:what|which) (?:line items|items|metrics|numbers|figures|calculations|scenarios)(?:(?: and | ?/ ?| or |, ?)(?:\\w+ )?(?:line items|items|metrics|numbers|figures|calculations|scenarios|inputs))? (?:can|could|do|does) (?:you|u|it|this(?: bot| thing| tool)?|the bot|thesisbot) (?:actually |really |even )?(?:compute|calculate|calc|model|run|work out|produce|solve|do|give|show|handle)\\b"
                    // the same asked in a statement's word order ("what kind of things i can ask you, which numbers you can compute")
                    + "|\\bwhat (?:sorts?|kinds?|types?) of (?:stuff|things|questions|qs) (?:i|we) (?:can|could|should) ask\\b"
                    + "|\\b(?:what|which) (?:metrics|numbers|figures|calculations) (?:you|u) (?:can|could) (?:compute|calculate|model|run|work out|produce)\\b"
                    + "|\\bwhat (?:sorts?|kinds?|types?) of (?:metrics|numbers|figures|calculations|scenarios|economics|analys[ie]s|maths?|calcs|modell?ing) (?:can|could|do) (?:you|u) (?:actually |really )?(?:compute|calculate|model|run|work out|produce|do|make)\\b"
                    + "|\\bwhat (?:kinds?|sorts?|types?) of (?:numbers|figures|metrics|calcs|calculations) (?:(?:can|could|do) (?:you|u)|(?:you|u)(?:'re| are)? (?:able to|can|could)|are (?:you|u) (?:actually |really )?able to) (?:actually |really )?(?:compute|calculate|produce|give|give me|spit out|run|pull|show|work out|make|do|handle|perform)\\b"
                    // "which targets can you solve for, and which levers can you move": what the model solves and moves, asked of it
                    + "|\\b(?:what|which) (?:targets|goals|levers|inputs|assumptions) (?:can|could|do) (?:you|u) (?:actually |really )?(?:solve for|solve|move|flex|change|vary|back out)\\b"
                    // "could you kindly set out which categories of calculation … you are in a position to handle"
                    + "|\\b(?:which|what) (?:categories|kinds?|types?|sorts?|classes) of (?:calculations?|computations?|analys[ie]s|questions)\\b.{0,60}?\\b(?:you|u)(?:'re| are)? (?:in a position to|able to|can|could) (?:handle|answer|do|perform|run|compute|calculate)\\b"
                    + "|\\b(?:kinds?|sorts?|types?) of (?:questions|q'?s|things) (?:you|u)(?:'re| are)? (?:actually |really )?(?:able to|can|could) (?:answer|handle|help with|do)\\b"
                    + "|\\b(?:rundown|overview|list|summary) of (?:what|the (?:kinds?|sorts?|types?) of (?:questions|q'?s|things)) (?:you|u)(?:'re| are)? (?:actually |really )?(?:able to|can|could)\\b"
                    // "what can it actually run for me on the oai compute side", "whats on the menu", "could you outline which
                    // calculations you are able to perform"
                    + "|\\bwhat can it (?:actually |really )?(?:run|compute|calculate)\\b|\\bwhat'?s on the menu\\b"
                    + "|\\b(?:outline|list|describe|set out|tell me) (?:which|what) (?:calculations|computations|metrics|numbers|analys[ie]s) (?:you|u)(?:'re| are)? (?:able to|can|could) (?:perform|do|run|compute|calculate|handle)\\b");
    /**
     * What the bot can do, asked in any order of words: a "what", "which" or "list" that the clause ends with the bot able to
     * do it ("what's the menu of analyses this thing can actually run?", "list the metrics you're able to compute"). The verb
     * ends the clause, so a question asking for one number ("what irr can you compute at 2t") is not this; asked only of a
     * question without figures.
     */
    private static final Pattern CAPABILITY = Pattern.compile(
            "\\b(?:what|which|list|menu|rundown|overview|range)\\b[^?.!]{0,60}?(?:\\b(?:you|u|this (?:thing|bot|tool)|it|the bot|thesisbot)"
                    + "(?:'s| is|'re| are)? (?:able to|can|could)"
                    // "which metrics can this bot actually calculate", "what kinda numbers can it run for me on the deal": the
                    // question's own order, the verb first
                    + "|\\b(?:can|could) (?:you|u|this (?:thing|bot|tool)|it|the bot|thesisbot)) (?:actually |really |currently )?(?:do|run|compute|calculate|calc|handle|answer|model"
                    + "|work out|solve(?: for)?|produce|crunch|figure out|spit out|churn out|price|value|size|quantify)(?: (?:for|with) (?:me|us))?"
                    // "on the amzn/oai deal", "on this oai treaty": the deal named with a word or two before it
                    + "(?: (?:for|on|about) (?:this|the|our)(?: [\\w/.&'-]+){0,2}? (?:deal|thesis|bet|investment|model|thing|treaty|trade|position))?\\s*(?:[?.!,;:]|\\s-\\s|$)");
    /** Requests for trading advice: the bot explains the thesis, it does not tell anyone to buy or sell. */
    private static final Pattern ADVICE = Pattern.compile(
            "\\bshould (?:i|we|you) (?:buy|sell|short|load up|invest in|get in|trim|add to|dump|go long|go short)\\b"
                    // "do we add to our amzn long before the print": a position of one's own, traded
                    + "|\\b(?:do|should|can|would) (?:i|we) (?:add to|trim|cut|close|exit|double down on|top up|size up|sell) (?:our|my) (?:[\\w$]+ ){0,2}?(?:long|short|position|shares|stake|holding|book)\\b"
                    // "should i yolo my tendies into amzn calls": the stock or its options, whatever the verb
                    + "|\\bshould (?:i|we) (?:[\\w']+ ){0,4}?(?:into|in|on) (?:amazon|amzn|the stock|its stock|amazon'?s stock)(?: (?:calls|puts|shares|stock|options))\\b|\\byolo(?:ing)?\\b(?= (?:my|our|the|it|into|in|on|all)\\b)"
                    + "|\\bgood time to (?:buy|sell|load up|get in|invest|short)|\\bload(?:ing)? up on\\b|(?<!\\b(?:does|do|did|would|will|can|could) (?:the |our |that |this |its |amazon'?s? )?(?:\\$?\\d[\\d.]{0,8} ?(?:b|bn|billion)(?: (?:check|cheque|investment|stake))?|check|cheque|money|investment|stake)(?: actually| really| even)? )\\b(?:buy|sell|short)(?:ing)? (?:amazon|the stock|shares|stock|calls|puts)\\b"
                    // "would fifty billion dollars buy Amazon exactly 4% of OpenAI": money buying Amazon a stake, no trade
                    + "(?! (?:exactly |about |roughly |around |only |just |a |an )?(?:\\d|(?:stake|share|slice|piece|ownership)\\b|percent))"
                    + "|financial advice|investment advice|\\bis (?:amazon|it|the stock) a (?:buy|sell)\\b|\\b(?:calls|puts) on\\b|\\bgoing to \\$?\\d+ by\\b"
                    // "is this good for AMZN stock?", "thinking of buying more": a trade, asked about
                    + "|\\b(?:good|bad|bullish|bearish) for (?:the |amazon'?s? )?(?:stock|shares|share price)\\b"
                    + "|\\b(?:thinking (?:of|about)|planning (?:on|to)|about to|time to) (?:buy|sell|short|trim|add)(?:ing)?(?: (?:more|some|the stock|shares|amazon))?\\b"
                    // an analyst's rating or target: "do we move AMZN to Buy", "bump our tgt px"
                    + "|\\b(?:move|moving|upgrade|upgrading|downgrade|downgrading) (?:amazon|the stock|the shares|shares|it|our rating)(?: to)? (?:an? )?(?:buy|sell|hold|overweight|underweight|outperform|underperform)\\b"
                    + "|\\b(?:bump|raise|lift|cut|lower|trim)(?:ing)? (?:our |the |my )?(?:tgt|target|pt)(?: px| price)?\\b|\\btarget price\\b");
    private static final Pattern GREETING = Pattern.compile(
            "^(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)"
                    + "(?: there| all| team| thesisbot| bot| everyone| folks)?[ !.,:)]*$");
    private static final Pattern THANKS = Pattern.compile(
            "^(?:(?:ok|okay|great|cool|nice|perfect|got it|makes sense)[,!. ]*)?(?:thanks|thank you|thanks a lot|many thanks|cheers|ty)?"
                    + "(?: so much| very much| a lot)?(?: thesisbot| bot| team)?[ !.,:)]*$");
    /** "what does MOIC mean?", "define IRR": answered with the metric's definition and its value. */
    private static final Pattern DEFINITION = Pattern.compile(
            "what (?:does|do|is|are|'s) (?:an? |the )?.{1,40} (?:mean|stand for)\\b|\\bdefine\\b|\\bdefinition\\b"
                    + "|^what(?:'s| is) (?:an? )?(?:moic|irr|post[- ]money(?: valuation)?|pre[- ]money(?: valuation)?|breakeven capture share"
                    + "|circular return ratio|combined payoff)\\??$|how (?:is|do you|does it) (?:the )?.{1,30} (?:calculated|computed|worked out)");
    /**
     * A clause of its own asking what the metric the question names means: "…, and what does it tell me?", "what is it
     * actually measuring", "remind me what pre-money means" (the last only when that clause names the metric itself).
     */
    private static final Pattern DEFINES_IT = Pattern.compile(
            "(?:^(?:and |so |but )?what (?:(?:does|do|is|are) (?:it|that|this|they|(?:the|that|this) (?:metric|ratio|number|figure|rate|multiple|percentage))"
                    + " (?:actually |really )?(?:mean|tell (?:me|us)|measur(?:e|ing)|show(?:ing)?|captur(?:e|ing))"
                    + "|(?:it|that|this) (?:actually |really )?(?:means|tells (?:me|us)|measures|shows|captures))\\b"
                    // "…, so please also tell me what MOIC means": the definition of the metric asked, asked in passing
                    + "|\\b(?:tell|remind|explain to|show) (?:me|us) (?:(?:also|again|briefly) )?what (?:an? |the )?.{1,40} (?:means|stands for)\\b)"
                    // "what does that mean for amazon": what follows from it, a question for the sources
                    + "(?! for\\b| in (?:practice|reality|real terms)\\b| going forward)");
    private static final Pattern REMIND_ME = Pattern.compile("\\bremind me what\\b.{1,40}\\bmeans?\\b");
    private static final Pattern ADVERSARIAL = Pattern.compile(
            "ignore (?:all |any |the |your )?(?:previous |prior |above |earlier )?(?:instructions|prompts?|rules)"
                    + "|system prompt|(?:your|the) (?:instructions|prompt|rules) (?:verbatim|word for word)|jailbreak|\\bdan mode"
                    + "|api[ _-]?keys?|secret (?:key|token)|signing secret|bot token|access token|password|credentials?"
                    + "|reveal (?:your|the) (?:prompt|instructions|config|secrets?|keys?)|print (?:your|the) (?:prompt|instructions|env|environment)"
                    + "|environment variables?|\\benv vars?\\b|developer mode|pretend (?:you are|to be)|act as (?:an?|my) (?!analyst)"
                    + "|disregard (?:all|previous|the)|override (?:your|the) (?:rules|instructions)"
                    + "|you are now\\b|\\bno (?:rules|restrictions|filters|guardrails)\\b|without (?:any )?(?:rules|restrictions|filters)");
    private static final Pattern OFF_TOPIC = Pattern.compile(
            // market data the model does not hold: "the 10y ust yield today", "where's the fed funds rate"
            "\\b(?:ust|treasur(?:y|ies)|bond yields?|yield curve|fed funds|sofr|libor|mortgage rates?|exchange rates?|bitcoin|crypto)\\b|"
                    // "where's the 10y trading this morning": a market price, not the model's
                    + "\\b(?:trading|trades|traded|quoted|printing) (?:at |this morning|today|right now|now|currently)|\\bwhere(?:'s| is) (?:the )?[\\w ]{1,20} trading\\b|"
                    + "\\bhaikus?\\b|\\bpoems?\\b|\\bpoetry\\b|\\blimericks?\\b|\\bsonnets?\\b|\\bjokes?\\b|\\bfunny\\b|\\bsong\\b|\\blyrics\\b"
                    // the writer says so: "totally unrelated to the amazon stuff, but …", "off topic but …"
                    + "|\\b(?:unrelated|off[- ]topic|nothing to do with (?:the )?(?:amazon|openai|deal|thesis|investment))\\b[^.?!]{0,40}?\\bbut\\b|\\b(?:book|reserve) (?:a |the )?(?:meeting |conference )?room\\b"
                    + "|\\bweather\\b|\\bagenda\\b|\\boff-?site\\b|\\bteam (?:dinner|lunch|outing)\\b|\\b(?:meeting|calendar) invite\\b|\\bforecast for (?:today|tomorrow)|\\brecipes?\\b|\\bcook\\b|\\bbake\\b(?! in)|\\bbirthday\\b|\\banniversary\\b"
                    // a speech or card for someone's occasion: "a retirement toast", "opening lines for my best-man speech"
                    + "|\\b(?:retirement|farewell|wedding|leaving|best[- ]man'?s?) (?:toast|speech|card|party|do)\\b|\\bopening lines\\b|\\beulogy\\b"
                    + "|\\bforget (?:about )?(?:the )?(?:amazon|openai|deal|thesis|investment)(?: \\w+)? (?:stuff|thing)?\\b.{0,20}\\b(?:can|could|would) (?:you|u)\\b"
                    + "|\\bforget (?:about )?(?:the )?(?:amazon|openai|deal|thesis|investment)\\b.{0,30}\\b(?:price|value|write|draft|give|tell|make) me\\b"
                    + "|\\bprice (?:me )?(?:an? |the |some )?(?:[\\w']+ ){0,3}(?:puts?|calls?|options?|swaps?|bonds?|straddles?)\\b"
                    + "|(?:write|give|show) (?:me )?(?:a |some |the )?(?:code|function|script|program|sql|regex|class)"
                    + "|\\bpython\\b|\\bjavascript\\b|\\bjava code\\b|\\bhtml\\b|\\bcss\\b|\\bdebug\\b|stack ?trace|\\bcompile\\b"
                    + "|\\btranslat(?:e|es|ion)\\b(?! (?:in)?to (?:a |an |the |what|how|revenue|profit|dollars|exactly|roughly|about|around|approximately|just|only|\\$|\\d))|\\bworld cup\\b|\\bsuper bowl\\b|\\bnba\\b|\\bnfl\\b|\\bfootball\\b|\\bsoccer\\b|\\bmovie\\b"
                    + "|\\bhoroscope\\b|\\bdating\\b|\\bvacation\\b|\\bstock tips?\\b|\\bbitcoin\\b|\\bcrypto(?:currency)?\\b"
                    // "… for my assignment? not about amazon sorry": said to be off the thesis
                    + "|\\b(?:not|nothing) (?:really )?(?:about|related to|to do with) (?:amazon|openai|the deal|this deal|the thesis|any of this)\\b|\\boff[- ]topic\\b|\\b(?:unrelated|different) question\\b"
                    // "Dear team, unrelated to OpenAI - pls advise the Brent forecast": said to be off the thesis, anywhere
                    + "|\\bunrelated to (?:amazon|openai|the deal|this deal|the thesis|any of this|this|that)\\b"
                    // "unrelated, but can you recommend a good book on …": said to be aside, or a recommendation of something to read
                    + "|^(?:totally |completely |slightly |somewhat |entirely |quite )?(?:unrelated|separately from|(?:quite )?apart from this)\\b|\\b(?:recommend|suggest)\\b.{0,40}\\b(?:allocation|gilts?|bonds?|pension|portfolio)\\b|\\b(?:recommend|suggest) (?:me )?(?:a |an |some |any )?(?:good |great |decent |solid |standard |classic )?(?:text ?books?|books?|readings?|reading lists?|podcasts?|courses?|novels?|films?|restaurants?|hotels?)\\b"
                    + "|\\bwhere (?:[\\w']+ ){0,2}(?:closes?|opens?|trades?|finishes) (?:today|tonight|tomorrow|this week)\\b"
                    + "|\\bstock price|\\bshare price|price target|\\bticker\\b|what time is it|\\bessay\\b|\\bcover letter\\b|\\bstory about\\b|capital of [a-z]+");
    /**
     * The writer says the question is not about the thesis ("unrelated to OpenAI deal - what is the Polish CIT rate on capital
     * gains"): refused whatever model words it uses ("gains").
     */
    private static final Pattern SAID_UNRELATED = Pattern.compile(
            "\\b(?:(?:totally|completely|entirely) )?unrelated to (?:the |this |our )?(?:amazon|openai|deal|thesis|investment)\\b|\\boff[- ]topic\\b");
    private static final Pattern NARRATIVE_CUE = Pattern.compile(
            "\\bwhy\\b|how come|\\bwhat if\\b|\\bhow (?:would|will|do|can|could) (?:we|i|you|investors|anyone) (?:know|tell)\\b|\\bexplain|rationale|\\blogic\\b|\\breasons?\\b|\\brisks?\\b|\\brisky\\b|\\bworr|concern|downside of"
                    + "|\\bmean(?:s|ing)?\\b(?! (?:we|amazon|amzn|it|they|you|i|our|aws|openai) (?!mean))(?! (?:a |an |the )?(?:-|minus )?\\$?\\d)|implication|\\bstrateg|\\bthesis\\b|tension|compet|\\bwatch\\b|signal|catalyst"
                    + "|what happens|is (?:it|that|this) (?:too|a good|wise|smart|worth it|reasonable|justified|sustainable|a lot|big|much|risky)"
                    + "|too (?:much|big|large|high|expensive)|makes? sense|willing|motivat|what is circular|how does .{0,30} work"
                    + "|\\bcontext\\b|background|summar|tell me about|overview(?! (?:slide|deck|page|doc|table|tab|sheet|chart))|\\bdescribe|\\bwho\\b|\\bwhen\\b|\\bwhere\\b"
                    + "|what did (?:the )?(?:article|source|author)|should (?:we|investors|i|amazon) (?:watch|worry|care|expect|think|look|be)"
                    + "|realistic|plausible|achievable|feasible|\\blikely\\b|credible|doable|reasonable|\\bsensible|given the (?:article|sources?)"
                    + "|\\bpros?\\b|\\bcons?\\b|trade[- ]?offs?|(?<!(?:stake|equity|position|valuation|exit) )\\bupside\\b(?! (?:case|scenario|piece|portion|part|slice|bar|in (?:\\$|dollars?|usd|bn)|over (?:just )?(?:getting|the return|return)))|\\bdrives?\\b|\\bdriver|\\bcaus|what makes|because|due to|\\b(?:bull|bear) case for\\b(?! (?:a |an |the |our |its |amazon'?s? )?(?:\\$?\\d|moic|irr|stake|multiple|return|gain|payoff|profit|revenue|exit|post|pre|valuation|value))|\\bargument|\\bjustif"
                    + "|what does .{0,40} (?:say|mean|signal|imply)|\\bwhat(?:'s| is) (?:the )?(?:deal|story|plan|point)\\b|\\bhow (?:will|would|could|does|did) (?:amazon|aws|openai|anthropic)\\b"
                    + "|(?:what|how) (?:does|did|do) (?:the )?(?:article|source|sources|author|piece|report|writer)\\b|characteri[sz]e|\\bportray|\\bframe[sd]?\\b"
                    + "|what(?: exactly| actually| really)?(?:'s| is| are)(?: exactly| actually| really)? (?:the |this |that )?[\\w' -]{1,30} (?:actually |really )?for$|what(?:'s| is) (?:the |this |that )?[\\w' -]{1,30} thing$"
                    + "|\\bevidence\\b|\\bindicat|\\b(?:what|where|how|when|whether|if)\\b.{0,40}\\bshow(?:s|ing)? up\\b"
                    + "|\\bthe (?:article|author|piece|writer|sources?|report)(?:'s)? (?:lays? out|says?|argues?|thinks?|describes?|mentions?|sees?|flags?|expects?|reads? into|reading into|makes? of|takes? from|infers?|concludes?)"
                    // the conditions behind a number: "what has to hold for that return", "what needs to go right"
                    + "|\\bwhat (?:has|needs|would need|have) to (?:hold|happen|go right|be true|work out)\\b");
    private static final Pattern NUMERIC_CUE = Pattern.compile(
            "how much|how many|\\bdollars?\\b|\\busd\\b|\\bcalculate|\\bcompute the\\b|\\bmath\\b|\\bnumbers?\\b|\\bfigures?\\b|\\bpercent|%|\\$"
                    + "|\\bwhat if\\b|\\bassum|\\bat \\$|\\bvalue\\b|\\bquantif|\\bestimate"
                    + "|\\b(?:come|comes|came|add|adds|work|works|net|nets) (?:out |up )?to\\b|\\bin total\\b|\\btotals?\\b"
                    + "|\\bhow far (?:ahead|behind|up|down|in the (?:red|black)|under ?water)\\b");
    private static final Pattern FOLLOW_UP_WHY = Pattern.compile(
            "^(?:and |but |ok |okay |so |hmm,? )?(?:why|why\\?|why is that|why so|how come|explain(?: that| this| please)?|what drives (?:that|this|it)"
                    + "|where does (?:that|this) come from|why that number|why that"
                    + "|why (?:does|is|would|did|do|should) (?:that|this|it|the number)\\b.{0,60}"
                    + "|what(?:'s| is) behind (?:that|this|it)|how do you get (?:that|this)|what explains (?:that|this|it))[?!. ]*$");
    /** A short code of capitals and digits ("Q3", "FY26", "V3"): no name either. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{1,4}\\d{1,4}");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=[a-z,;:] )([A-Z][a-zA-Z0-9&'-]{2,})");

    private static final Reading EMPTY = new Reading(List.of(), null, java.util.Map.of(), List.of(), false, List.of(),
            List.of(), List.of(), List.of(), null, List.of(), 0.0, List.of());
    private final Reader reader;
    private final Predicate<String> inCorpus;
    private final double minRelevance;
    /** In scope even when retrieval is weak: the thesis' own words (the lexicon's {@code routing.scope}). */
    private final Pattern scope;
    /** Names people ask about that the sources may not cover; each is checked against the corpus. */
    private final Pattern knownName;
    /** Everyday words that never make a question "about the corpus" on their own. */
    private final java.util.Set<String> common;
    /** Capitalised words that are never an unknown name. */
    private final java.util.Set<String> commonCapitalised;
    /** Rules out, by their literal words, the cue patterns that cannot match a question (most, for most questions). */
    private final Screen screen;
    /** "what can this bot do" in words no help phrase names, by meaning; null without an embedding model. */
    private final HelpMeaning help;

    public Router(Reader reader, Predicate<String> inCorpus, double minRelevance,
                  org.thesisbot.core.lexicon.Lexicon.Routing words) {
        this(reader, inCorpus, minRelevance, words, null);
    }

    /**
     * @param inCorpus     true when a lower-case word occurs in the source documents
     * @param minRelevance the retrieval score below which a question without the thesis' words is out of scope
     * @param words        the lexicon's routing words ({@code config/lexicon.yaml})
     * @param help         help by meaning, or null
     */
    public Router(Reader reader, Predicate<String> inCorpus, double minRelevance,
                  org.thesisbot.core.lexicon.Lexicon.Routing words, HelpMeaning help) {
        this.reader = reader;
        this.help = help;
        this.inCorpus = inCorpus;
        this.minRelevance = minRelevance;
        this.scope = Pattern.compile(String.join("|", words.scope()));
        this.knownName = Pattern.compile(
                "\\b(?:" + String.join("|", words.knownNames().stream().map(Pattern::quote).toList()) + ")\\b");
        this.common = words.commonWords();
        this.commonCapitalised = words.commonCapitalised();
        this.screen = new Screen(List.of(HELP, LATER_REQUEST, HELP_ANYWHERE, ADVICE, ADVERSARIAL, OFF_TOPIC, NARRATIVE_CUE, NUMERIC_CUE,
                DEFINITION, PER_YEAR_WORDS, WHY_ONLY, QUESTION_START, YES_NO, ABOUT_SOURCES, SUMMARY, scope, knownName));
    }

    /** {@code p.matcher(s).find()}, skipped when the screen says it cannot match. */
    private boolean finds(Pattern p, String s) {
        return screen.mayFind(p, s) && p.matcher(s).find();
    }

    /**
     * @param text           the question
     * @param state          the thread's state, or null
     * @param retrievalScore the best passage's relevance, computed only if called
     */
    public Routing route(String text, ThreadState state, DoubleSupplier retrievalScore) {
        String s = Amounts.normalise(text);
        List<String> cues = new ArrayList<>();
        Reading empty = EMPTY;
        if (finds(HELP, s) || finds(HELP_ANYWHERE, s) || CAPABILITY.matcher(s).find() && Amounts.find(s).isEmpty()) {
            return Routing.fixed(Route.HELP, Routing.Reply.HELP, empty, cues("help"));
        }
        if (GREETING.matcher(s).matches()) {
            return Routing.fixed(Route.HELP, Routing.Reply.GREETING, empty, cues("greeting"));
        }
        if (!s.isEmpty() && THANKS.matcher(s).matches()) {
            return Routing.fixed(Route.HELP, Routing.Reply.THANKS, empty, cues("thanks"));
        }
        Matcher adv = ADVERSARIAL.matcher(s);
        if (screen.mayFind(ADVERSARIAL, s) && adv.find()) {
            return Routing.fixed(Route.OUT_OF_SCOPE, Routing.Reply.REFUSAL, empty, cues("adversarial: \"" + adv.group() + "\""));
        }
        if (notEnglish(s)) {
            // the sources are English: an English extract would not answer, and a guess would not be grounded
            return Routing.fixed(Route.OUT_OF_SCOPE, Routing.Reply.NOT_ENGLISH, empty, cues("not English"));
        }
        Matcher advice = ADVICE.matcher(s);
        if (screen.mayFind(ADVICE, s) && advice.find()) {
            return Routing.fixed(Route.OUT_OF_SCOPE, Routing.Reply.REFUSAL, empty, cues("investment advice: \"" + advice.group() + "\""));
        }
        Reading in = reader.read(text, state);
        cues.addAll(in.cues());
        boolean threadNumbers = state != null && state.hasNumbers();
        if (threadNumbers && FOLLOW_UP_WHY.matcher(s).matches()) {
            cues.add("follow-up why after " + state.metrics().stream().map(Metric::id).toList());
            return new Routing(new RouteDecision(Route.NARRATIVE, in.confidence(), -1, cues), in, Routing.Reply.WHY_FOLLOW_UP, null);
        }
        if (threadNumbers && SAME_AGAIN.matcher(s).matches()) {
            // "same q", "same question again", "run it again": the thread's last numbers asked again in its state now
            cues.add("follow-up: the same question again");
            return Routing.answer(Route.NUMERIC, in, cues, -1);
        }
        Matcher off = OFF_TOPIC.matcher(s);
        if (screen.mayFind(OFF_TOPIC, s) && off.find() && in.lookups().isEmpty() && !finds(ABOUT_SOURCES, s)
                && !comparisonBeforeTheQuestion(s, off.start())
                && (!in.asksNumbers() && in.changes().isEmpty() || !reader.namesMetric(s) && in.target() == null
                        || SAID_UNRELATED.matcher(s).find())) {
            // "a haiku about Jeff Bezos" is refused for being a haiku, not for naming Bezos; "what margin does the bull case
            // bake in" asks for an input, and "for the offsite: the valuation that triples amazon's money?" a target to
            // solve, whatever the word
            cues.add("off-topic: \"" + off.group() + "\"");
            return Routing.refused(in, cues, null, -1);
        }
        java.util.Set<String> compared = new java.util.HashSet<>();
        String unknown = unknownEntity(text, s, compared);
        if (unknown != null && in.confidence() >= 0.8 && (in.asksNumbers() || !in.lookups().isEmpty()) && namesAnInputsKind(s, unknown)) {
            // "a pre-money Bewertung of 900 Mrd.", "which Anteil of OpenAI": a word of another language in the place of an
            // input's noun, read around; a name is a party ("Microsoft's stake", "the Microsoft deal"), never there
            cues.add("unknown word " + unknown + " in an input's place, read around");
            unknown = null;
        }
        // "what irr at a 1.5tn exit, and is that better than what microsoft has made?": the numbers, and a second question of
        // its own about a name the sources never mention, whose answer is that they don't cover it (decided last, after
        // the names that only size a figure or say where the rest goes)
        boolean numbers = in.asksNumbers() || in.target() != null || !in.lookups().isEmpty();
        String askedAbout = unknown != null && in.confidence() >= 0.8 && numbers && !inBrackets(s, unknown) && askedOf(s, unknown) ? unknown : null;
        if (unknown != null && askedAbout == null && in.confidence() >= 0.9 && (asideOnly(s, unknown) || inBrackets(s, unknown))) {
            // "stake at a 1.3T post? feels tiny vs msft's openai bet": the name is in an aside; the question is asked without it
            cues.add("aside naming " + unknown + " (not in the sources) left out");
            unknown = null;
        }
        while (unknown != null && in.confidence() >= 0.8 && (in.asksNumbers() || in.target() != null)
                && (comparable(s, unknown) || comparable(text.toLowerCase(Locale.ROOT), unknown))) {
            // "say oai ends up the size msft is today (my number ~3.2T)", "a nike's worth (i carry nike at ~110bn)", "walmart-thin
            // margins (call it 5%)": a company the asker sizes a figure by, with the figure their own; the question is about ours
            cues.add("comparable naming " + unknown + " (not in the sources), its figure the asker's own");
            compared.add(unknown.toLowerCase(Locale.ROOT));
            unknown = unknownEntity(text, s, compared);
        }
        if (unknown != null && (!in.rests().isEmpty() || in.target() != null && in.target().rest())) {
            // "how much of oai's compute walks to azure/google etc", "what % do holders other than us own": the rest of a whole
            // is asked, and the name only says where the rest goes or who holds it
            cues.add("names where the rest goes: " + unknown + " (not in the sources) left out");
            unknown = null;
        }
        while (unknown != null && comparisonOnly(s, unknown)) {
            // "if we structure it like msft's 2019 deal, what % do we own at a 1.1T post?", "google got a real slice of
            // anthropic. how big a check for 7% of oai?": a deal the writer compares ours with; the question is about ours
            cues.add("comparison naming " + unknown + " (not in the sources) left out");
            compared.add(unknown.toLowerCase(Locale.ROOT));
            unknown = unknownEntity(text, s, compared);
        }
        if (unknown != null && unknown.equals(askedAbout)) {
            cues.add("numbers, and a question about " + unknown + " (not in the sources)");
            return new Routing(new RouteDecision(Route.MIXED, in.confidence(), -1, cues), in, Routing.Reply.NOT_COVERED, unknown);
        }
        if (unknown != null) {
            // numbers about Amazon would not answer a question about someone the sources never mention
            cues.add("not in the sources: " + unknown);
            // "does the article say what microsoft thinks": asked of the sources, whose answer is that they don't say
            return finds(scope, s) || finds(ABOUT_SOURCES, s) ? Routing.notCovered(in, cues, unknown) : Routing.refused(in, cues, unknown, -1);
        }
        if (help != null && namesNothingOfTheThesis(s, in)) {
            // "hey what can this bot do", "is there a list of things i can ask": before the yes/no and retrieval rules,
            // which would refuse it for naming nothing of the thesis
            HelpMeaning.Closeness h = help.closeness(s);
            if (h.asksForHelp()) {
                cues.add("help by meaning " + h);
                return Routing.fixed(Route.HELP, Routing.Reply.HELP, in, cues);
            }
        }
        boolean figures = !in.changes().isEmpty() || in.target() != null
                || Amounts.find(s).stream().anyMatch(a -> a.kind() != org.thesisbot.core.scenario.Amount.Kind.CALENDAR_YEAR);
        boolean aboutSources = finds(ABOUT_SOURCES, s);
        boolean peers = finds(PEERS, s);
        Matcher watch = MONITOR.matcher(s);
        // "what should we watch" after a number asked for is the narrative half of a mixed question
        boolean monitor = watch.find() && !reader.namesMetric(s.substring(0, watch.start()));
        // "circular ratio? and explain the loop in one line": a summary asked after a number is the mixed question's words
        Matcher summaryAt = SUMMARY.matcher(s);
        boolean summary = summaryAt.find() && !reader.namesMetric(s.substring(0, summaryAt.start()));
        // "base capture share: is that from the article or your own number": whether an input the question looks up is
        // sourced, which its value's quote or assumption answers
        boolean provenance = !in.lookups().isEmpty() && finds(PROVENANCE, s) && !reader.namesMetricBeyondInputs(s);
        if (!figures && (summary || peers || monitor
                || (finds(YES_NO, s) && !provenance && !(finds(LATER_REQUEST, s) && (reader.mentionsModel(s) || finds(PER_YEAR_WORDS, s)))
                && (aboutSources || !reader.namesMetricBeyondInputs(s))))) {
            // a yes/no question or a summary asks for the sources' words; numbers would not answer it; nor would they
            // compare Amazon with companies the model does not hold ("how does amzn's capex stack up vs the megacaps")
            cues.add(summary ? "summary in words" : peers ? "compared with peers the model lacks"
                    : monitor ? "asks what to watch, not a value"
                    : "a yes/no question with no figure");
            double score = retrievalScore.getAsDouble();
            cues.add(String.format(Locale.ROOT, "retrieval %.3f", score));
            // what to watch "after close" / "to see if this is working" is about the deal even in few of its words
            if (!finds(scope, s) && in.scenarios().isEmpty() && !aboutTheThesis(state)
                    && score < (monitor ? minRelevance * MONITOR_RELEVANCE_SHARE : minRelevance)) {
                // ("does the piece say anything about warrants": asked of the sources, whose answer is that they don't say)
                return aboutSources ? Routing.answer(Route.NARRATIVE, in, cues, score) : Routing.refused(in, cues, null, score);
            }
            return Routing.answer(Route.NARRATIVE, in, cues, score);
        }
        if (!in.lookups().isEmpty()) {
            return Routing.answer(Route.NUMERIC, in, cues, -1);
        }
        boolean numericCue = finds(NUMERIC_CUE, s);
        boolean followUp = threadNumbers && in.changesScenario();
        if (followUp && !in.asksNumbers()) {
            cues.add("follow-up: changes the thread's scenario");
        }
        // "what about the revenue?" after a number: the thread's scenario, another metric (even a weak word names one here)
        // a longer one too ("and the revenue underneath that, over the whole window") when no clause of it asks for words
        int words = SPACES.split(s.trim()).length;
        // ("rev?" alone, a metric's word and a question mark, is the same switch)
        // ("what's the revenue side of that": a metric asked of what the thread computed, pointing back at its end)
        boolean switchesMetric = threadNumbers && !in.metrics().isEmpty()
                && (finds(SWITCH_METRIC, s) || words <= 2 && s.strip().endsWith("?") || finds(OF_THAT_AT_END, s))
                && (words <= SWITCH_METRIC_MAX_WORDS || words <= 2 * SWITCH_METRIC_MAX_WORDS && narrativeClause(s) == null);
        if (switchesMetric) {
            cues.add("follow-up: another metric for the thread's scenario");
        }
        // "ok 7 then" after a number: a figure with no word for it, which the thread's metrics could read in more than one
        // way; the reading offers each (never the sources, which a bare figure does not ask)
        boolean bareFigure = threadNumbers && !followUp && !switchesMetric && !in.unplaced().isEmpty()
                && words <= SWITCH_METRIC_MAX_WORDS && narrativeClause(s) == null;
        if (bareFigure) {
            cues.add("follow-up: a figure with no word for it, for the thread's numbers");
        }
        // "what about in the downside scenario" after a number: the thread's metrics in that scenario, not the article's downside
        boolean switchesScenario = followUp && in.changes().isEmpty() && !in.scenarios().isEmpty() && finds(SWITCH_METRIC, s)
                && words <= SWITCH_METRIC_MAX_WORDS;
        if (switchesScenario) {
            cues.add("follow-up: the thread's numbers in another scenario");
        }
        if (state != null && !threadNumbers && state.lastRoute() == Route.NARRATIVE && !figures && in.lookups().isEmpty()
                && !in.scenarios().isEmpty() && !reader.namesMetric(s)) {
            // "what could go wrong here?" then "flip it - best case?": the sources' upside, not the bull case's numbers
            cues.add("scenario words in a thread of words, no metric named");
            return Routing.answer(Route.NARRATIVE, in, cues, retrievalScore.getAsDouble());
        }
        boolean numeric = in.confidence() >= 0.7
                || (in.confidence() >= 0.5 && (!in.changes().isEmpty() || !in.scenarios().isEmpty() || numericCue)) || followUp
                || switchesMetric || bareFigure;
        String other = narrativeClause(s);
        // a definition of a metric the question names, not of a word it only shares ("what does circular financing mean":
        // the article's idea, not the circular return ratio)
        if (in.asksNumbers() && reader.namesMetric(s) && (other != null && (finds(DEFINES_IT, other)
                || finds(REMIND_ME, other) && reader.namesMetric(other))
                || finds(DEFINITION, s) && (other == null || s.replaceAll("[?!. ]+$", "").equals(other)))) {
            // "what does MOIC mean?" (not "circular return ratio? also what does circular financing mean")
            cues.add("definition");
            return new Routing(new RouteDecision(Route.NUMERIC, in.confidence(), -1, cues), in, Routing.Reply.DEFINITION, null);
        }
        if (numeric && !figures && !reader.namesMetric(s) && (finds(IN_WORDS, s) || finds(SOURCES_VIEW, s) && in.lookups().isEmpty())) {
            // "worst case per the writer, words not numbers": the writer's words asked for, not the scenario's numbers (a
            // metric named beside them, "bear moic, and the downside in words", is the mixed question's number)
            cues.add("asks for words, not numbers");
            numeric = false;
        }
        if (numeric && finds(DEAL_TERM, s) && Amounts.find(s).isEmpty() && !finds(NUMERIC_CUE, s)) {
            cues.add("a term of the deal asked about, no figure");
            numeric = false;
        }
        if (numeric && finds(WHY_ONLY, s) && Amounts.find(s).isEmpty() && !finds(NUMERIC_CUE, s)) {
            // "why does high-margin compute revenue matter?" asks for reasons, not a number
            cues.add("a why-question with no figure");
            numeric = false;
        }
        if (numeric && other != null && threadNumbers && !in.scenarios().isEmpty() && finds(SCENARIO_ONLY, other)) {
            // "what about the downside, openai back at the bear number, same 4 year hold": the clause names the scenario the
            // rest of the message sets, after a number; it asks nothing of the sources
            cues.add("clause \"" + other + "\" only switches the scenario");
            other = null;
        }
        if (numeric) {
            String narrative = other; // narrativeClause(s) again would give the same clause: it reads s alone
            if (narrative != null && !switchesScenario && !reader.namesMetric(s) && in.changes().isEmpty() && in.target() == null) {
                // "what's the downside case the author lays out?": a scenario in words, no number named or given
                cues.add("narrative clause \"" + narrative + "\", no metric named");
                double score = retrievalScore.getAsDouble();
                return Routing.answer(Route.NARRATIVE, in, cues, score);
            }
            if (narrative != null && !switchesScenario && !figures && in.lookups().isEmpty() && finds(ASKS_THE_SOURCE, s)
                    && s.replaceAll("[?!. ]+$", "").strip().equals(narrative)) {
                // "what does the article say about amazon's capex plan for 2026?": the whole question asks the sources
                // about something the model also holds; what they say is the answer, not the model's figure
                cues.add("asks the sources about \"" + narrative + "\", no figure given");
                return Routing.answer(Route.NARRATIVE, in, cues, retrievalScore.getAsDouble());
            }
            if (narrative != null && !switchesScenario && in.target() != null && in.target().level() != null
                    && finds(LEGS_MEET, narrative) && !finds(scope, narrative) && !finds(ABOUT_SOURCES, narrative)) {
                // "where do the two legs pull level in bull? … the exit at which AWS's profit equals the gain": the clause
                // asks where two of the model's numbers meet, which the level solved answers
                cues.add("clause \"" + narrative + "\" asks where two numbers meet");
                return Routing.answer(Route.NUMERIC, in, cues, -1);
            }
            if (narrative != null && !switchesScenario && aboutTheNumbers(narrative)) {
                // "… Does a LONGER hold pull the yearly figure DOWN?": how the model's numbers move, which they answer
                cues.add("clause \"" + narrative + "\" asks how the numbers move");
                return Routing.answer(Route.NUMERIC, in, cues, -1);
            }
            if (narrative != null && !switchesScenario) {
                cues.add("narrative clause \"" + narrative + "\"");
                return Routing.answer(Route.MIXED, in, cues, -1);
            }
            return Routing.answer(Route.NUMERIC, in, cues, -1);
        }
        double score = retrievalScore.getAsDouble();
        // the thesis' own words, or a word only the sources use when retrieval agrees the question is near them
        // "does the article say anything about board seats": a question about the sources is theirs to answer or not
        boolean scope = finds(this.scope, s) || aboutSources || (distinctiveCorpusWord(s) != null && score >= 0.2);
        if (scope) {
            cues.add("thesis words");
        }
        if (scope || score >= minRelevance) {
            cues.add(String.format(Locale.ROOT, "retrieval %.3f", score));
            return Routing.answer(Route.NARRATIVE, in, cues, score);
        }
        if (aboutTheThesis(state)) {
            // "so when do we find out which way it breaks", three turns into the thesis: the sources answer, or say they don't
            cues.add(String.format(Locale.ROOT, "retrieval %.3f, a follow-up in a thread about the thesis", score));
            return Routing.answer(Route.NARRATIVE, in, cues, score);
        }
        cues.add(String.format(Locale.ROOT, "retrieval %.3f below %.2f and no thesis words", score, minRelevance));
        return Routing.refused(in, cues, null, score);
    }

    /** A thread whose last answer was about the thesis: its follow-ups are asked of the sources, never refused. */
    private static boolean aboutTheThesis(ThreadState state) {
        return state != null && state.lastRoute() != null && state.lastRoute() != Route.OUT_OF_SCOPE
                && state.lastRoute() != Route.HELP;
    }

    /** A line that opens as a question, with or without its mark: "and why is amzn even doing this". */
    /**
     * A line that says the form or period a number is asked in ("in $ not %", "annual run-rate, not the whole window", "as
     * a multiple"): it qualifies the line above it, and a status update's notes to colleagues never say such a thing.
     */
    private static final Pattern FORM_LINE = Pattern.compile(
            "\\$|%|\\b(?:dollars?|usd|percent(?:age)?|pct|per (?:year|yr|annum)|p\\.?a\\.?|annual(?:ly|i[sz]ed)?|yearly|run-?rate|multiple"
                    + "|whole window|(?:in|as a) (?:ratio|share|fraction))\\b");
    private static final Pattern ASKS_LINE = Pattern.compile(
            "^\\W*(?:(?:and|so|but|also|ok|okay|plus|then|now|wait)\\W+)?(?:why|how|what|what's|whats|which|when|where|who|is|are|does|do|did"
                    + "|can|could|would|should|will|was|were|has|have|pls|please|give me|tell me|show me|explain)\\b");

    /**
     * True when one line of a message names something of the thesis: a metric, scenario, input or change the reader finds, a
     * figure with a unit, or the thesis' own words. A status line ("1:1 w Jordan moved to 3", "lunch w Priya") names none;
     * its bare numbers are no figures of the model.
     */
    public boolean namesTheThesis(String line) {
        String s = Amounts.normalise(line);
        Reading in = reader.read(line, null);
        boolean figure = Amounts.find(s).stream().anyMatch(a -> a.kind() != org.thesisbot.core.scenario.Amount.Kind.PLAIN
                && a.kind() != org.thesisbot.core.scenario.Amount.Kind.CALENDAR_YEAR);
        return figure || in.asksNumbers() || !in.changes().isEmpty() || !in.lookups().isEmpty() || finds(scope, s)
                || finds(ABOUT_SOURCES, s) || reader.mentionsModel(s) || reader.namesScenario(s) || ASKS_LINE.matcher(s).lookingAt()
                || FORM_LINE.matcher(s).find();
    }

    /**
     * Nothing a question about the thesis would name: no figure, no change, target or lookup read, no metric or scenario
     * named, none of the thesis' words, not about the sources. Only such a question is compared with the ways of asking
     * for help; whether a word read loosely ("scenarios" in "how do i ask you about scenarios") asks for numbers is then
     * the meaning's to decide.
     */
    private boolean namesNothingOfTheThesis(String s, Reading in) {
        return Amounts.find(s).isEmpty() && in.target() == null && in.changes().isEmpty() && !in.reset()
                && in.cleared().isEmpty() && in.lookups().isEmpty() && !finds(scope, s) && !finds(ABOUT_SOURCES, s)
                && !reader.namesMetric(s) && !reader.namesScenario(s);
    }

    /** An input asked as what a figure implies: "what post-money does that mean", "which exit does that imply". */
    private static final Pattern IMPLIED_INPUT = Pattern.compile("\\b(?:what|which) [\\w' -]{1,30} (?:does|would|will) (?:that|it|this) (?:mean|imply)\\b");
    /** Two numbers meeting: "where do the legs pull level", "where do they meet", "where does one offset the other". */
    private static final Pattern LEGS_MEET = Pattern.compile(
            "\\b(?:level|even|meets?|cross(?:es)?|equals?|offsets?|offset each other|matche?s?|square|break even)\\b");
    /**
     * How a number moves, asked beside it: "does that come down a lot", "does a longer hold pull the yearly figure down", "a
     * higher price means a smaller slice", "does the revenue go up in proportion", "just want to see what happens".
     */
    private static final Pattern NUMBERS_MOVE = Pattern.compile(
            "\\b(?:higher|lower|longer|shorter|bigger|smaller|larger)\\b.{0,40}\\b(?:means?|pulls?|push(?:es)?|works? against|drags?)\\b"
                    + "|\\b(?:go(?:es)?|come(?:s)?|pulls?|push(?:es)?|drags?|moves?) (?:[\\w']+ ){0,3}?(?:up|down)\\b|\\bin proportion\\b"
                    + "|\\bsee what happens\\b"
                    // which of two bars decides the answer: "which one caps it", "which constraint binds", "binding one?",
                    // "does the binding one flip", "whcih one bites first"
                    + "|\\b(?:which|what)(?: one| bar| hurdle| constraint| limit| test| condition| of (?:the|them|those|these)(?: two| 2)?)?(?:'s| is)?"
                    + " (?:the )?(?:binding|binds?|bites?|caps?|limits?|sets?|constrains?|tighter|stricter)\\b|\\bbinding\\b|\\b(?:binds|bites) first\\b"
                    + "|\\bdoes (?:it|that|the binding one|the answer|the binding bar) (?:flip|switch|change)\\b"
                    // bars checked: "do we miss one or both", "or just one of them"
                    + "|\\b(?:one or both|or just one|or only one|or neither|or both)\\b"
                    // the cases counted or compared: "is that the same number in every case", "does that change by case", "is
                    // bear the only one underwater", "any of them negative", "does it clear zero"
                    + "|\\b(?:same|identical|different|change|changes|vary|varies|differ|differs)\\b.{0,30}\\b(?:every|each|all|any|by|across)\\b.{0,12}\\b(?:cases?|scenarios?|3|three)\\b"
                    + "|\\b(?:under ?water|in the red|in the money|above water|below zero|losing money)\\b|\\bthe only one\\b"
                    + "|\\b(?:clears?|above|below|over|under) (?:zero|0|1x|one)\\b|\\b(?:any|none|all) of (?:them|the (?:cases|three|3))\\b"
                    // the answer's own numbers ranked: "which line is biggest", "which of the 2 lines is bigger", "which one's
                    // higher", "how far apart", "where does each land" (not "which is the biggest risk": the clause ends there)
                    + "|\\bwhich(?: one| line| item| leg| side| piece| number| figure| of (?:the|them|those|these)(?: two| 2| three| 3)?(?: lines| numbers| figures)?)?"
                    + "(?:'s| is)?(?: (?:still|now|the))? (?:biggest|largest|bigger|larger|higher|highest|lower|lowest|smaller|smallest|top|on top)"
                    + "(?: (?:one|line|number|figure|now|of them|of the (?:two|2|three|3)))?(?=\\s*(?:[?.!,;]|$|and\\b|\\+))"
                    + "|\\bhow far (?:apart|off(?: equal)?)\\b|\\bwhere does each (?:one )?land\\b"
                    // a change asked of the answer's numbers: "what's the move vs base", "whats the delta", "how far is that from
                    // the very first one you gave"
                    + "|\\bwhat(?:'s|s| is| would be) the (?:move|change|delta|swing|difference|diff)\\b|\\bdelta\\b"
                    + "|\\bhow far (?:is|are|was) (?:that|it|this|we) from\\b|\\bdoes (?:it|that|this) (?:move|change|shift)\\b");

    /** A clause that asks how the model's numbers move, and names neither the thesis' subjects nor the sources. */
    private boolean aboutTheNumbers(String clause) {
        String c = Amounts.normalise(clause);
        return NUMBERS_MOVE.matcher(c).find() && !finds(scope, c) && !finds(ABOUT_SOURCES, c) && !finds(ASKS_THE_SOURCE, c);
    }

    /** A short follow-up that moves to another metric: "what about the revenue?", "and the profit?", "same for irr", "same mark but …". */
    private static final Pattern SWITCH_METRIC = Pattern.compile(
            "^(?:ok,? |so |and |now |then |right,? |wait,? |oh,? |hmm,? )*(?:what about|how about|and|same for|same(?: [\\w']+){0,2} but|now|what of|also)\\b");
    private static final int SWITCH_METRIC_MAX_WORDS = 7;
    /** A clause that only names a scenario: "what about the downside", "how about in the bull case". */
    private static final Pattern SCENARIO_ONLY = Pattern.compile(
            "^(?:ok,? |so |and |now |then |right,? )*(?:what about|how about|and|now for|same for)(?: in)? (?:the |a )?"
                    + "(?:downside|upside|bear|bull|base|worst|best|down|up)(?:[- ]?(?:case|scenario|side))?\\W*$");
    /** A question that ends pointing back at what the thread computed: "… side of that", "… on that", "… there". */
    private static final Pattern OF_THAT_AT_END = Pattern.compile(
            "\\b(?:(?:of|on|for|from|with|in|behind|under|at) (?:that|this|those|it)|there)\\W*$");
    /** A heading that ends in a colon and asks nothing itself, with a question after it. */
    /** A question that asks what a source says about something: "what does the article say about …", "what the piece says on …". */
    private static final Pattern ASKS_THE_SOURCE = Pattern.compile(
            "^(?:so |and |ok |also )?(?:what|how) (?:does |did |do )?(?:the |this )?(?:article|piece|author|report|writer|story|sources?)(?:'s)?"
                    + " (?:say|says|said|write|writes|wrote|describe|describes|mention|mentions|tell us|tells us) (?:about|on|regarding)\\b");
    private static final Pattern PREAMBLE = Pattern.compile(
            "^(?!\\s*(?:why|how|what|which|who|whom|whose|when|where|is|are|was|were|does|do|did|can|could|should|would|will|has|have)\\b)"
                    + "[^?:]{3,100}:\\s+(?=\\S{2,})");
    /**
     * A sentence that states, first in a message whose question comes after it: "The piece treats a higher valuation as the
     * payoff. If OpenAI exits at $1.5T …, what is the annualised return?", "Per the article, AWS is "the profit engine". If
     * …". It sets the question in the article's terms and asks nothing itself: no question word or mark, no request.
     */
    private static final Pattern STATED_FIRST = Pattern.compile(
            "^\\s*(?!(?:why|how|what|which|who|whom|whose|when|where|whether|is|are|was|were|does|do|did|can|could|should|would|will|has|have"
                    + "|please|pls|give|tell|show|explain|describe|list|summari[sz]e|walk|compare|quote|cite|say|help|let|remind|find|check)\\b)"
                    + "(?:the|per|according|going|as|our|we|amazon|amzn|openai|oai|aws|it|this|that|its)\\b[^?!\\n]{8,300}?[.]\\s+(?=[^\\n]*\\?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSES = Pattern.compile("[,;:?!\u2014\u2013]+|\\s-+\\s|\\.\\s|\\s\\+\\s|\\s(?:and|but|also|plus)\\s");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PER_YEAR_WORDS = Pattern.compile("per[- ]year|a year|each year|annual|yearly|per annum");
    /** "worst case per the writer", "the author's best case": the text's view asked, with no metric named. */
    private static final Pattern SOURCES_VIEW = Pattern.compile("\\b(?:per|according to|in the view of|as (?:seen|told) by) the (?:writer|author|article|piece|text|source)\\b"
            + "|\\bthe (?:writer|author)(?:'s|s')\\b");
    /** "words not numbers", "no numbers pls", "qualitatively": the question asks for no figure. */
    private static final Pattern IN_WORDS = Pattern.compile("\\b(?:(?:in )?words,? not (?:the )?(?:numbers|figures|maths?)|in (?:plain )?words"
            + "|no (?:numbers|figures|maths?)\\b(?! (?:from|in|for|on|at)\\b)|qualitative(?:ly)?|not the (?:numbers|figures)|without (?:the )?(?:numbers|figures))\\b");
    /**
     * A term of the deal asked about with a yes or no ("is there a lockup on the stake", "does amazon get a board seat with
     * the stake", "can amzn sell whenever"): the sources' to answer or not; the model holds no such term.
     */
    private static final Pattern DEAL_TERM = Pattern.compile("^(?:ok |so |but |and |also )?(?:is|are|does|do|did|can|could|will|would|has|have)\\b.*"
            + "\\b(?:lock[- ]?ups?|board seats?|observer (?:seat|rights?)|(?:voting|veto|information|pro[- ]rata|preemptive|pre-emptive) rights?|governance"
            + "|exclusiv\\w*|transfer restrictions?|sell (?:it |the stake |out |down )?(?:whenever|any ?time|early|freely))\\b");
    private static final Pattern WHY_ONLY = Pattern.compile("^(?:ok |so |but |and )?(?:why|how come)\\b(?!.*\\b(?:and|also|plus)\\b)");
    private static final Pattern QUESTION_START = Pattern.compile(
            "^(?:ok |so |and |also |but |plus |then )*(?:why|how|what|when|where|who|which|whether|is|are|does|do|did|can|has|have|explain|tell me)\\b");
    private static final Pattern SCENARIO_NAMED = Pattern.compile("\\b(?:base|bull|bear)(?:ish)? case\\b");
    private static final Pattern SOFT_CUE = Pattern.compile("^(?:when|where|what if)$");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    /** A clause that restates the question ("meaning …", "i.e. …") or asks to see it laid out ("can you compare?"). */
    private static final Pattern RESTATES_OR_ASKS_TO_SHOW = Pattern.compile(
            "(?:meaning|i\\.?e\\.?|ie|that is|in other words|aka|so basically)\\b"
                    + "|(?:can|could|would) (?:you|u) (?:please |pls |kindly )?(?:compare|show|list|lay (?:it|them) out|break (?:it|that) down|distinguish|differentiate|separate (?:them|the two)|set (?:it|them) out)(?: (?:them|it|both|pls|please))?\\W*$"
                    // "…? what is it there": the number the question before it points at
                    + "|^(?:and |so |ok,? )?what(?:'s| is| would be| does (?:it|that) come to) (?:it|that|the number|the figure|the value|the (?:real|actual|exact|true|right) (?:one|number|figure|value))(?: (?:there|then|now|at that point|in that case|exactly|really|actually|in fact))?\\W*$"
                    // "…? where's the line": the level the question just solved for, not a question for the sources
                    + "|^(?:and |so |ok,? )?where(?:'s| is| does) (?:the|that|this) (?:line|level|number|figure|bar|mark|cutoff|threshold|breakeven|tipping point)(?: (?:sit|land|fall|come in))?\\W*$"
                    // "…, and how does that compare with base": the scenarios side by side, in numbers
                    + "|^how (?:does|do|would) (?:that|it|this|those|these) compare (?:to|with|against) (?:the )?(?:base|bull|bear|other|upside|downside)(?: case| scenario)?s?\\W*$"
                    + "|(?:can|could|would) (?:you|u) (?:please |pls |kindly )?(?:redo|re-?run|recompute|recalculate|rework|update|give me|do|pull|grab|get|fetch|dig up|send|find|run|share|post|work out|figure out|calculate|look up)\\b.{0,40}\\b(?:number|figure|one|calculation|math|same|that|it)\\b.{0,30}$"
                    + "|(?:please |pls )?(?:compare|side by side)(?: (?:them|both|pls|please))?\\W*$");
    /**
     * A statistic of numbers asked: "the arithmetic mean", "the population standard deviation", "the sample SD", "the
     * geometric mean", "the coefficient of variation", "how many SDs from the mean", "the weighted mean".
     */
    static final Pattern STATISTIC = Pattern.compile(
            "\\b(?:the|a|its|their|our|and|both)\\s+(?:(?:arithmetic|arithmatic|geometric|harmonic|weighted|simple|three-case|cross-case)\\s+)?(?:mean|average)s?\\b"
                    + "|\\b(?:arithmetic|arithmatic|geometric|harmonic|weighted)\\s+(?:mean|average)s?\\b|\\b(?:mean|average)\\s+(?:and|&|of|across|over)\\b"
                    + "|\\b(?:population\\s+|sample\\s+)?(?:standard\\s+deviations?|std\\.?\\s*devs?|stdevs?|sds?|variances?)\\b"
                    + "|\\bcoefficients?\\s+of\\s+variation\\b|\\bcvs?\\b|\\bmore\\s+dispersed\\b|\\bdispersion\\b|\\bmedian\\b");
    /** The asker's purpose, not a question: "I want that for the IC memo", "since I need it for my deck". */
    private static final Pattern PURPOSE = Pattern.compile(
            // "just to see what happens - …", "out of curiosity, …": why they ask, before the question
            "^(?:just )?(?:to see what (?:happens|it (?:does|says|gives))|out of (?:interest|curiosity)|for (?:fun|the record|completeness)|as a (?:test|sanity check))\\b"
                    + "|^(?:(?:since|as|because) )?(?:i|we)(?:'d| would| will)? (?:want|need|like|have to|must|am|'m|are|'re) (?:[\\w']+ ){0,3}?"
                    + "(?:for|as|to (?:put|use|include|add|drop|paste|share|send)|in) (?:a |an |the |my |our |this )?(?:[\\w']+ ){0,4}?"
                    + "(?:check|memo|deck|note|slide|model|email|meeting|report|update|story|draft|board|ic|committee|boss)\\b"
                    // "…, just want the upside number to set against the cushion": the number asked, and what it is for
                    + "|^(?:(?:i|we)(?:'d| would)? )?(?:just |only |mainly |mostly |really )?(?:want|need)(?:ed)? (?:the |that |this |a |an |one )?(?:[\\w']+ ){0,3}?"
                    + "(?:number|figure|value|answer|estimate|it|that) (?:to (?:set|weigh|stack|compare|put|hold|line|match|plug|drop|paste|use|include|add|check|sanity)"
                    + "|for (?:a |an |the |my |our |this )?(?:[\\w']+ ){0,2}?(?:comparison|context|reference|deck|slide|memo|note|model|email|check))\\b"
                    // a formal aside about the question itself: "purely for the sake of argument", "my question concerns only …"
                    + "|^(?:and |but |so )?(?:purely |just |simply |merely )?(?:for (?:the sake of )?argument(?:'s sake)?|for argument's sake|for the avoidance of doubt"
                    + "|all (?:else|other things) (?:being )?equal|if (?:i|we) may|if you would|if you will|as a starting point"
                    + "|(?:my|the|this|our) (?:question|query|ask|interest|concern) (?:concerns|is about|relates to|is only about|is simply|is purely|lies)\\b)"
                    // a preface for the talking points: "let's walk through the upside for the shareholder calls", "suppose the
                    // press frames it as …" (a hypothesis with its figure, the question after it)
                    + "|^(?:ok,? |so |now )?let'?s (?:walk|go|run|talk|look) (?:through|over|at|about)\\b[^?]{0,60}$"
                    + "|^(?:suppose|supposing|say|assume|assuming|imagine) (?:the |a |an |our |some )?(?:press|media|reporters?|analysts?|market|street|headlines?|coverage|story) (?:frames?|puts?|describes?|reports?|writes?|says?|calls?|has)\\b.*\\d.*");
    private static final Pattern ABOVE_A_MARK = Pattern.compile(
            "^(?:and |so |but )?(?:is|does|would|will) (?:it|that|this) (?:even |actually |really |still |ever )?(?:get |come out |come in |clear |go )?"
                    + "(?:more|less|bigger|smaller|higher|lower|above|below|over|under)(?: than)? (?:once|twice|one|zero|1x?|even|breakeven|par|water)\\b"
                    // "…? does even the rosy case clear it": whether the number clears the bar
                    + "|^(?:and |so |but )?(?:does|do|would|will|can) (?:even )?(?:the |that |this )?(?:\\w+ )?(?:case|scenario|it|that|this|they|we|amazon|aws)"
                    + " (?:even |actually |still )?(?:clear|beat|reach|hit|cover|make|get (?:there|past|over))(?: it| that| the bar| the hurdle| 100%| one)?\\W*$");
    /** "same q", "the same question again", "run it again", "same number" (its yardstick taken out): the question before, asked again. */
    private static final Pattern SAME_AGAIN = Pattern.compile(
            "^(?:(?:ok|okay|so|and|now|then|right)[,]? )*(?:(?:the )?same (?:q|qn|question|thing|ask|calc|calculation|one|query|again|number|numbers|figure|figures|result|math)"
                    + "|again|once more|(?:run|do|ask) (?:it|that|the same) again|redo(?: it| that)?)(?: again| pls| please| there| then| now| but)*\\W*$");
    private static final Pattern WHERE_VALUE = Pattern.compile(
            "^(?:and |so )?where (?:does|do|would|will|did) (?:it|that|this|they|we|amazon|the number|the total|the payoff) (?:sit|land|come out|end up|stand|shake out|net out|print|come in|settle)(?: (?:in|under|for|at) (?:the |a )?(?:[\\w']+ ){0,2}(?:case|scenario))?\\??$");
    /**
     * A yes/no question: "is Amazon's capex the biggest of the megacaps?", "does the deal need antitrust approval?",
     * also after a topic set off by a dash or colon, as Slack messages often start ("the indiana campus - is that
     * only for anthropic?").
     */
    /** "…? could i get the yearly one please": after a yes/no question, a request for the number itself. */
    private static final Pattern LATER_REQUEST = Pattern.compile(
            "[?.;!]\\s*(?:and |so |but |ok,? )?(?:(?:could|can|may) (?:i|we) (?:get|have|see)|(?:please )?(?:give|show|send) (?:me|us)|i'?d like|i want|we want)\\b");
    private static final Pattern YES_NO = Pattern.compile(
            // the topic before the dash is a topic, not a question of its own ("what share is baked into bull - isn't that heroic?")
            "^(?:(?!(?:what|what's|whats|which|how|where|who)\\b)[^?,;:\u2013\u2014]{1,60}?(?: [-\u2013\u2014]+|[:;]) )?(?:ok |so |and |but |hmm,? )*"
                    + "(?:is|are|was|were|does|do|did|can|could|will|would|has|have|should|isn't|doesn't|won't|isnt|doesnt|wont)\\b"
                    // "could you kindly list …", "can you pull …": a request put politely, not a yes/no question
                    + "(?! (?:you|u) (?:please |pls |kindly |just )?(?:list|give|show|share|send|pull|run|compute|calculate|work out|set out|lay out"
                    + "|provide|confirm|check|remind|break|distinguish|tell me (?:what|how much|the))\\b)"
                    // "can i get it in dollars", "could we have that per year": a request for a number, not a yes/no question
                    + "(?! (?:i|we) (?:please |pls |just )?(?:get|have|see) (?:it|that|this|them|the number|the figure)\\b)");
    /** "how accretive are we talking", "how big is that": the size of the number just asked for. */
    private static final Pattern SIZE_OF_IT = Pattern.compile(
            "^(?:and |so )?how (?:accretive|dilutive|big|much|large|bad|good|material|meaningful|significant|painful|ugly|high|low|long)"
                    + " (?:are we talking|we talking|is (?:that|it|this)|would (?:that|it|this) be)(?: then| exactly| actually| really)?\\W*$"
                    // "how long can we sit in the position and still clear it": a number of years, asked of the hold
                    + "|^(?:and |so )?how long (?:can|could|would|do|does|must|should) (?:we|amazon|they|it|you|i) (?:[\\w']+ ){0,2}?(?:sit|hold|wait|keep|stay|hang)\\b.*");
    /** "…, and what it's worth": what the thing just named is worth, in dollars. */
    private static final Pattern WORTH_OF_IT = Pattern.compile(
            "^(?:and |plus |also )*what(?:'s| is)? (?:it|that|this|they|those)(?:'s| is| are| would be| will be)? (?:actually |really |then |now )?worth\\W*$");
    /** "does the article say what share AWS gets?": a question about what the sources say, not a number. */
    private static final Pattern ABOUT_SOURCES = Pattern.compile(
            // "what conditions does the author attach …": a question put to the sources, whatever its verb
            "\\b(?:does|did|do|would|will) (?:the |this )?(?:article|author|sources?|piece|report|writer)\\b(?!'s)(?! (?:of|on|about)\\b)"
                    // "is andy jassy quoted anywhere in the article?"
                    + "|\\b(?:quoted|mentioned|named|cited|referenced|discussed|featured)\\b[^?.]{0,20}\\bin (?:the |this )(?:article|piece|sources?|report)\\b|\\b(?:the |this )?(?:article|author|sources?|piece|report|writer)\\b(?:'s)? (?:actually |really |even )?(?:take on|view on|angle on|stance on|position on|say|says|said|mention|mentions|give|gives|state|states|claim|claims|assertion|contention|statement|conclusion|think|thinks|argue|argues|assum\\w*|expects?|expecting|sees?|views?|frames?|describes?|presents?|portrays?|characteri[sz]es?|suggests?|notes?|reports?|explains?|puts? it|lays? (?:it )?out|sets? (?:it )?out|calls?|treats?)");
    /**
     * A comparison with companies the scenario model does not hold: "how does the capex stack up vs the other
     * megacaps", "is the spending plan bigger than its peers'". (The other scenarios, Anthropic and the check are in
     * the model: "compared to the other cases" is not this.)
     */
    private static final Pattern PEERS = Pattern.compile(
            "\\b(?:vs\\.?|versus|compared? (?:to|with)|comparisons? (?:to|with)|stacks? up|stacking up|relative to|against|than)\\b.{0,30}?"
                    + "\\b(?:peers?|megacaps?|mega[- ]caps?|big ?techs?|hyperscalers?|rivals?|competitors?|the industry|everyone else"
                    + "|other (?:big |large |tech |cloud )*(?:companies|firms|players|techs?|clouds?|providers|giants|investors|deals|names))\\b");
    /** The share of the relevance floor a what-to-watch question must reach (its subject is often only "this"). */
    private static final double MONITOR_RELEVANCE_SHARE = 0.6;
    /**
     * What to watch, not what a value is: "which metric do we watch to see if the revenue is real", "what number should
     * i be tracking", "what should we monitor after close". The sources say what to track; the model has no such number.
     */
    private static final Pattern MONITOR = Pattern.compile(
            "\\b(?:what(?:'s| is| are)?|which)\\s+(?:[\\w']+\\s+){0,2}?(?:numbers?|metrics?|figures?|kpis?|indicators?|signals?|data|stats?|things?)\\s+(?:\\w+\\s+){0,4}?"
                    + "(?:watch|watching|track|tracking|monitor|monitoring|follow|following|keep(?:ing)? an eye on|keep(?:ing)? tabs on|look at|looking at|look for|check|checking|review|reviewing"
                    + "|tells? (?:us|me|you)|shows? (?:us|me|you)?|signals?|indicates?|proves?|(?:the |my |our |a )?(?:tracker|watch ?list|dashboard))\\b"
                    + "|\\bwhat (?:should|do|would|must) (?:we|i|you|investors|analysts|(?:my|our|the) \\w+) (?:[\\w']+ ){0,2}?(?:watch|track|monitor|keep an eye on)\\b"
                    // "kpi to track post-close": the thing to watch, named first
                    + "|^(?:the |a |which |what )?(?:kpis?|metrics?|indicators?|signals?|numbers?) (?:to|we should|i should|should we) (?:track|watch|monitor|follow|keep an eye on)\\b"
                    // "what's the tell that it's hitting the p&l", "what's the early sign": the evidence to look for
                    + "|\\bwhat(?:'s| is| are| would be| will be)? (?:the |a )?(?:(?:one|main|key|first|early|earliest|best|clearest|real|leading) )?(?:tells?|giveaways?|signs?|signals?|leading indicators?|evidence|proof)\\b(?! (?:of|for|on) (?:the |amazon'?s? )?(?:stake|irr|moic|multiple|payoff|gain)\\b)"
                    + "|\\bwhat (?:we|i|you|investors|analysts|(?:my|our|the) \\w+) (?:should|would|must|need to|ought to) (?:[\\w']+ ){0,2}?(?:watch|track|monitor|keep an eye on)\\w*\\b");
    /** "the bull case in one line", "tl;dr": a summary in words, whatever the scenario named. */
    private static final Pattern SUMMARY = Pattern.compile(
            "\\bin (?:one|a) (?:line|sentence|word|nutshell|paragraph)\\b|\\btl;? ?dr\\b|elevator pitch|\\bsummar|\\bthe gist\\b|\\bbig picture\\b|\\bqualitativ");

    /**
     * A clause that asks for words, not numbers: a narrative cue ("why", "risk", "what does it mean"), or a
     * question of its own that names no metric and gives no figure ("…, and is there a hard deadline?").
     * "when" / "where" / "who" count only where they start the clause ("moic when we mark it" is numeric).
     */
    /**
     * "It's a bit like sponsoring two rival football teams. How is Anthropic likely to feel about it?": the off-topic word
     * is in a statement of its own, and the question after it is about the thesis.
     */
    private boolean comparisonBeforeTheQuestion(String s, int at) {
        int end = at;
        while (end < s.length() && ".!?".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        if (end >= s.length() || s.charAt(end) == '?') {
            return false; // the word is in the question itself, or nothing follows
        }
        String after = s.substring(end + 1);
        return after.contains("?") && finds(scope, after);
    }

    /** True when the name sits only inside brackets ("(our FP&A people love these)"), and the rest names a metric. */
    private boolean inBrackets(String s, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String outside = PARENTHESES.matcher(s).replaceAll(" ");
        return !outside.contains(lower) && s.contains(lower) && reader.namesMetric(outside);
    }

    /** Where a message's sentences (and dashed or labelled parts) end. */
    private static final Pattern UNITS = Pattern.compile("(?<=[.?!;])\\s+|\\s[-\u2013\u2014]+\\s|:\\s|\\n");
    /** A word that asks, opening a part of a message. */
    private static final Pattern ASKS_WORD = Pattern.compile(
            "\\?|\\b(?:what|whats|how|which|why|where|who)\\b|^(?:(?:and|so|ok|okay|then|now|but)\\W+)*(?:when|is|are|does|do|did|can|could|should|would|will|has|have)\\b");
    /** A word that points back at someone named before: the question would be about them. */
    private static final Pattern POINTS_AT_THEM = Pattern.compile("\\b(?:its|their|theirs|his|her|hers|they|them|he|she)\\b");

    /**
     * The name is only a deal the writer compares ours with: it sits as a likeness ("like msft's 2019 deal", "azure-style",
     * "the way azure did for msft", "off the msft template", "tracks google's markup"), or in a sentence (or a dashed part)
     * other than the one that asks with no figure of its own ("msft-oai got underwritten on paper. same lens: what exit
     * gets us 2.5x?"); and the asking part points back at no one ("what is their stake worth" asks about them).
     */
    private boolean comparisonOnly(String s, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String[] units = UNITS.split(s);
        int asking = -1;
        for (int i = units.length - 1; i >= 0 && asking < 0; i--) {
            String u = units[i].strip();
            if (!u.contains(lower) && (ASKS_WORD.matcher(u).find() || reader.namesMetric(u)) || u.contains(lower) && ASKS_WORD.matcher(u).find()) {
                asking = i;
            }
        }
        if (asking < 0 || POINTS_AT_THEM.matcher(units[asking]).find()) {
            return false;
        }
        String n = Pattern.quote(lower);
        Pattern likeness = Pattern.compile("\\b(?:like|unlike|as with|similar to|the way|same as|a la|mirrors?|tracks?|copying|model(?:l)?ed on|off (?:of )?the)"
                + "\\s+(?:[\\w'/-]+\\s+){0,4}?" + n + "\\b|\\b" + n + "(?:'s)?(?:[-/][a-z]+)?[- ](?:style|type|like|esque|template|playbook|precedent|analog|analogue|on-steroids)\\b");
        boolean seen = false;
        for (int i = 0; i < units.length; i++) {
            String u = units[i];
            if (!u.contains(lower)) {
                continue;
            }
            seen = true;
            if (!likeness.matcher(u).find() && (i == asking
                    || Amounts.find(u).stream().anyMatch(a -> a.kind() != org.thesisbot.core.scenario.Amount.Kind.CALENDAR_YEAR))) {
                return false; // asked about, or a figure of theirs ("msft put ~13bn into oai") that the reader would take for one of ours
            }
        }
        return seen;
    }

    /** A figure the asker says is their own: "~3.2T", "my number", "my #", "(mine)", "call it 10bn", "i carry nike at". */
    private static final Pattern OWN_FIGURE = Pattern.compile("~\\s?\\$?\\d|" + QuestionText.ASKERS_OWN);

    /**
     * The name is a comparable (a "comp"): the question gives its size as the asker's own figure ("the size msft is today (my number
     * ~3.2T)", "a tesla (~1.1T)", "a ford-year of profit (~5bn)") within a few words of the name, and asks about ours.
     */
    private static boolean comparable(String s, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Matcher at = Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(s);
        while (at.find()) {
            String near = s.substring(Math.max(0, at.start() - 70), Math.min(s.length(), at.end() + 70));
            Matcher own = OWN_FIGURE.matcher(near);
            if (own.find() && Amounts.find(near).stream().anyMatch(a -> a.kind() != org.thesisbot.core.scenario.Amount.Kind.CALENDAR_YEAR)) {
                return true;
            }
        }
        return false;
    }

    /** Right after an input's qualifier ("pre-money X", "exit X") or "which X of openai": where a noun of the model goes. */
    private static boolean namesAnInputsKind(String s, String word) {
        String w = Pattern.quote(word.toLowerCase(java.util.Locale.ROOT));
        return Pattern.compile("\\b(?:pre[- ]?money|post[- ]?money|exit|entry|round|capex) " + w + "\\b(?!'s)"
                + "|\\bwhich " + w + " of (?:openai|amazon|the company|it)\\b").matcher(s).find();
    }

    /** True when the name sits in a clause after the question, and the clauses before it name the metric asked. */
    /** A question word opening a clause: the clause asks something of its own. */
    private static final Pattern ASKS_OF_ITS_OWN = Pattern.compile(
            "^\\W*(?:for comparison\\W+|by comparison\\W+|separately\\W+)?(?:what|what's|whats|how|is|are|does|do|did|has|have|had|which|who|whose|where|when)\\b(?!\\s+(?:i|you|u)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** How a second question is joined to the first: "…, and", "…? ", "for comparison,". */
    private static final Pattern SECOND_QUESTION = Pattern.compile("(?:\\?|,?\\s+and|\\bfor\\s+comparison,?|\\bby\\s+comparison,?|\\balso,?)\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the name comes up in a clause that asks a question of its own, after a clause that asks the model's numbers
     * ("…, and do we have any figure for Microsoft's holding?"), not in an aside ("feels tiny vs msft's bet").
     */
    private boolean askedOf(String s, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        Matcher m = CLAUSES.matcher(s);
        int from = 0;
        while (from <= s.length()) {
            boolean more = m.find();
            int end = more ? m.start() : s.length();
            String clause = s.substring(from, end);
            if (clause.toLowerCase(java.util.Locale.ROOT).contains(lower)) {
                // a second question, joined by "and", "for comparison" or after a question mark, that is not a request to
                // the bot ("can i feed it my own comps")
                String joined = s.substring(Math.max(0, from - 25), from);
                return from > 0 && ASKS_OF_ITS_OWN.matcher(clause.trim()).find() && SECOND_QUESTION.matcher(joined).find();
            }
            if (!more) {
                break;
            }
            from = m.end();
        }
        return false;
    }

    private boolean asideOnly(String s, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        StringBuilder before = new StringBuilder();
        for (String clause : CLAUSES.split(s)) {
            if (clause.toLowerCase(java.util.Locale.ROOT).contains(lower)) {
                // the question is asked before the name comes up: "stake at a 1.3T post? feels tiny vs msft's bet"
                return before.length() > 0 && reader.namesMetric(before.toString());
            }
            before.append(clause).append(" ; ");
        }
        return false;
    }

    private String narrativeClause(String s) {
        // an aside in brackets ("(setting aside the campus, which I'd treat separately)") asks nothing of its own
        boolean first = true;
        // a heading before a colon ("turning to the operating side of the thesis: what profit …") says what the question
        // is about; what follows the colon is the question
        String asked = PREAMBLE.matcher(org.thesisbot.core.reading.Reader.PREMISE.matcher(s).replaceFirst("")).replaceFirst("")
                .replaceAll("\\bi\\.e\\.,?", "in other words"); // its full stops end no sentence
        // (a sentence stated first, a question after it: context, not an ask of the sources)
        asked = STATED_FIRST.matcher(asked).replaceFirst("");
        for (String clause : CLAUSES.split(PARENTHESES.matcher(asked).replaceAll(" "))) {
            String c = clause.trim();
            if (!c.isEmpty() && !(!first && ASIDE.matcher(c).lookingAt()) && !SET_ASIDE.matcher(c).lookingAt() && asksWords(c)) {
                return c;
            }
            first &= c.isEmpty();
        }
        return null;
    }

    /** Whether a value is the sources' or assumed: "from the article or your own", "sourced or made up". */
    private static final Pattern PROVENANCE = Pattern.compile("\\b(?:from|in|per) the (?:article|piece|source|sources|text|report)\\b"
            + "|\\bsourced\\b|\\bmade up\\b|\\byour own\\b|\\bassum(?:ed|ption)\\b|\\bplug(?:ged)?\\b|\\bhard-?coded\\b");

    /** A lead-in alone ("how about if", "what if", "and suppose"): what it introduces is in the next clause or line. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?:(?:and|so|ok|okay|then|now|but|hmm)[,]? )?(?:how about|what about|what if|and if|but if|suppose|supposing|imagine|say)(?: if| that| we| instead)?\\W*");

    /** "setting aside whether it is even sensible, …", "regardless of why": what the writer puts out of the question. */
    private static final Pattern SET_ASIDE = Pattern.compile(
            "(?:(?:setting|leaving|putting|set|leave|put) (?:\\w+ ){0,3}?aside|regardless of|irrespective of|never ?mind|whether or not)\\b");

    /**
     * A relative clause after the question has begun ("…is $900bn, which feels rich to me tbh, …", "…a 45% margin,
     * which is probably wishful"): the writer's comment on what they just said, not a question of its own. "which" or
     * "that" followed by a verb or a pronoun; "which scenario …" (a noun) still asks.
     */
    private static final Pattern ASIDE = Pattern.compile(
            // "… - i.e. where does the mark have to land?": the question said again in other words
            "(?:ie,|in other words|that is to say|aka)(?=\\W|$)|"
            // "…, if that's even realistic", "…, if that makes sense": a hedge on the question, not a question
            + "if (?:that|this|it)(?:'s| is)? (?:even |at all |remotely )?(?:realistic|possible|plausible|likely|feasible|doable|makes sense|a thing)\\b|(?:which|that)(?:'s| (?:is|was|are|were|feels?|felt|seems?|looks?|sounds?|strikes|sits|would|could|might|may"
                    + "|should|i|we|imo|probably|honestly|frankly|admittedly|arguably|obviously|already|still))\\b");

    /**
     * The writer talking about themselves or the conversation, not asking anything of the sources: an apology or thanks
     * ("sorry if this doesn't make sense"), office politeness ("do the needful", "pls revert"), a doubt of their own
     * ("idk who's right", "i'm not sure"), what someone else meant ("i think she means …"), idle curiosity ("just
     * curious what happens") or their reaction to a figure ("which sounded high to me"). A clause of its own: "sorry,
     * but why …" is split at "but" before this is asked.
     */
    /** No question word later in the clause: "sorry, but why …" would be one. */
    private static final String NO_QUESTION_AFTER = "(?!.*\\b(?:why|how|what|which|who|when|where|whether)\\b)";
    private static final Pattern CHATTER = Pattern.compile(
            "^(?:(?:ok|okay|so|and|also|hi|hey|hello|oh|ah|hmm)\\b[,!.]? )*(?:"
                    + "(?:sorry|apologies|(?:i )?apologi[sz]e|thanks|thank you|thx|ty|cheers|lol|lmao|haha|no worries|(?:but )?what do i know)\\b" + NO_QUESTION_AFTER
                    + "|(?:(?:please|pls|plz|kindly) )?(?:do the needful|revert|let me know|lmk)\\b" + NO_QUESTION_AFTER
                    // a greeting that reads like a question: Nigerian English "how far", "how body" (how are you)
                    + "|(?:how far|how body|how you dey|wetin dey)(?: (?:guys|all|team|everyone|people|bro|boss|oga|o|my people))*\\W*$"
                    // "could you clarify, for an investor who asked, what …": the request's frame, the question after it
                    + "|(?:could|can|would|will) you (?:please |kindly )?(?:clarify|confirm|advise|tell me|let me know|check|indicate|outline)\\W*$"
                    + "|(?:i'?m |i am )?(?:just )?(?:curious|wondering)(?: what happens)?(?: lol| haha| tbh)?\\W*$"
                    + "|(?:i )?(?:can'?t|cannot|couldn'?t) (?:find|locate|see) (?:it|that|this|them)\\b"
                    // "… profit on OpenAI's computing... what is it in the bad case": the number just named, asked again
                    + "|what(?:'s| is| was| would be| will be) (?:it|that|this|they)(?: (?:then|now|again))?(?: (?:in|for|under|with) (?:the |a )?[\\w-]+(?: [\\w-]+)? (?:case|scenario|world|deck|version))?\\W*$"
                    + "|(?:idk|dunno|no idea|not sure|i'?m not sure|i am not sure|i (?:don'?t|do not) know)\\b(?!.*\\bwhy\\b)"
                    + "|i (?:think|guess|suppose|reckon|believe) (?:she|he|they|my (?:\\w+)|the (?:\\w+)) (?:means?|meant|wants?|wanted|asked)\\b"
                    + "|(?:which|that|it) (?:sounded|sounds|seemed|seems|felt|feels|looked|looks) (?:\\w+ ){1,2}(?:to me|tbh|imo)\\b"
                    // the asker about themself: "I am not from a finance background, so …", "i'm new to this"
                    + "|i(?:'m| am) (?:not|no) (?:from |really )?(?:a |an )?(?:finance|financial|numbers|maths?|math|technical|investment|quant)(?:s)? (?:background|person|guy|gal|expert|type)\\b|i(?:'m| am) (?:new (?:to|here)|not an expert)\\b"
                    // the asker's purpose: "want to show the board why short holds look silly" says why they ask
                    + "|(?:i |we )?(?:want|wanted|need|needed|wanna|am trying|'m trying|trying|hoping|have) to (?:show|explain to|convince|walk|prove to|make the case to|illustrate to|demonstrate to) (?:the|my|our|a|some) \\w+"
                    // doubt about the last answer, before asking it again: "are you sure? redo that with 4 yrs", "really??"
                    + "|(?:(?:are|r) (?:you|u)|you|u) (?:sure|certain|positive)(?: about (?:that|this|it))?\\W*$|(?:really|seriously|huh|wait what|no way)\\W*$"
                    + "|(?:that|this|it) (?:can'?t|cannot|doesn'?t|does not) (?:be right|look right|seem right|add up)\\W*$"
                    + "|(?:that|this|it) (?:seems|looks|feels|sounds) (?:(?:way|too|a bit|kinda|really|very) )?(?:off|wrong|high|low|odd|weird|funny|fishy|rich|light)\\W*$)");

    /** "is there a number for that": a yes/no question that asks for a number. */
    private static final Pattern ASKS_FOR_A_NUMBER = Pattern.compile(
            "^(?:ok |so |and |but )*(?:is|are) there (?:a|an|any|one|some) (?:number|figure|value|estimate|calc(?:ulation)?)s?\\b");

    /** True when one clause (normalised) asks for words: see {@link #narrativeClause}. */
    /** A clause that states a condition: "if …", "assuming …", "suppose …". */
    private static final Pattern PREMISE_WITH_FIGURE = Pattern.compile(
            "^(?:(?:and|but|so|ok|okay|now)\\b,? )?(?:if|assuming|suppose|supposing|provided|given that|say)\\b");
    /** A question word after the clause's first word: "if so, why does …" asks. */
    private static final Pattern QUESTION_WORD_AFTER_START = Pattern.compile("(?<=\\s)(?:why|how|what|which|who|when|where|whether)\\b");

    private boolean asksWords(String c) {
        if (CHATTER.matcher(c).lookingAt()) {
            return false;
        }
        boolean numbers = asksOrGivesNumbers(c) || finds(PER_YEAR_WORDS, c);
        if (PREMISE_WITH_FIGURE.matcher(c).lookingAt() && !Amounts.find(c).isEmpty() && !finds(QUESTION_WORD_AFTER_START, c)) {
            return false; // "if the 830bn in the article is really the pre-money, …": a premise with its figure asks nothing
        }
        if (LEAD_IN.matcher(c).matches()) {
            return false; // "how about if" on a line of its own: the lines after it say what changes
        }
        if (org.thesisbot.core.reading.Reader.reports(c) && c.indexOf('?') < 0 && !finds(QUESTION_START, c) && !finds(ABOUT_SOURCES, c)) {
            // "a friend who knows the anthropic people says we put 12bn into anthropic": someone's figure reported, which the
            // question after it asks about; it asks nothing of the sources itself
            return false;
        }
        if (org.thesisbot.core.reading.Reader.asksWhichCase(c)) {
            return false; // "which of your 3 cases gets us there": each case's number, set against the figure
        }
        if (WHERE_VALUE.matcher(c).matches()) {
            return false; // "where does it sit?": where a number lands, asked of the number named before
        }
        if (org.thesisbot.core.reading.Reader.checks(c)) {
            return false; // "…, is that right?", "confirm", "does that hold up?": a check of the number, answered by it
        }
        if (ABOVE_A_MARK.matcher(c).lookingAt()) {
            return false; // "…? is it even more than once": whether the number clears a mark, answered by the number
        }
        if (PURPOSE.matcher(c).lookingAt()) {
            return false; // "…? I want that as a sanity check on the upside story", "for the sake of argument": why or how they ask
        }
        if (SIZE_OF_IT.matcher(c).matches()) {
            return false; // "net gain in bull - how accretive are we talking": how big the number is, answered by it
        }
        if (WORTH_OF_IT.matcher(c).matches()) {
            return false; // "our %, and what it's worth": the value of what was just named, a number
        }
        if (RESTATES_OR_ASKS_TO_SHOW.matcher(c).lookingAt()) {
            return false; // "…, meaning the payoff is nil", "…, can you compare?": the same question again, not a new one
        }
        if (STATISTIC.matcher(c).find() && !finds(ABOUT_SOURCES, c)) {
            return false; // "…, what are the mean and the sample SD": a statistic of the numbers across the cases, a number
        }
        if (finds(ABOUT_SOURCES, c)) {
            // "…, and is the article assuming it keeps growing?": what the sources say; but a figure stated against them
            // asks nothing of them ("I was told the pre-money could be 900 billion instead of what the article says")
            return Amounts.find(c).isEmpty() || finds(QUESTION_START, c) || YES_NO.matcher(c).lookingAt();
        }
        if (MONITOR.matcher(c).find()) {
            return true; // "…, and what my boss should be monitoring after closing": what to watch, from the sources
        }
        if (YES_NO.matcher(c).lookingAt() && Amounts.find(c).isEmpty() && !reader.namesMetric(c) && !reader.asksForInput(c)
                && !ASKS_FOR_A_NUMBER.matcher(c).lookingAt() && SPACES.split(c).length >= 3) {
            return true; // "…, and isn't that a loyalty problem": a yes/no question of its own, no figure, no metric
        }
        Matcher cue = NARRATIVE_CUE.matcher(c);
        boolean mayCue = screen.mayFind(NARRATIVE_CUE, c);
        while (mayCue && cue.find()) {
            if (cue.group().matches("what does .* (?:imply|mean)") && reader.namesMetric(c.substring(cue.end()))) {
                continue; // "what does that imply for the irr": the metric, computed with what was said before
            }
            if (cue.group().startsWith("mean") && IMPLIED_INPUT.matcher(c).find() && reader.asksForInput(c)) {
                continue; // "what post-money does that mean?": the input a figure implies, solved for
            }
            // "when", "where", "who" ask for words only at the start of a clause that gives no figure
            if (!SOFT_CUE.matcher(cue.group()).matches() || (cue.start() == 0 && !numbers)) {
                return true;
            }
        }
        return !numbers && !finds(NUMERIC_CUE, c) && SPACES.split(c).length >= 3 && finds(QUESTION_START, c)
                && reader.read(c, null).lookups().isEmpty();
    }

    private boolean asksOrGivesNumbers(String c) {
        // "what is it in the base case": a scenario named asks for its numbers
        return reader.mentionsModel(c) || SCENARIO_NAMED.matcher(c).find() || !Amounts.find(c).isEmpty() || reader.asksQuantity(c) || reader.asksForInput(c);
    }

    /**
     * What the narrative half of a mixed question asks, as the retriever and the sentence chooser should read it: the
     * clause that made the question mixed ({@link #narrativeClause}, the same test the route used), with the clauses
     * after it up to one that asks for or gives a number. So "moic bull and is the return even the point or is this
     * really about aws" is asked as "is the return even the point or is this really about aws" (no cue word of its
     * own, yet not the numeric half's "moic"), and "…, and what tension does the author see between that commitment
     * and the openai deal?" keeps "the openai deal" that its "and" would cut off. Normalised text (lower case,
     * figures as digits). The whole message, normalised, when no clause asks for words.
     */
    public NarrativeQuery narrativeQuery(String text) {
        String s = Amounts.normalise(text);
        List<String> clauses = new ArrayList<>();
        List<String> joints = new ArrayList<>();
        Matcher m = CLAUSES.matcher(s);
        int from = 0;
        while (m.find()) {
            clauses.add(s.substring(from, m.start()));
            joints.add(m.group());
            from = m.end();
        }
        clauses.add(s.substring(from));
        joints.add("");
        StringBuilder q = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        boolean done = false;
        for (int i = 0; i < clauses.size(); i++) {
            String c = clauses.get(i).trim();
            if (q.length() == 0 || done) {
                if (!done && !c.isEmpty() && !(i > 0 && ASIDE.matcher(c).lookingAt()) && asksWords(c)) {
                    q.append(c);
                    appendJoint(q, joints.get(i));
                } else {
                    rest.append(c).append(' ');
                }
                continue;
            }
            if (!c.isEmpty() && asksOrGivesNumbers(c) && !asksWords(c)) {
                done = true; // "…, and what stake does it get?": the numeric half again
                rest.append(c).append(' ');
                continue;
            }
            q.append(c);
            appendJoint(q, joints.get(i));
        }
        // without the joining words at its ends ("and is that realistic", "why is amazon doing this and")
        String out = tidy(tidy(q.toString()).replaceAll("\\s(?:and|but|also|plus)$", "").replaceAll("^(?:and|but|also|plus)\\s+", ""));
        if (out.isEmpty()) {
            return new NarrativeQuery(s, "");
        }
        String scene = tidy(rest.toString().replace('?', ' '));
        // "…, and is that a big deal?": "that" is the numeric half, the subject the yes/no question is asked of. (A why- or
        // what-question reaches the computed figures without it: the sentence chooser weighs sentences stating them.)
        boolean askedOfIt = YES_NO.matcher(out).lookingAt() && POINTS_BACK.matcher(out).find();
        return new NarrativeQuery(out, askedOfIt ? scene : "");
    }

    /**
     * A follow-up asked of the sources that points back at what the thread asked before ("and their reaction?", "what
     * would that look like"): searched and read with it as its scene. Not when it names its own subject outright.
     */
    public NarrativeQuery followUp(String text, String topic) {
        String s = Amounts.normalise(text);
        if (topic == null || topic.isBlank() || FLIPS.matcher(s).find()) {
            return new NarrativeQuery(text, "");
        }
        if (SPACES.split(s.trim()).length <= BARE_FOLLOW_UP_WORDS && !POINTS_BACK.matcher(s).find()) {
            // "wait, why?" has no subject of its own: it is asked of the thread's last question ("why: the biggest risk …")
            return new NarrativeQuery(s.replaceAll("[?!.]+$", "") + ": " + topic, "");
        }
        if (!POINTS_BACK.matcher(s).find()) {
            return new NarrativeQuery(text, "");
        }
        return new NarrativeQuery(text, topic);
    }

    /** "wait, why?", "how so?", "meaning?": a follow-up this short asks about what the thread asked last. */
    private static final int BARE_FOLLOW_UP_WORDS = 3;
    /** "flip it, best case?", "and the other side?": the opposite of what the thread asked, searched on its own words. */
    private static final Pattern FLIPS = Pattern.compile("\\b(?:flip|flipside|opposite|other side|conversely|on the other hand)\\b");

    /** "that", "it", "them", "both": a clause that points back at what the numeric half named. */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(?:that|this|it|its|it's|they|them|their|those|these|both)\\b");

    private static String tidy(String q) {
        return q.replaceAll("\\s+", " ").replaceAll("^[\\s,;:\u2014\u2013+-]+|[\\s,;:\u2014\u2013+-]+$", "").trim();
    }

    /** Keeps a joining word ("and", "but") or a question mark between clauses; drops other punctuation. */
    private static void appendJoint(StringBuilder q, String joint) {
        String j = joint.trim();
        if (j.matches("and|but|also|plus")) {
            q.append(' ').append(j).append(' ');
        } else if (j.contains("?")) {
            q.append("? ");
        } else {
            q.append(' ');
        }
    }

    /**
     * The clauses of a message that carry a narrative cue ("and why is Amazon willing to pay that"); the whole text if
     * none do. A rough, static reading kept for offline probes of earlier replays; the assistant asks the sources
     * {@link #narrativeQuery}, which also finds a clause without a cue word ("is the return even the point").
     */
    public static String narrativePart(String text) {
        List<String> keep = new ArrayList<>();
        for (String clause : text.split("(?i)[,;:?!\u2014\u2013]+|\\s-\\s|\\.\\s|\\s(?:and|but|also|plus)\\s")) {
            if (NARRATIVE_CUE.matcher(Amounts.normalise(clause)).find()) {
                keep.add(clause.trim());
            }
        }
        return keep.isEmpty() ? text : String.join(" ", keep);
    }

    private static final Pattern NON_LATIN = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsCyrillic}\\p{IsArabic}\\p{IsHebrew}\\p{IsDevanagari}\\p{IsThai}\\p{IsGreek}]");
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "is", "what", "how", "why", "of", "and",
            "to", "in", "for", "does", "would", "if", "at", "on", "with", "it", "do", "are", "was", "will", "should",
            "can", "which", "who", "this", "that", "me", "my", "we", "our", "you", "about", "much", "many");
    private static final java.util.Set<String> FOREIGN = java.util.Set.of("el", "la", "los", "las", "del", "que", "por",
            "qué", "cuál", "cuánto", "cuanto", "una", "es", "le", "les", "des", "du", "est", "pourquoi", "quelle", "quel",
            "combien", "der", "die", "das", "ist", "und", "warum", "wie", "viel", "nicht", "il", "di", "che", "perché",
            "quanto", "não", "porque", "está", "sont", "avec", "pour", "para", "como", "cómo", "dans", "sur", "auf", "mit");

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** True when a character is at U+0370 or above, where the first script {@link #NON_LATIN} names (Greek) begins. */
    private static boolean beyondLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u0370') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LATIN_WORD = Pattern.compile("(?<![a-z])[a-z]{2,}(?![a-z])");
    private static final Pattern OTHER_SCRIPT_WORD = Pattern.compile(NON_LATIN.pattern() + "+");

    /**
     * Written in another script, or in words that are all another language's. English with the odd word of another
     * script ("bear case도?", "stake at a 1.2조 달러 post 요?") is English: its Latin words outnumber the others and are two
     * or more.
     */
    private static boolean notEnglish(String s) {
        if (beyondLatin(s) && NON_LATIN.matcher(s).find()) {
            long latin = LATIN_WORD.matcher(s).results().count();
            long other = OTHER_SCRIPT_WORD.matcher(s).results().count();
            return latin < 2 || latin <= other;
        }
        int english = 0;
        int foreign = 0;
        for (String w : NOT_LETTERS.split(s)) {
            if (ENGLISH.contains(w)) {
                english++;
            } else if (FOREIGN.contains(w)) {
                foreign++;
            }
        }
        return foreign >= 2 && foreign > 2 * english;
    }

    /** A word of five letters or more that the sources use and everyday questions do not ("s-curve", "paradigm"). */
    private String distinctiveCorpusWord(String s) {
        for (String w : s.split("[^a-z0-9$%'-]+")) {
            String t = w.replaceAll("^['-]+|['-]+$", "");
            if (t.length() >= 5 && !common.contains(t) && inCorpus.test(t)) {
                return t;
            }
        }
        return null;
    }

    /** A company or person the question names that the sources never mention ("Microsoft"). */
    /** Amounts said in words, which a writer may shout: "goes to ZERO", "HALF", "DOUBLE". */
    private static final Pattern SHOUTED_AMOUNT = Pattern.compile("zero|nil|nothing|half|double|triple|twice|none");

    /**
     * The words of the model's own metric names, definitions and input ids ("combined", "payoff", "capture"): a capitalised
     * one is a defined term ("the Combined Payoff", "the Stake"), never a name the sources lack.
     */
    private static final java.util.Set<String> MODEL_WORDS = modelWords();

    private static java.util.Set<String> modelWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        StringBuilder all = new StringBuilder();
        for (Metric m : Metric.values()) {
            all.append(' ').append(m.label()).append(' ').append(m.definition());
        }
        for (org.thesisbot.core.scenario.InputId i : org.thesisbot.core.scenario.InputId.values()) {
            all.append(' ').append(i.id().replace('_', ' '));
        }
        for (String w : all.toString().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return java.util.Set.copyOf(out);
    }

    private String unknownEntity(String original, String normalised, java.util.Set<String> excused) {
        Matcher known = knownName.matcher(normalised);
        boolean mayKnow = screen.mayFind(knownName, normalised);
        while (mayKnow && known.find()) {
            if (!inCorpus.test(known.group()) && !excused.contains(known.group().toLowerCase(Locale.ROOT))) {
                return capitalise(known.group());
            }
        }
        Matcher m = CAPITALISED.matcher(original);
        Boolean titleCase = null; // judged once, and only when a word would otherwise be taken for a name
        while (m.find()) {
            String w = m.group(1).replaceAll("'s$", "").replaceAll("^([A-Z]{2,})s$", "$1"); // "KPIs": the acronym's plural
            String lw = w.toLowerCase(Locale.ROOT);
            // (a common word typed in capitals is emphasis, not a name: "valued at BEFORE the new money", "goes to ZERO")
            // ("a CLEAN 10%", "the profit ALONE": any English word, by WordNet; a name or an acronym is none)
            boolean shouted = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && (common.contains(lw) || SHOUTED_AMOUNT.matcher(lw).matches()
                    || org.thesisbot.core.grounding.EnglishWords.known(lw));
            // a ticket's or a document's id ("FIN-2251", "RISK-77", "Q3") names no one
            // (nor a calendar period: "Q1'26", "FY30")
            if (!excused.contains(lw) && !inCorpus.test(lw) && !commonCapitalised.contains(lw) && org.thesisbot.core.scenario.CalendarPoints.find(lw).isEmpty() && !MODEL_WORDS.contains(lw) && lw.length() > 3 && !shouted && !Amounts.isTicketId(w) && !CODE.matcher(w).matches()) {
                if (titleCase == null) {
                    titleCase = titleCase(original);
                }
                if (titleCase && commonWord(lw)) {
                    continue; // "what Exit Valuation brings the Combined Payoff back to Zero": a writer's capitals, not a name
                }
                if (clauseStart(original, m.start(1)) && commonWord(lw)) {
                    continue; // "Given: bull\nFind: breakeven capture share": a line's (or a label's) first word, capitalised as any is
                }
                return w;
            }
        }
        return null;
    }

    /** The word at {@code at} begins a clause of its own: after a semicolon (a line break reads as one) or a label's colon. */
    private static boolean clauseStart(String text, int at) {
        return at >= 2 && text.charAt(at - 1) == ' ' && (text.charAt(at - 2) == ';' || text.charAt(at - 2) == ':');
    }

    /**
     * The writer capitalises common words as a habit ("what Ownership does Amazon come away with", "the Grand Total"): at least
     * {@value #TITLE_CASE_WORDS} words inside sentences are capitalised English words.
     */
    private static boolean titleCase(String original) {
        Matcher m = CAPITALISED.matcher(original);
        int common = 0;
        while (m.find() && common < TITLE_CASE_WORDS) {
            if (commonWord(m.group(1).toLowerCase(Locale.ROOT))) {
                common++;
            }
        }
        return common >= TITLE_CASE_WORDS;
    }

    private static final int TITLE_CASE_WORDS = 2;

    /** Prefixes written with a hyphen ("Pre-Money", "Post-Close"), no words of their own. */
    private static final java.util.Set<String> PREFIXES = java.util.Set.of("pre", "post", "non", "co", "ex", "re", "sub", "mid", "multi");

    /** An English word of the dictionary, or one made of them with hyphens ("pre-money"), or a word of the model's. */
    private static boolean commonWord(String lw) {
        for (String part : lw.split("-")) {
            if (!part.isEmpty() && !MODEL_WORDS.contains(part) && !PREFIXES.contains(part) && !org.thesisbot.core.grounding.EnglishWords.known(part)) {
                return false;
            }
        }
        return true;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> cues(String c) {
        List<String> l = new ArrayList<>();
        l.add(c);
        return l;
    }

}
