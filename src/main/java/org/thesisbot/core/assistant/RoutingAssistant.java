package org.thesisbot.core.assistant;

import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Draft;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.QuestionText;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.api.ThesisbotException;
import org.thesisbot.core.scenario.Shorthand;
import org.thesisbot.core.text.Spelling;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.grounding.EnglishWords;
import org.thesisbot.core.reading.MagnitudeWords;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.state.ThreadStore;
import org.thesisbot.core.route.Router;
import org.thesisbot.core.route.Routing;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.Command;
import org.thesisbot.core.scenario.CommandGrammar;
import org.thesisbot.core.scenario.InvalidInputException;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.reading.Reading;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.scenario.SensitivityQuestions;
import org.thesisbot.core.scenario.SensitivityRequest;
import java.util.Optional;

/**
 * The brain: routes each question, computes numbers with the scenario core, asks the narrator for cited
 * prose, remembers the thread for follow-ups, and writes one {@link Answer} that every mouth renders.
 */
public final class RoutingAssistant implements Assistant {
    private static final Logger LOG = LoggerFactory.getLogger(RoutingAssistant.class);

    private final Calculator calculator;
    private final ScenarioModel model;
    private final NumericAnswers numbers;
    private final Counterfactuals counterfactuals;
    private final Recall recall;
    private final SavedScenarios savedScenarios;
    private final Hurdles hurdles;
    private final Reader reader;
    private final CommandGrammar grammar;
    private final Router router;
    private final Narrator narrator;
    private final ThreadStore memory;
    private final NumericReply numeric;
    private final FlowReplies flowReplies;
    private final Telemetry telemetry;
    private final Clock clock;
    private final int maxChars;
    private final Replies replies;
    private final PathReplies pathReplies;
    private final TreeReplies trees;
    /** The readers of a question said in other words ({@link Reframing}), in the order each is found on what the last left. */
    private final List<Frames.Finder> reframers;
    private final SecureRandom ids = new SecureRandom();
    private final List<String> scenarioNames;
    private final double minRelevance;
    /** Words that steer retrieval towards a metric's topic when the user asks "why?" after a number. */
    private final Map<Metric, String> topic;
    /** The retrieval query for "summarize the thesis". */
    private final String summaryQuery;
    private final Shorthand shorthand;
    private final Spelling spelling;
    private final NamedFigures named;
    private final Glosses glosses;
    /** "What's new?" / "what changed?" cues (the lexicon's {@code answers.changes}). */
    private final List<Pattern> changes;
    private final SensitivityAnswers sensitivity;
    private final SensitivityQuestions sensitivityQuestions;
    /** Levels computed from the model before a question is read: a level held, a case between two, a blend's leg. */
    private final Levels levels;

    /** @param lexicon the corpus' words ({@code config/lexicon.yaml}): shorthand, metric topics, summary query, change cues */
    public RoutingAssistant(ScenarioModel model, Reader reader, Narrator narrator, Router router, ThreadStore memory,
                            Telemetry telemetry, Clock clock, int maxChars, String commandName, double minRelevance,
                            org.thesisbot.core.lexicon.Lexicon lexicon) {
        this(model, reader, narrator, router, memory, telemetry, clock, maxChars, commandName, minRelevance, lexicon,
                new Spelling(lexicon.spelling().terms(), lexicon.spelling().protectedWords()));
    }

    /** @param spelling mends typos before anything reads a question (its vocabulary built by the composition root) */
    public RoutingAssistant(ScenarioModel model, Reader reader, Narrator narrator, Router router, ThreadStore memory,
                            Telemetry telemetry, Clock clock, int maxChars, String commandName, double minRelevance,
                            org.thesisbot.core.lexicon.Lexicon lexicon, Spelling spelling) {
        this.minRelevance = minRelevance;
        Map<Metric, String> topics = new java.util.EnumMap<>(Metric.class);
        lexicon.answers().metricTopics().forEach((mid, words) -> Metric.byId(mid).ifPresent(m -> topics.put(m, words)));
        this.topic = java.util.Collections.unmodifiableMap(topics);
        this.summaryQuery = lexicon.answers().summaryQuery();
        this.shorthand = new Shorthand(lexicon.shorthand());
        this.spelling = spelling;
        this.named = new NamedFigures(lexicon.namedValues(), model);
        this.glosses = new Glosses(lexicon.glosses());
        this.changes = lexicon.answers().changes().stream().map(x -> Pattern.compile(x, Pattern.CASE_INSENSITIVE)).toList();
        this.calculator = new Calculator(model);
        this.model = model;
        this.scenarioNames = model.scenarios().stream().map(org.thesisbot.core.scenario.Scenario::name).toList();
        this.numbers = new NumericAnswers(model, reader);
        this.counterfactuals = new Counterfactuals(model, calculator, reader, numbers);
        this.recall = new Recall(model, reader);
        this.savedScenarios = new SavedScenarios(model, reader);
        this.hurdles = new Hurdles(reader);
        this.reader = reader;
        this.grammar = new CommandGrammar(model);
        this.numeric = new NumericReply(model);
        this.sensitivity = new SensitivityAnswers(calculator, numeric);
        this.sensitivityQuestions = new SensitivityQuestions(model, t -> reader.read(t, null).metrics());
        this.levels = new Levels(model, calculator, reader, numeric, this::prepare, clock);
        this.flowReplies = new FlowReplies(model, calculator, numeric, clock, this::newId);
        this.pathReplies = new PathReplies(model, calculator, numeric, reader, this::prepare, clock, this::newId);
        this.trees = new TreeReplies(model, calculator, numeric, reader, this::prepare, clock, this::newId);
        this.narrator = narrator;
        this.router = router;
        this.memory = memory;
        this.telemetry = telemetry;
        this.clock = clock;
        this.maxChars = maxChars;
        this.replies = new Replies(commandName);
        BigDecimal years = model.value(InputId.COMPUTE_YEARS.id(), ScenarioModel.BASE);
        BigDecimal invested = invested();
        BigDecimal hold = model.value(InputId.HOLDING_YEARS.id(), ScenarioModel.BASE);
        List<Stories.Case> cases = Stories.cases(model);
        this.reframers = List.of(new Frames.Finder(CaseMixes.KEPT, t -> CaseMixes.find(t, model, q -> reader.read(prepare(q), null)), CaseMixes.LEAVE, Frames.ALWAYS),
                new Frames.Finder("interim mark", t -> InterimMarks.find(t, model), InterimMarks.LEAVE, Frames.ALWAYS),
                new Frames.Finder("hedge", t -> Hedges.find(t, model), Hedges.LEAVE, Frames.ALWAYS),
                new Frames.Finder("waterfall", t -> Waterfalls.find(t, model), Waterfalls.LEAVE, Frames.ALWAYS),
                new Frames.Finder("side mark", SideMarks::find, SideMarks.LEAVE, Frames.ALWAYS), new Frames.Finder("story", t -> Stories.find(t, cases), null),
                new Frames.Finder(LookThroughs.KEPT, LookThroughs::find, LookThroughs.LEAVE),
                new Frames.Finder("poll", Polls::find, Polls.LEAVE),
                new Frames.Finder("traffic lights", Lights::find, Lights.LEAVE), new Frames.Finder("offers", Offers::find, Offers.LEAVE),
                new Frames.Finder("walk", t -> Walks.find(t, calculator, q -> reader.read(prepare(q), null)), Walks.LEAVE, Walks.AGAIN),
                new Frames.Finder("convert", t -> Converts.find(t, calculator), Converts.LEAVE, Converts.AGAIN), new Frames.Finder("bridge", t -> Bridges.find(t, calculator), Bridges.LEAVE, Bridges.AGAIN, Bridges::back),
                new Frames.Finder("lots", t -> Lots.find(t, calculator), Lots.LEAVE, Lots.AGAIN),
                new Frames.Finder("loan", Loans::find, Loans.LEAVE, Loans.AGAIN), new Frames.Finder("goal aside", t -> GoalsAside.find(t, this::setsInputOnly), null),
                new Frames.Finder("skew", t -> Skews.find(t, calculator), Skews.LEAVE, Skews.AGAIN),
                new Frames.Finder("build", t -> Builds.find(t, calculator), Builds.LEAVE, Builds.AGAIN),
                new Frames.Finder("aws leg", t -> Capitalised.find(t, calculator), Capitalised.LEAVE, Capitalised.AGAIN),
                new Frames.Finder("displaced", t -> Displaced.find(t, calculator), Displaced.LEAVE),
                new Frames.Finder("rev share", t -> RevenueShares.find(t, calculator), RevenueShares.LEAVE, RevenueShares.AGAIN),
                new Frames.Finder("sell-down", t -> SellDowns.find(t, calculator), SellDowns.LEAVE, SellDowns.AGAIN),
                new Frames.Finder("yardstick", Yardsticks::find, null), new Frames.Finder("other investor", OtherInvestors::find, null),
                new Frames.Finder("spread", t -> Spreads.find(t, in -> reader.inputIn(prepare(in)), calculator), null),
                new Frames.Finder("preference", Preferences::find, null), new Frames.Finder("markup", Markups::find, null),
                new Frames.Finder("cash basis", t -> CashBasis.find(t, invested, hold), CashBasis.LEAVE),
                new Frames.Finder("feeds", t -> Feeds.find(t, in -> reader.inputIn(prepare(in)), reader::label, reader::reads), null),
                new Frames.Finder("bar", Bars::find, null), new Frames.Finder("allotment", Allotments::find, null), new Frames.Finder("doubling", Doublings::find, null), new Frames.Finder("scaled", Scalings::find, null), new Frames.Finder("haircut", Haircuts::find, null), new Frames.Finder("per share", t -> PerShare.find(t, years), null),
                new Frames.Finder("inflation", t -> Inflation.find(t, calculator), Inflation.LEAVE, Inflation.NEW_RATE),
                new Frames.Finder("conventions", t -> RateConventions.find(t, model), RateConventions.LEAVE),
                new Frames.Finder("discounting", t -> Discounting.find(t, model), Discounting.LEAVE),
                new Frames.Finder("grid", t -> GridSteps.find(t, calculator), GridSteps.LEAVE),
                new Frames.Finder("notes", t -> Notes.find(t, invested, calculator), Notes.LEAVE, Notes.AGAIN),
                new Frames.Finder("warrants", t -> Warrants.find(t, calculator), Warrants.LEAVE),
                new Frames.Finder("all-in", t -> AllIn.find(t, calculator, q -> reader.read(prepare(q), null)), AllIn.LEAVE, AllIn.AGAIN));
    }

    @Override
    public Answer ask(Question received, AnswerListener listener) {
        long t0 = System.nanoTime();
        // clauses pasted from a legal document, under their numbers ("§2.1 Purchase Price: US$50,000,000,000"): read as
        // their captions and texts, in the words the model uses, before anything else reads the message ({@link Clauses})
        // (and any figure given under its name at a line's start, "pre-money: 1.15T", tied to that name: {@link Labels})
        // (a wire's headline above the question, "*OPENAI ROUND SAID TO PRICE AT $950B PRE-MONEY: INFORMATION", said as a
        // plain sentence: {@link Headlines})
        // (a question written as a brief in labelled fields, "Role: … / Context: bear case. / Task: … / Output: {…}": its
        // premises and its task, without the fields of form: {@link Briefs})
        // (the thread's state, read once: it holds the frames its questions are asked in, "on a cash basis", and the captions
        // of the clauses it numbered, for a follow-up that cites one by its number only)
        // (a message over the length limit is refused as typed, before anything reads it: its length is the asker's)
        if (received.text() != null && QuestionText.plain(QuestionText.clean(received.text())).length() > maxChars) {
            check(received.text());
        }
        // (so is a figure longer than any amount, or more figures than a question may hold: cheap to count, and every reader
        // below reads each figure)
        String tooLong = received.text() == null ? null : QuestionText.tooLongFigure(received.text());
        if (tooLong != null) {
            throw new BadQuestionException(tooLong);
        }
        String tooMany = received.text() == null ? null : QuestionText.tooManyFigures(QuestionText.plain(QuestionText.clean(received.text())));
        if (tooMany != null) {
            throw new BadQuestionException(tooMany);
        }
        // (a question that leaves the thread's mix of cases for a whole case, "and in bull?", is read without the mix's figures)
        ThreadState loaded = received.thread() == null ? null
                : memory.load(received.thread()).map(s -> CaseMixes.left(s, received.text(), model)).orElse(null);
        // a probability tree on the model's inputs ("exit node: 1.5T (50%) / 600bn (50%). ev of our stake?"), or the thread's
        // tree asked again or added to ({@link Trees}): read before anything else, as its branches' figures and odds are no
        // other shape's (a table's cells, a path's marks, figures to choose from)
        Turn tree = received.text() == null ? null : treed(QuestionText.clean(received.text()), loaded);
        if (tree != null) {
            tree = new Turn(besideSources(tree.answer(), QuestionText.clean(received.text()), loaded), tree.next());
            keep(received.thread(), shown(tree, loaded).next());
            return finish(received, Duration.ofNanos(System.nanoTime() - t0), tree.answer());
        }
        Clauses.Read clauses = Clauses.read(Headlines.plain(Briefs.asked(received.text())), loaded == null ? Map.of() : Clauses.kept(loaded.frames()));
        String claused = clauses.text();
        String tied = Labels.tied(clauses.cited() ? glosses.as(Clauses.GLOSS, claused) : claused);
        // (another company as a comparable, with the asker's own figure for it, "above or below a walmart (call it 700bn)":
        // said as that figure, {@link Comps})
        tied = Comps.asFigures(tied);
        // (OpenAI priced per share on its fully diluted count, "round px'd at $168/sh w 5.05bn FD post-round": each price
        // said as the valuation it makes, the count kept for the thread: {@link SharePrices})
        // (both read the text without Slack's formatting: "*$168/sh* on *5.05bn* FD")
        String plainTied = QuestionText.plain(tied);
        SharePrices.Read priced = SharePrices.read(plainTied, loaded == null ? List.of() : loaded.frames(),
                model.value(InputId.ROUND_SIZE.id(), ScenarioModel.BASE));
        tied = priced.text().equals(plainTied) ? tied : priced.text();
        // (a check split between new money and shares bought from holders at a discount, "30 primary + 20 secondary at 15%
        // off the round px": said as the whole check in at its blended entry, the mix kept for the thread: {@link Secondaries})
        plainTied = QuestionText.plain(tied);
        Secondaries.Read mixed = Secondaries.read(plainTied, loaded == null ? List.of() : loaded.frames(),
                model.value(InputId.POST_MONEY_VALUATION.id(), ScenarioModel.BASE), model.value(InputId.ROUND_SIZE.id(), ScenarioModel.BASE));
        tied = mixed.text().equals(plainTied) ? tied : mixed.text();
        Question typed = tied.equals(received.text()) ? received : new Question(tied, received.thread(), received.user(), received.origin());
        // a question said to the model in other words before anything reads it ({@link Reframing}), each found on the text
        // the one before left: a yardstick of the asker's own ("in bps of amzn net sales [~640bn, mine]"), an exit through
        // another investor's result ("where softbank, in at 300bn, makes 5x"), the stake sold at a discount to its mark ("at
        // a 15% disc to NAV"), a number taken to one Amazon share ("$8/sh on ~10.7bn diluted shares", "after 21% tax")
        String asTyped = QuestionText.clean(typed.text());
        // (read without Slack's formatting: "a *25%* disc to NAV" is a 25% discount)
        String unformatted = QuestionText.plain(asTyped);
        Frames.Read framed = Frames.read(unformatted, reframers, loaded == null ? List.of() : loaded.frames());
        List<Reframing> reframings = framed.reframings();
        String reframed = framed.question();
        // (the question as typed when none of them read it nor left a frame with it, nor undid one's change; else the text
        // they left, one question made of it)
        Question said = reframings.isEmpty() && !framed.left() && reframed.equals(unformatted) ? typed
                : new Question(reframed, typed.thread(), typed.user(), typed.origin());
        String typedClean = QuestionText.clean(said.text());
        // figures given as a table ("key: check/post/exit\n—/1T/1.8T → gain"): each row said in words ({@link KeyTable})
        List<String> table = KeyTable.rows(typedClean);
        // a return the money could have earned instead ("net of t-bills at 4% over 5y"): the question answered without it, its
        // numbers then set against it ({@link Benchmarks})
        Optional<Benchmarks.Found> bench = table.isEmpty() ? Benchmarks.find(typedClean) : Optional.empty();
        // the share AWS would win without the deal ("aws would've had 20% anyway"): likewise, against the same numbers at it
        Optional<Baselines.Found> without = table.isEmpty() && bench.isEmpty() ? Baselines.find(typedClean) : Optional.empty();
        Question given = table.size() == 1 ? new Question(table.get(0), said.thread(), said.user(), said.origin())
                : bench.map(b -> new Question(b.rest(), said.thread(), said.user(), said.origin()))
                .or(() -> without.map(b -> new Question(b.rest(), said.thread(), said.user(), said.origin()))).orElse(said);
        if (table.size() > 1) {
            Turn rows = tabled(table, given, loaded);
            keep(given.thread(), shown(rows, loaded).next());
            return finish(given, Duration.ofNanos(System.nanoTime() - t0), rows.answer());
        }
        // a case between two of the model's ("halfway base to bull on every input"): its inputs placed in the state the
        // question is read from, the phrase taken out, and a note that says where each input was placed ({@link Between})
        Optional<Levels.Placed> placed = Between.find(QuestionText.plain(QuestionText.clean(given.text()))).flatMap(f -> levels.placed(f, loaded));
        if (placed.isEmpty()) {
            // a later round of OpenAI's that Amazon sits out or follows ("then oai raises 100bn at a 1.9T pre and we pass"):
            // said to the model as Amazon's entry, with a note that says so ({@link LaterRounds})
            String text = QuestionText.clean(given.text());
            placed = LaterRounds.mayAsk(text.toLowerCase(java.util.Locale.ROOT))
                    ? LaterRounds.find(Amounts.normalise(text)).flatMap(f -> levels.diluted(f, loaded)) : Optional.empty();
        }
        ThreadState state = placed.map(Levels.Placed::state).orElse(loaded);
        Question original = placed.map(p -> new Question(p.rest(), given.thread(), given.user(), given.origin())).orElse(given);
        // a metric held where it is while something else changes ("what check holds our % where it is"): its level before
        // the change, said as the goal ({@link Holds}); the answer says which level it held
        // a goal that is another setting's level ("what hold lines a 1.25T exit's irr up with bull's over 5 yrs"): that level
        // computed on its own and said as the goal ({@link Matches}); it names its setting, so it goes before a level held
        Optional<Levels.Held> held = Matches.find(QuestionText.clean(original.text())).flatMap(m -> matched(m, state));
        if (held.isEmpty()) {
            held = Holds.find(QuestionText.clean(original.text())).flatMap(h -> levels.held(h, state));
        }
        if (held.isPresent() && setsTwoLevel(original.text(), state)) {
            // "what capture share brings AWS's profit level with the gain on the stake": two of the question's own numbers
            // set level, which the reader solves as one goal; no level held or matched from elsewhere
            held = Optional.empty();
        }
        Question asked = held.map(h -> new Question(h.question(), original.thread(), original.user(), original.origin())).orElse(original);
        String heldAt = held.map(Levels.Held::note).orElse(null);
        String clean = QuestionText.clean(asked.text());
        // a question with figures to choose from: read without them, and the answer says which it is; when no number of
        // the answer can be one of them ("moic at 1) 1.2T 2) 1.5T" lists conditions, not answers), it is read as written
        // a message that shows its working ("1) … = 72.3B 2) moic = 1.54x, which line breaks?"): read without the working's
        // results, which are then checked against the answer's numbers
        // (figures to choose from are no working: "(a) $730B (b) $780B … in the model?" is a quiz)
        // inputs that move together ("each 10pts of capture knocks 5pts off the margin", "capture climbs 5pts a yr", "marks: yr1
        // 900, yr2 1.05T"), and a peak, a goal or a year asked along them; or the thread's path asked again ("same rule but a
        // 1.5t exit"): read first, as a path's lines are no working to check nor choices to pick from
        Paths.Kept kept = state == null ? null : Paths.kept(state.path()).orElse(null);
        Turn along = Paths.mayAsk(clean.toLowerCase(java.util.Locale.ROOT), kept != null) ? alongPath(Amounts.normalise(QuestionText.plain(clean)), kept, state) : null;
        Optional<Choices.Found> choices = along != null ? Optional.empty() : Choices.find(clean);
        // two people's figures and a request to settle ("Ken: … ~4.5%\nAisha: nah its 5\nwho's right?"): read without the
        // figures in dispute, which are then weighed against the answer's numbers
        Optional<Disputes.Found> dispute = along != null || choices.isPresent() ? Optional.empty() : Disputes.find(clean, reader::namesMetric);
        Optional<Working.Read> working = along != null || choices.isPresent() || dispute.isPresent() ? Optional.empty()
                : Working.read(clean, reader::namesMetric);
        // a question, then what to ask next depending on its answer ("what % do we own? if it's under 5, the check that gets
        // us to 5%"): the first answered, the condition checked on its number, the branch that holds asked after it
        Optional<Conditionals.Found> conditional = along != null || choices.isPresent() || dispute.isPresent() || working.isPresent() ? Optional.empty()
                : Conditionals.find(clean);
        Turn turn = along != null ? along : conditional.map(c -> conditionally(c, asked, state)).orElse(null);
        if (working.isPresent()) {
            // working towards a target: its last line is what is solved, the lines before are steps
            String read = reader.read(prepare(working.get().solving()), state).target() != null ? working.get().solving() : working.get().question();
            Turn checked = answered(new Question(read, asked.thread(), asked.user(), asked.origin()), state, AnswerListener.NONE);
            turn = Working.verdict(working.get().claims(), checked.answer().results()).map(v -> withVerdict(checked, v)).orElse(checked);
        }
        if (dispute.isPresent()) {
            Turn settled = answered(new Question(dispute.get().question(), asked.thread(), asked.user(), asked.origin()), state, AnswerListener.NONE);
            turn = Disputes.verdict(dispute.get().claims(), settled.answer().results()).map(v -> withVerdict(settled, v)).orElse(settled);
        }
        if (choices.isPresent()) {
            Turn chosen = answered(new Question(choices.get().stem(), asked.thread(), asked.user(), asked.origin()), state, AnswerListener.NONE);
            Optional<String> verdict = Choices.verdict(choices.get().choices(), chosen.answer().results());
            if (verdict.isPresent()) {
                turn = withVerdict(chosen, verdict.get());
            }
        }
        // (normalised once, and only when a cheap look finds one of the shapes below: a long message costs milliseconds)
        String lower = clean.toLowerCase(java.util.Locale.ROOT);
        boolean levered = turn == null && Levers.mayAsk(lower, state != null && !state.levers().isEmpty());
        boolean barred = turn == null && Constraints.mayAsk(lower, state != null && state.bound() != null);
        String normalised = levered || barred ? Amounts.normalise(clean) : null;
        if (turn == null && (Weighings.mayAsk(lower) || state != null && state.frames().stream().anyMatch(k -> k.startsWith(Weighings.KEPT + "\t")))) {
            // the weight one case needs, the rest on another, for the expected value of a metric to reach a bar ("what's the
            // smallest p(bull), rest on bear, for an expected moic of 1.3x"), or the thread's weighting asked again ({@link Weighings})
            Optional<Weighings.Found> w = Weighings.find(clean);
            if (w.isEmpty() && state != null) {
                String weighing = state.frames().stream().filter(k -> k.startsWith(Weighings.KEPT + "\t")).map(k -> k.substring(Weighings.KEPT.length() + 1))
                        .findFirst().orElse(null);
                w = weighing == null ? Optional.empty() : Weighings.again(clean, weighing, reader.namesMetric(prepare(clean)));
            }
            turn = w.map(f -> weighed(f, asked, state)).orElse(null);
        }
        if (turn == null && LeverGoals.mayAsk(lower)) {
            // one goal, and levers that could each reach it alone ("Goal: a $40bn gain. How high must the exit go, or how
            // low the entry post-money?"): the goal asked once per lever ({@link LeverGoals})
            turn = LeverGoals.find(clean).map(f -> eachAlone(f, asked, state)).orElse(null);
        }
        if (turn == null && state != null && LeverGoals.mayAskAgain(lower)) {
            // the thread's lever goal again ("same goal in the bear case", "compute spend at $150bn. same two levers?")
            String leverGoal = state.frames().stream().filter(k -> k.startsWith(LeverGoals.KEPT + "\t")).map(k -> k.substring(LeverGoals.KEPT.length() + 1))
                    .findFirst().orElse(null);
            turn = leverGoal == null ? null : LeverGoals.again(clean, leverGoal).map(f -> eachAlone(f, asked, state)).orElse(null);
        }
        if (turn == null && levered) {
            // levers pulled one at a time and ranked ("capture +10pts vs margin +5pts, which is bigger"): each lever asked on
            // its own, and which moves the metric more said first ({@link Levers})
            turn = Levers.find(normalised).map(f -> levered(f, asked, state)).orElse(null);
        }
        if (turn == null && levered && state != null && !state.levers().isEmpty()) {
            // the thread's levers again, in the follow-up's state ("now in bear, same two deltas", "now as the multiple")
            turn = Levers.again(normalised, state.levers()).map(f -> levered(f, asked, state)).orElse(null);
        }
        if (turn == null && barred) {
            // an input's extreme under several bars at once ("min exit that clears both 2.5x and a 20% irr"): each bar solved on
            // its own, and the one that asks most of the input answers ({@link Constraints})
            turn = Constraints.find(normalised).map(c -> bound(c, asked, state)).orElse(null);
        }
        if (turn == null && barred && state != null && state.bound() != null) {
            // the thread's bars again, with a change ("same 2 hurdles but 3 yr hold", "bump the multiple bar to 2.5x")
            turn = Constraints.again(normalised, state.bound()).map(a -> bound(a.legs(), a.goals(), a.lowest(), asked, state))
                    .orElse(null);
        }
        Flows.Found flows = null;
        if (turn == null && Flows.mayAsk(lower, state != null && !state.flows().isEmpty())) {
            // money in and out at more than one time ("draws 20 at close / 15 yr1", "half out at 1.2T yr 3, rest at 2T yr 6"):
            // the blend worked from the flows ({@link Flows}); the flows are kept for the thread either way
            String prepared = prepare(clean);
            flows = Flows.namesCase(prepared) ? null : Flows.find(prepared).orElse(null);
            turn = flows == null ? null : flowReplies.reply(flows, prepared, state).map(r -> new Turn(r.answer(), r.next())).orElse(null);
        }
        Optional<String> staged = turn == null && flows == null ? Staged.find(clean) : Optional.empty();
        if (staged.isPresent()) {
            // a price paid in stages or in kind (escrow, earnout, the buyer's stock): not one exit, so no all-cash number;
            // said how to ask it as sales, which the flows blend
            turn = new Turn(new Answer(newId(), Route.NUMERIC, Staged.reply(staged.get()), null, List.of(), List.of(), "scenario-core",
                    List.of(), new RouteDecision(Route.NUMERIC, 0.9, -1, List.of("staged consideration: \"" + staged.get() + "\""))), state);
        }
        if (turn == null) {
            turn = answered(asked, state, listener);
            Optional<String> last = turn.answer().route() == Route.NUMERIC && !Preambles.looksUp(turn.answer())
                    ? Preambles.lastSentence(clean) : Optional.empty();
            if (last.isPresent()) {
                // "for a 35/15 split, bills at 4.25%: what post-money does the model use?": the plan's figures are context, and
                // the model's value is asked in a sentence of its own ({@link Preambles})
                Turn alone = answered(new Question(last.get(), asked.thread(), asked.user(), asked.origin()), state, AnswerListener.NONE);
                if (Preambles.looksUp(alone.answer())) {
                    turn = new Turn(withNote(alone.answer(), Preambles.note(last.get())), alone.next());
                }
            }
        }
        Optional<Unmodelled.Found> unmodelled = Unmodelled.find(clean);
        boolean carried = unmodelled.isEmpty() && state != null;
        if (carried) {
            unmodelled = Unmodelled.kept(clean, state.frames());
        }
        if (unmodelled.isPresent()) {
            // a fund's fees and carry, or a second leg in bills, around the stake, said now or earlier in the thread: the
            // model's figure would be confidently wrong, so it is not given, and the thread keeps the structure for its
            // follow-ups until one leaves it ({@link Unmodelled})
            boolean inStructure = state != null && state.frames().stream().anyMatch(Unmodelled::isFrame);
            boolean declined = Unmodelled.computes(turn.answer()) || inStructure && Unmodelled.changesTerms(clean, turn.answer());
            Answer a = declined ? Unmodelled.instead(turn.answer(), unmodelled.get(), carried) : turn.answer();
            // (a declined reading's figures are not kept: "1 and 20" read as inputs would follow the thread once it leaves the fees)
            // (but its scenario, metrics and topic are: "swap to no catch-up", "and at list?" follow it)
            ThreadState next = !declined && turn.next() != null ? turn.next() : state != null ? state : ThreadState.empty(clock.instant());
            ThreadState read = turn.next();
            if (declined && read != null) {
                next = new ThreadState(next.overrides(), read.scenarios(), read.metrics(), null, Route.NUMERIC, read.turns(), read.updated(),
                        null, next.solved(), read.topic(), next.shown(), next.saved(), next.bands(), next.bound(), next.levers(), next.flows(),
                        next.rests(), next.path(), next.frames());
            }
            if (next != null) {
                List<String> frames = new ArrayList<>(next.frames().stream().filter(k -> !Unmodelled.isFrame(k)).toList());
                frames.add(unmodelled.get().frame());
                next = next.withFrames(frames.size() > ThreadState.MAX_FRAMES ? frames.subList(frames.size() - ThreadState.MAX_FRAMES, frames.size()) : frames);
            }
            turn = new Turn(a, next);
        }
        if (flows != null && flows.staged() && turn.next() != null && turn.next().flows().isEmpty()) {
            turn = new Turn(turn.answer(), turn.next().withFlows(Flows.kept(flows.draws(), flows.sales())));
        }
        Optional<Currencies.Found> currency = Currencies.find(clean);
        if (currency.isPresent() && !turn.answer().results().isEmpty()) {
            turn = new Turn(withNote(turn.answer(), currency.get().note()), turn.next());
        }
        Optional<Perspectives.Found> seat = Perspectives.find(clean);
        if (seat.isPresent() && !seat.get().party().equals("Amazon") && !turn.answer().results().isEmpty()) {
            turn = new Turn(withNote(turn.answer(), seat.get().note()), turn.next());
        }
        String glossed = glosses.english(check(clean));
        Optional<Blends.Found> odds = Blends.find(Perspectives.find(glossed).map(Perspectives.Found::question).orElse(glossed));
        if (odds.isPresent() && odds.get().leg() != null) {
            turn = new Turn(levels.leg(odds.get(), prepare(clean), state, turn.answer()), turn.next());
        }
        Prepared read = turn.answer().results().isEmpty() ? null : preparedWithNotes(clean);
        if (read != null) {
            // the chart's axes, the fractions and the growth path read, each named in a note, in the order they were read
            for (String note : read.notes()) {
                turn = new Turn(withNote(turn.answer(), note), turn.next());
            }
            // a quantity said by name ("worth the size of the raise") was read as its figure: the answer says which
            for (String note : named.read(read.text()).notes()) {
                turn = new Turn(withNote(turn.answer(), note), turn.next());
            }
            // odds on the cases: each case was computed, and the blend is said with its sum written out
            if (odds.isPresent() && odds.get().leg() == null) {
                Optional<String> blend = odds.get().tipping() != null ? Blends.tipping(odds.get(), turn.answer().results())
                        : Blends.blended(odds.get(), turn.answer().results());
                if (blend.isPresent()) {
                    turn = new Turn(withNote(turn.answer(), blend.get()), turn.next());
                }
            }
            // a statistic of the cases' numbers ("the mean and the sample SD of our stake value across bear, base and bull")
            Optional<CaseStats.Asked> stats = odds.isPresent() ? Optional.empty() : CaseStats.find(clean);
            if (stats.isPresent()) {
                for (String note : CaseStats.told(stats.get(), turn.answer().results())) {
                    turn = new Turn(withNote(turn.answer(), note), turn.next());
                }
            }
        }
        if (heldAt != null && (!turn.answer().results().isEmpty() || turn.answer().text().startsWith("I can't compute"))) {
            turn = new Turn(withNote(turn.answer(), heldAt), turn.next());
        }
        if (placed.isPresent() && !turn.answer().results().isEmpty()) {
            Answer a = turn.answer();
            if (loaded == null || loaded.overrides().isEmpty()) {
                // the placed inputs are this question's case, not figures from earlier in the thread
                String from = "From earlier in this thread: ";
                String ours = "From your case " + placed.get().said() + ": ";
                a = new Answer(a.id(), a.route(), a.text().replace(from, ours), a.narrative(), a.results(), a.citations(), a.answerer(),
                        a.notes().stream().map(n -> n.replace(from, ours)).toList(), a.decision(), a.clarify(), a.charts());
            }
            turn = new Turn(withNote(a, placed.get().note()), turn.next());
        }
        // a multiple asked ("what ntm multiple on 85bn gets a 2.5x") or a price a point ("what price per point keeps us at
        // 6%"): the valuation solved, said as that multiple or that price
        // (read from the question as it was prepared above, not read again)
        Optional<Multiples.Per> per = read == null ? Optional.empty() : Optional.ofNullable(read.per());
        boolean pricePerPoint = read != null && read.pricePerPoint();
        Optional<MetricResult> valuation = turn.answer().results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED && r.value() != null
                && r.metric().equals(per.map(Multiples.Per::input).orElse(pricePerPoint ? InputId.POST_MONEY_VALUATION.id() : ""))).findFirst();
        if (valuation.isPresent()) {
            BigDecimal v = valuation.get().value();
            turn = new Turn(withNote(turn.answer(), per.map(p -> p.said(v)).orElseGet(() -> Points.perPoint(v))), turn.next());
        }
        List<String> measures = reframings.stream().map(Reframing::measures).filter(java.util.Objects::nonNull).distinct().toList();
        if (measures.size() > 1 && !turn.answer().results().isEmpty()) {
            // two reframings that each compute the stake's numbers their own way would each undo the other: said, not guessed
            Answer a = turn.answer();
            String text = "I can't compute that: I can't yet combine " + String.join(" and ", measures) + " in one answer. Ask with one of them"
                    + (framed.carried().isEmpty() ? "" : " (to leave one this thread keeps, say so: \u201cforget the credits\u201d, \u201cequity-only\u201d,"
                    + " \u201cnotes aside\u201d, \u201cignore inflation\u201d)") + ".";
            Answer refused = new Answer(a.id(), a.route(), text, a.narrative(), List.of(), a.citations(), a.answerer(), List.of(), a.decision(), List.of(), List.of());
            keep(asked.thread(), turn.next() == null ? null : turn.next().withFrames(framed.kept()));
            return finish(asked, Duration.ofNanos(System.nanoTime() - t0), refused);
        }
        Map<InputId, BigDecimal> inForce = turn.next() == null ? Map.of() : turn.next().overrides();
        for (Reframing r : reframings) {
            try {
                turn = new Turn(r.told(turn.answer(), inForce), turn.next());
            } catch (InvalidInputException e) {
                // a figure the reframing's own arithmetic refuses (a rate beyond ±1,000%): the user's, said as such, never a 500
                turn = new Turn(Reframing.refused(turn.answer(), e.getMessage() + "."), turn.next());
            }
        }
        if (!framed.carried().isEmpty() && !turn.answer().results().isEmpty()) {
            turn = new Turn(withNote(turn.answer(), "Still in this thread's frame: " + String.join("; ", framed.carried()) + "."), turn.next());
        }
        turn = new Turn(mixed.told(priced.told(turn.answer())), turn.next());
        if (bench.isPresent()) {
            turn = new Turn(counterfactuals.benchmarked(turn.answer(), bench.get()), turn.next());
        }
        if (without.isPresent()) {
            turn = new Turn(counterfactuals.baselined(turn.answer(), without.get()), turn.next());
        }
        ThreadState next = shown(turn, state).next();
        if (next != null && !reframings.isEmpty() && !next.solved().isEmpty()) {
            // an input a reframing solved again ("what exit gets the all-in irr to 10%"): "that exit" is its value, not the reader's
            // (the first solved value of each input: a reframing puts its own first, "the highest post on our $25bn grid")
            Map<InputId, BigDecimal> solvedNow = new java.util.EnumMap<>(next.solved());
            java.util.Set<InputId> told = java.util.EnumSet.noneOf(InputId.class);
            for (MetricResult r : turn.answer().results()) {
                InputId.byId(r.metric()).filter(i -> r.kind() == MetricResult.Kind.SOLVED && r.value() != null && solvedNow.containsKey(i) && told.add(i))
                        .ifPresent(i -> solvedNow.put(i, r.value()));
            }
            next = next.withSolved(solvedNow);
        }
        List<String> frames = new ArrayList<>(framed.kept());
        if (priced.frame() != null) {
            frames.removeIf(k -> k.startsWith(SharePrices.KEPT + "\t"));
            frames.add(priced.frame());
        }
        if (mixed.frame() != null) {
            frames.removeIf(k -> k.startsWith(Secondaries.KEPT + "\t"));
            frames.add(mixed.frame());
        }
        String captions = Clauses.frame(clauses.captions());
        if (captions != null) {
            frames.removeIf(k -> k.startsWith(Clauses.KEPT + "\t"));
            frames.add(captions);
        }
        if (next != null) {
            // (a lever goal or a weighting this turn set is kept beside the reframings' frames)
            next.frames().stream().filter(k -> (k.startsWith(LeverGoals.KEPT + "\t") || k.startsWith(Rankings.KEPT + "\t") || k.startsWith(Weighings.KEPT + "\t")
                    || k.startsWith(Trees.KEPT + "\t")
                    || Unmodelled.isFrame(k))
                    && !frames.contains(k))
                    .forEach(frames::add);
        }
        keep(asked.thread(), next == null ? null : next.withFrames(frames));
        return finish(asked, Duration.ofNanos(System.nanoTime() - t0), turn.answer());
    }

    /**
     * Words that ask the sources outright, beside a path's numbers ("… and why does the article say …"); a clause such as
     * "where's the best check now" is the path's own question, not the sources'.
     */
    private static final Pattern SOURCES_ASKED = Pattern.compile(
            "\\b(?:article|piece|author|sources?|writer|why|says?|said|according|framing|frames?|characteri[sz]es?|describes?|explain|means?|meaning|thesis|risks?)\\b");

    /** Words of a follow-up that ask something of the thread's tree ("P(irr under 8%) on that tree?", "same ask"). */
    private static final Pattern OF_THE_TREE = Pattern.compile(
            "(?i)\\b(?:tree|leaf|leaves|branch(?:es)?|nodes?|expected|ev|prob(?:ability)?[- ]weighted|same (?:ask|question|q))\\b|\\bE\\s?\\[|\\bp\\s?\\(");

    /**
     * A probability tree ({@link Trees}), answered by {@link TreeReplies}: the question's own, the thread's with the question's
     * nodes added ("add node 'margin', independent of capture: 42% (50%) / 30% (50%). same ask"), or the thread's asked
     * again ("and P(irr under 8%) on that tree?"). A follow-up that names nothing of its own asks the thread's question
     * of the tree. Null when there is no tree, or the tree cannot be read as the model's inputs.
     */
    private Turn treed(String clean, ThreadState state) {
        String kept = state == null ? null : state.frames().stream().filter(k -> k.startsWith(Trees.KEPT + "\t"))
                .map(k -> k.substring(Trees.KEPT.length() + 1)).findFirst().orElse(null);
        String lower = clean.toLowerCase(java.util.Locale.ROOT);
        if (kept == null && !Trees.mayAsk(lower)) {
            return null;
        }
        Optional<Trees.Found> own = Trees.mayAsk(lower) ? Trees.find(clean) : Optional.empty();
        String keptNodes = kept == null ? null : kept.substring(0, Math.max(0, kept.indexOf('\t')));
        String keptStem = kept == null ? null : kept.substring(kept.indexOf('\t') + 1);
        Optional<Trees.Found> before = keptNodes == null ? Optional.empty() : Trees.find(keptNodes);
        List<Trees.Node> nodes = new ArrayList<>();
        String stem;
        if (own.isPresent()) {
            if (before.isPresent() && Trees.adds(clean)) {
                nodes.addAll(before.get().nodes());
            }
            nodes.addAll(own.get().nodes());
            stem = own.get().stem();
        } else if (before.isPresent() && OF_THE_TREE.matcher(clean).find()) {
            nodes.addAll(before.get().nodes());
            stem = clean;
            // "what would the 700bn leaf have to be for that ev to hit 70bn?": that branch is the unknown to solve for
            java.util.regex.Matcher leaf = Trees.NAMED_LEAF.matcher(clean);
            if (leaf.find()) {
                Optional<List<Trees.Node>> solving = Trees.unknownAt(nodes, leaf.group("v"));
                if (solving.isPresent()) {
                    nodes = new ArrayList<>(solving.get());
                    stem = clean.substring(0, leaf.start()) + "x" + clean.substring(leaf.end());
                }
            }
        } else {
            return null;
        }
        if (keptStem != null && !reader.namesMetric(prepare(TreeReplies.plain(stem))) && reader.read(prepare(TreeReplies.plain(stem)), state).target() == null
                && !stem.matches("(?is).*\\bp\\s?\\(.*")) {
            stem = keptStem + " " + stem; // ("same ask", "same question": the thread's, with this question's figures after it)
        }
        return trees.reply(nodes, stem, state).map(r -> new Turn(r.answer(), r.next() != null ? r.next() : state)).orElse(null);
    }

    /** A question asked along a path ({@link Paths}), answered by {@link PathReplies}; null when it is none. */
    private Turn alongPath(String lower, Paths.Kept kept, ThreadState state) {
        Optional<Paths.Found> own = Paths.find(lower, side -> side.isBlank() ? Optional.empty() : reader.inputIn(prepare(side)));
        boolean again = own.isEmpty() && kept != null && (Paths.again(lower)
                || !(kept.path() instanceof Paths.Tie) && Paths.asksYear(lower)); // ("moic at the yr3 one?" along the thread's years)
        if (own.isEmpty() && !again) {
            return null;
        }
        Paths.Found f = own.orElseGet(() -> new Paths.Found(kept.path(), lower));
        Optional<PathReplies.Reply> reply = pathReplies.reply(f, again ? kept : null, state);
        if (reply.isEmpty()) {
            return null;
        }
        Answer a = besideSources(reply.get().answer(), lower, state);
        return new Turn(a, reply.get().next() != null ? reply.get().next() : state);
    }

    /**
     * A shape's numbers with a clause asked of the sources beside them ("… and why does the article say that revenue matters"),
     * answered too, as a mixed question is; the numbers alone when the question asks nothing of the sources.
     */
    private Answer besideSources(Answer a, String text, ThreadState state) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String asked = prepare(lower);
        if (!a.results().isEmpty() && SOURCES_ASKED.matcher(lower).find() && router.route(asked, state, () -> 1.0).decision().route() == Route.MIXED) {
            a = withSources(a, asked);
        }
        return a;
    }

    /** Whether a span's figures set an input and it names no metric ("oai mark at minus 150 billion"). */
    private boolean setsInputOnly(String span) {
        String asked = prepare(span);
        Reading r = reader.read(asked, null);
        return !r.changes().isEmpty() && r.target() == null && !reader.namesMetric(Amounts.normalise(asked));
    }

    /** The scenario core's answer with the sources' answer to {@code asked} after it: a mixed answer. */
    private Answer withSources(Answer a, String asked) {
        List<Metric> metrics = a.results().stream().flatMap(r -> Metric.byId(r.metric()).stream()).distinct().toList();
        Narrator.Narrative n = fromSources(asked, metrics, a.results(), AnswerListener.NONE, List.of());
        List<String> notes = new ArrayList<>(a.notes());
        notes.addAll(n.notes());
        return new Answer(a.id(), Route.MIXED, a.text() + "\n\n*From the sources*\n" + withNotes(n.text(), n.notes()), n.text(), a.results(),
                n.citations(), "mixed", notes, a.decision());
    }

    /**
     * A question with a condition on its answer ({@link Conditionals}): the first question answered, then the branch that
     * holds asked in the same thread, or a note that the asker said to stop there. Null, and the message answered whole,
     * when the first answer has no number the condition can be checked against.
     */
    private Turn conditionally(Conditionals.Found c, Question asked, ThreadState state) {
        Turn first = answered(new Question(c.first(), asked.thread(), asked.user(), asked.origin()), state, AnswerListener.NONE);
        List<MetricResult> results = first.answer().results();
        if (results.isEmpty()) {
            return first.answer().clarify().isEmpty() ? null : first; // which reading of the first question comes first
        }
        Optional<Conditionals.Checked> checked = Conditionals.check(c.condition(), results);
        if (checked.isEmpty()) {
            return null;
        }
        String said = checked.get().said();
        String next = checked.get().held() ? c.ifTrue() : c.ifFalse();
        if (next == null) {
            return new Turn(withNote(first.answer(), "Since " + said + ", that is all, as you asked."), first.next());
        }
        ThreadState after = first.next() != null ? first.next() : state;
        Turn second = answered(new Question(next, asked.thread(), asked.user(), asked.origin()), after, AnswerListener.NONE);
        Answer both = Parts.combine(newId(), List.of(first.answer(), second.answer()), List.of("", "Since " + said));
        return new Turn(both, second.next() != null ? second.next() : after);
    }

    /**
     * One goal per lever ({@link LeverGoals}): each lever's question answered on its own, in parts headed by the lever, and a
     * first line that names what each lever must be (or that it cannot reach the goal). Null, and the message answered
     * whole, when no lever's answer has a number.
     */
    /**
     * A weight solved for ({@link Weighings}): the metric the bar is on computed in each case with the question's figures
     * (and the thread's), and the weight on the heavy case at which the blend meets the bar, said first with its sum. Null,
     * and the message answered as usual, when what is left of the question names no bar.
     */
    private Turn weighed(Weighings.Found f, Question asked, ThreadState state) {
        // the bar taken out first, so its figure is no input ("above 40bn"), unless the whole text reads that figure as an
        // input's ("and if the check is 40bn rather than 50?", "pin the aws margin at 38 pct"); the rest read for the metric
        // and the question's own figures
        org.thesisbot.core.reading.Reading whole = reader.read(prepare(f.rest()), state);
        // the thread's bar, kept with its weighting for a follow-up ("same question but at a 1 tril post")
        ThreadState.Target keptBar = null;
        if (f.bar() != null && f.bar().indexOf('=') > 0) {
            Optional<Metric> m = Metric.byId(f.bar().substring(0, f.bar().indexOf('=')));
            if (m.isPresent()) {
                keptBar = new ThreadState.Target(m.get(), new java.math.BigDecimal(f.bar().substring(f.bar().indexOf('=') + 1)), InputId.EXIT_VALUATION);
            }
        }
        // (only a follow-up, which has the thread's bar to fall back on, gives a weak bar up to an input)
        boolean hasBar = keptBar != null;
        Optional<Weighings.Bar> said = Weighings.bar(f.rest()).filter(b -> b.strong() || !hasBar || whole.changes().entrySet().stream().noneMatch(e -> {
            java.math.BigDecimal v = b.value(model.require(e.getKey().id()).unit());
            return v != null && v.compareTo(e.getValue()) == 0;
        }));
        String rest = said.map(b -> f.rest().substring(0, b.start()) + " " + f.rest().substring(b.end())).orElse(f.rest());
        org.thesisbot.core.reading.Reading r = said.isPresent() ? reader.read(prepare(rest), state) : whole;
        ThreadState.Target t;
        if (said.isPresent()) {
            // the metric: the one the whole text reads as a goal ("5bn underwater on the stake" is the gain), else one the text
            // without the bar names, else the thread's; the first whose unit the bar's figure fits
            List<Metric> candidates = new ArrayList<>();
            if (whole.target() != null) {
                candidates.add(whole.target().metric());
            }
            if (r.target() != null) {
                candidates.add(r.target().metric());
            }
            candidates.addAll(r.metrics());
            candidates.addAll(whole.metrics());
            if (keptBar != null) {
                candidates.add(keptBar.metric());
            }
            Metric metric = null;
            java.math.BigDecimal value = null;
            for (Metric c : candidates) {
                Metric m = said.get().gainOrLoss() && (c == Metric.STAKE || c == Metric.STAKE_VALUE) ? Metric.GAIN : c;
                value = said.get().value(m.unit());
                if (value != null) {
                    metric = m;
                    break;
                }
            }
            if (metric == null) {
                return null;
            }
            t = new ThreadState.Target(metric, value, InputId.EXIT_VALUATION);
        } else {
            // no bar of its own: the text's goal, else the thread's bar for a follow-up that names no metric of its own
            t = r.target() != null ? r.target() : !reader.namesMetric(prepare(rest)) ? keptBar : null;
        }
        if (t == null) {
            return null;
        }
        Map<InputId, java.math.BigDecimal> over = new java.util.EnumMap<>(InputId.class);
        if (state != null && !r.reset()) {
            over.putAll(state.overrides());
        }
        r.cleared().forEach(over::remove);
        over.putAll(r.changes());
        Map<String, java.math.BigDecimal> at = new java.util.LinkedHashMap<>();
        over.forEach((k, v) -> at.put(k.id(), v));
        java.math.MathContext mc = java.math.MathContext.DECIMAL128;
        List<MetricResult> results = new ArrayList<>();
        MetricResult heavy;
        MetricResult other;
        java.math.BigDecimal fixedPart = java.math.BigDecimal.ZERO;
        List<String> fixedSaid = new ArrayList<>();
        try {
            for (Map.Entry<String, java.math.BigDecimal> e : f.fixed().entrySet()) {
                MetricResult m = calculator.compute(t.metric(), e.getKey(), at);
                results.add(m);
                fixedPart = fixedPart.add(e.getValue().multiply(m.value(), mc), mc);
                fixedSaid.add(Blends.percent(e.getValue()) + " × " + m.display() + " (" + e.getKey() + ")");
            }
            heavy = calculator.compute(t.metric(), f.heavy(), at);
            other = calculator.compute(t.metric(), f.other(), at);
        } catch (org.thesisbot.core.api.ThesisbotException e) {
            Answer refused = new Answer(newId(), Route.NUMERIC, "I can't compute that: " + e.getMessage(), null, List.of(), List.of(), "scenario-core",
                    List.of(), new RouteDecision(Route.NUMERIC, 0.9, -1, List.of("weighting: " + f.heavy() + " against " + f.other())));
            return new Turn(refused, state);
        }
        results.add(heavy);
        results.add(other);
        java.math.BigDecimal split = f.split();
        java.math.BigDecimal bar = t.value();
        String barSaid = org.thesisbot.core.api.Format.value(bar, t.metric().unit());
        String label = heavy.label();
        String cases = "p(" + f.heavy() + ")" + (f.fixed().isEmpty() ? "" : " of the " + Blends.percent(split) + " left after "
                + String.join(", ", f.fixed().entrySet().stream().map(e -> Blends.percent(e.getValue()) + " on " + e.getKey()).toList()))
                + ", the rest on " + f.other();
        java.math.BigDecimal w = Weighings.weight(heavy.value(), other.value(), fixedPart, split, bar);
        java.math.BigDecimal atZero = fixedPart.add(split.multiply(other.value(), mc), mc);
        java.math.BigDecimal atOne = fixedPart.add(split.multiply(heavy.value(), mc), mc);
        String headline;
        String sum = "expected " + org.thesisbot.core.api.Format.inSentence(label) + " = " + (fixedSaid.isEmpty() ? "" : String.join(" + ", fixedSaid) + " + ")
                + (f.fixed().isEmpty() ? "" : Blends.percent(split) + " × (") + "p × " + heavy.display() + " (" + f.heavy() + ") + (1 − p) × "
                + other.display() + " (" + f.other() + ")" + (f.fixed().isEmpty() ? "" : ")");
        if (w == null || w.signum() < 0 || w.compareTo(java.math.BigDecimal.ONE) > 0) {
            boolean always = atZero.compareTo(bar) >= 0 && atOne.compareTo(bar) >= 0;
            boolean never = atZero.compareTo(bar) < 0 && atOne.compareTo(bar) < 0;
            java.math.BigDecimal best = atZero.max(atOne);
            headline = always ? "Any weight on " + f.heavy() + " keeps the expected " + org.thesisbot.core.api.Format.inSentence(label) + " at or above " + barSaid
                    + " (" + cases + "): it runs from " + org.thesisbot.core.api.Format.value(atZero, t.metric().unit()) + " to "
                    + org.thesisbot.core.api.Format.value(atOne, t.metric().unit()) + "."
                    : never ? "No weight on " + f.heavy() + " gets the expected " + org.thesisbot.core.api.Format.inSentence(label) + " to " + barSaid + " (" + cases
                    + "): at best it is " + org.thesisbot.core.api.Format.value(best, t.metric().unit()) + "."
                    : "The expected " + org.thesisbot.core.api.Format.inSentence(label) + " does not cross " + barSaid + " between 0% and 100% on " + f.heavy() + ".";
        } else {
            boolean rises = heavy.value().compareTo(other.value()) > 0;
            headline = "The expected " + org.thesisbot.core.api.Format.inSentence(label) + " is at or above " + barSaid + " with " + (rises ? "at least " : "at most ")
                    + Blends.percent(w) + " on " + f.heavy() + " (" + cases + ")" + (f.fixed().isEmpty() ? "" : ", " + Blends.percent(w.multiply(split, mc)) + " of the whole")
                    + ".";
        }
        List<String> notes = new ArrayList<>();
        notes.add("Weighted: " + sum + (w == null ? "." : "; it equals " + barSaid + " at p = " + (w.signum() >= 0 && w.compareTo(java.math.BigDecimal.ONE) <= 0 ? Blends.percent(w) : w.round(new java.math.MathContext(6)).toPlainString()) + "."));
        RouteDecision d = new RouteDecision(Route.NUMERIC, 0.9, -1, List.of("weighting: p(" + f.heavy() + "), rest on " + f.other() + "; bar "
                + t.metric().id() + " = " + bar.toPlainString()));
        Answer a = new Answer(newId(), Route.NUMERIC, "*" + headline + "*\n" + numeric.render(results, notes), null, results, List.of(), "scenario-core", notes, d);
        String lowerAsked = QuestionText.clean(asked.text()).toLowerCase(java.util.Locale.ROOT);
        // (routed without the weights, whose words read as no metric: "our oai piece" is the stake, not the article)
        if (SOURCES_ASKED.matcher(lowerAsked).find() && router.route(prepare(f.rest().toLowerCase(java.util.Locale.ROOT)), state, () -> 1.0).decision().route() == Route.MIXED) {
            // a clause asked of the sources beside the weighting ("… and what's the author's case for the upside"): answered too
            Narrator.Narrative n = fromSources(prepare(lowerAsked), List.of(t.metric()), results, AnswerListener.NONE, List.of());
            List<String> all = new ArrayList<>(notes);
            all.addAll(n.notes());
            a = new Answer(a.id(), Route.MIXED, a.text() + "\n\n*From the sources*\n" + withNotes(n.text(), n.notes()), n.text(), results,
                    n.citations(), "mixed", all, d);
        }
        List<String> scenarios = new ArrayList<>(f.fixed().keySet());
        scenarios.add(f.heavy());
        scenarios.add(f.other());
        // (the bar is kept with the weighting, not as the thread's target: "what about in base?" then asks the metric, not
        // a target the asker never set for one case)
        ThreadState next = new ThreadState(over, scenarios, List.of(t.metric()), null, Route.NUMERIC, state == null ? 1 : state.turns() + 1, clock.instant())
                .withFrames(List.of(Weighings.KEPT + "\t" + f.kept() + "|" + t.metric().id() + "=" + t.value().toPlainString()));
        return new Turn(a, next);
    }

    private Turn eachAlone(LeverGoals.Found f, Question asked, ThreadState state) {
        List<Answer> answers = new ArrayList<>();
        List<String> each = new ArrayList<>();
        ThreadState next = state;
        for (int i = 0; i < f.legs().size(); i++) {
            Turn t = answered(new Question(f.legs().get(i), asked.thread(), asked.user(), asked.origin()), state, AnswerListener.NONE);
            answers.add(t.answer());
            Optional<MetricResult> solved = t.answer().results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED).findFirst();
            each.add(f.levers().get(i) + (solved.isPresent() ? " " + solved.get().display() : ": cannot reach it on its own"));
            if (solved.isPresent() && next == state) {
                next = t.next();
            }
        }
        if (answers.stream().allMatch(a -> a.results().isEmpty())) {
            return null;
        }
        String line = "Each lever on its own: " + String.join("; ", each) + ".";
        if (next != null) {
            next = next.withFrames(List.of(LeverGoals.KEPT + "\t" + f.kept()));
        }
        return new Turn(leading(Parts.combine(newId(), answers, f.levers()), line), next);
    }

    /**
     * Levers one at a time ({@link Levers}): the question asked once per lever and once with none, each lever's answer in
     * its part, and a first line that says what each lever does to the metric and which moves it more. Null, and the
     * message answered whole, when a lever's question has no number, or the levers' answers share no metric.
     */
    private Turn levered(Levers.Found f, Question asked, ThreadState state) {
        if (f.legs().stream().anyMatch(String::isBlank)) {
            return null;
        }
        // (the question without any lever; none when the levers were all it said)
        Turn none = f.neither().isBlank() ? null : answered(new Question(f.neither(), asked.thread(), asked.user(), asked.origin()), state, AnswerListener.NONE);
        List<Answer> answers = new ArrayList<>();
        List<MetricResult> moved = new ArrayList<>();
        for (String leg : f.legs()) {
            Turn t = answered(new Question(leg, asked.thread(), asked.user(), asked.origin()), state, AnswerListener.NONE);
            if (t.answer().results().isEmpty() || !t.answer().clarify().isEmpty()) {
                return null;
            }
            answers.add(t.answer());
        }
        // the metric compared: the first one every lever's answer has, in one scenario
        MetricResult first = answers.get(0).results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        for (Answer a : answers) {
            MetricResult r = a.results().stream().filter(x -> x.kind() == MetricResult.Kind.METRIC && x.metric().equals(first.metric())
                    && java.util.Objects.equals(x.scenario(), first.scenario())).findFirst().orElse(null);
            if (r == null) {
                return null;
            }
            moved.add(r);
        }
        MetricResult from = none == null ? null : none.answer().results().stream().filter(x -> x.metric().equals(first.metric())
                && java.util.Objects.equals(x.scenario(), first.scenario())).findFirst().orElse(null);
        List<String> each = new ArrayList<>();
        int most = 0;
        java.math.BigDecimal biggest = null;
        for (int i = 0; i < moved.size(); i++) {
            MetricResult r = moved.get(i);
            String delta = "";
            if (from != null) {
                java.math.BigDecimal d = r.value().subtract(from.value());
                delta = " (" + (d.signum() >= 0 ? "+" : "−") + (r.unit() == org.thesisbot.core.api.Unit.RATIO
                        ? org.thesisbot.core.api.Format.plain(d.abs().movePointRight(2), 2) + " pts" : org.thesisbot.core.api.Format.value(d.abs(), r.unit())) + ")";
                if (biggest == null || d.abs().compareTo(biggest) > 0) {
                    biggest = d.abs();
                    most = i;
                }
            }
            each.add(f.levers().get(i) + " gives " + r.display() + delta);
        }
        String line = "One lever at a time, " + first.label() + (from != null ? " from " + from.display() : "") + ": "
                + String.join("; ", each) + "." + (from != null && biggest != null && biggest.signum() > 0
                        ? " " + Character.toUpperCase(f.levers().get(most).charAt(0)) + f.levers().get(most).substring(1) + " moves it more." : "");
        Answer both = Parts.combine(newId(), answers, f.levers());
        ThreadState after = none != null && none.next() != null ? none.next() : state;
        ThreadState next = after == null ? null : after.withLevers(f.levers().stream().allMatch(l -> l.length() <= ThreadState.LEVER_MAX)
                && f.levers().size() <= ThreadState.MAX_LEVERS ? f.levers() : List.of());
        return new Turn(leading(both, line), next);
    }

    /**
     * Several bars on one input ({@link Constraints}): each question with one bar is read, those that solve the same input
     * for different goals are answered, and the answer of the bar that asks most of the input leads, with a line that names
     * each bar's own value. Null, and the message answered whole, when fewer than two bars solve the input, or a bar's
     * answer has other than one value of it.
     */
    private Turn bound(Constraints.Found c, Question asked, ThreadState state) {
        List<String> texts = new ArrayList<>();
        texts.add(c.question());
        texts.addAll(Constraints.withoutEach(c.question()));
        return bound(texts, null, c.lowest(), asked, state);
    }

    /**
     * The bars' questions read, those that solve the same input for different goals (at most {@link ThreadState#MAX_BARS})
     * answered, and the binding one's answer led by a line that names each bar's own value; the thread keeps the bars.
     * {@code expected} are the goals the texts were written for (a follow-up's), each of which must be read, or null.
     */
    private Turn bound(List<String> texts, List<ThreadState.Target> expected, boolean lowest, Question asked, ThreadState state) {
        List<String> legs = new ArrayList<>();
        List<ThreadState.Target> goals = new ArrayList<>();
        for (String text : texts) {
            ThreadState.Target g = reader.read(prepare(text), state).target();
            if (g == null || g.solveFor() == null || !goals.isEmpty() && goals.get(0).solveFor() != g.solveFor()
                    || goals.stream().anyMatch(o -> o.metric() == g.metric() && o.value().compareTo(g.value()) == 0)) {
                continue;
            }
            legs.add(text);
            goals.add(g);
        }
        if (legs.size() < 2 || legs.size() > ThreadState.MAX_BARS || expected != null && !sameGoals(goals, expected)) {
            return null;
        }
        String input = goals.get(0).solveFor().id();
        List<Turn> turns = new ArrayList<>();
        List<MetricResult> values = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            Turn t = answered(new Question(legs.get(i), asked.thread(), asked.user(), asked.origin()), state, AnswerListener.NONE);
            List<MetricResult> solved = t.answer().results().stream().filter(r -> r.metric().equals(input)).toList();
            if (solved.size() != 1) {
                return null;
            }
            turns.add(t);
            values.add(solved.get(0));
        }
        int binding = 0;
        for (int i = 1; i < values.size(); i++) {
            int cmp = values.get(i).value().compareTo(values.get(binding).value());
            if (lowest ? cmp > 0 : cmp < 0) {
                binding = i;
            }
        }
        List<String> each = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            ThreadState.Target g = goals.get(i);
            each.add(g.metric().label() + " " + org.thesisbot.core.api.Format.value(g.value(), g.metric().unit()) + " needs " + values.get(i).display());
        }
        MetricResult chosen = values.get(binding);
        ThreadState.Target bar = goals.get(binding);
        String line = "Clears every bar: " + chosen.label() + " of " + (lowest ? "at least " : "at most ") + chosen.display()
                + ". The bar that binds: " + bar.metric().label() + " " + org.thesisbot.core.api.Format.value(bar.value(), bar.metric().unit())
                + ". Each bar on its own: " + String.join("; ", each) + ".";
        Turn t = turns.get(binding);
        ThreadState next = t.next() == null ? null : t.next().withBound(new ThreadState.Bound(goals, lowest));
        return new Turn(leading(t.answer(), line), next);
    }

    /**
     * The question with another setting's level as its goal ({@link Matches}): the goal's metric is the one the question
     * names before the reference; the reference is asked from the model alone, for its own metric when it names one
     * ("what base's stake gain would be on a 1T exit"), else the goal's. Empty, and the question read as written, when
     * either metric is unclear, the reference has no number in one case for it, or the level's unit is not the goal's.
     */
    private Optional<Levels.Held> matched(Matches.Found m, ThreadState state) {
        List<org.thesisbot.core.scenario.Metric> goal = reader.metricsNamed(Amounts.normalise(prepare(m.asked())));
        String bare = Matches.referenceQuestion(m.reference(), null);
        List<org.thesisbot.core.scenario.Metric> own = reader.metricsNamed(Amounts.normalise(prepare(bare)));
        if (goal.isEmpty() && own.isEmpty()) {
            return Optional.empty();
        }
        // the goal's metric: the last the question names before the reference ("… makes the combined payoff equal …"), else
        // the reference's ("bear exit that matches the irr base gets from …")
        org.thesisbot.core.scenario.Metric metric = goal.isEmpty() ? own.get(0) : goal.get(goal.size() - 1);
        // the reference's: its own metric of the goal's unit ("what base's stake gain would be": the gain, not the %)
        org.thesisbot.core.scenario.Metric wanted = own.contains(metric) ? metric
                : own.stream().filter(x -> x.unit() == metric.unit()).findFirst().orElse(metric);
        boolean named = own.contains(wanted);
        String asked = named ? bare : Matches.referenceQuestion(m.reference(), NumericReply.shortLabel(metric.id()).toLowerCase(java.util.Locale.ROOT));
        Turn ref;
        try {
            ref = turn(asked, null, AnswerListener.NONE, true, List.of());
        } catch (ThesisbotException e) {
            return Optional.empty(); // a reference the core cannot read is no level: the question is read as written
        }
        if (ref == null || !ref.answer().clarify().isEmpty()) {
            return Optional.empty();
        }
        List<MetricResult> levels = ref.answer().results().stream()
                .filter(r -> r.kind() == MetricResult.Kind.METRIC && r.metric().equals(wanted.id())).toList();
        if (levels.size() != 1 || levels.get(0).unit() != metric.unit()) {
            return Optional.empty();
        }
        MetricResult level = levels.get(0);
        String note = "The level matched: " + level.label() + " " + level.display() + " (the " + level.scenario() + " case, for \u201c"
                + m.reference() + "\u201d).";
        // (a goal whose metric only the reference named: "bear exit that matches the irr base gets …" → "… matches an irr of 2.7%")
        String metricWords = NumericReply.shortLabel(metric.id()).toLowerCase(java.util.Locale.ROOT);
        String rewritten = m.asGoal(level, goal.isEmpty() ? "a " + metricWords : null);
        if (reader.read(prepare(rewritten), state).target() == null) {
            rewritten = m.asPlainGoal(level, metricWords);
            if (reader.read(prepare(rewritten), state).target() == null) {
                return Optional.empty(); // no reading takes the level as a goal: the question is read as written
            }
        }
        return Optional.of(new Levels.Held(rewritten, note));
    }

    /** Whether the question, as written, sets two of the model's numbers level around an input it asks for ({@code Legs}). */
    private boolean setsTwoLevel(String text, ThreadState state) {
        ThreadState.Target t = reader.read(prepare(QuestionText.clean(text)), state).target();
        return t != null && t.level() != null;
    }

    /** The same goals in the same order, each value equal whatever its scale ("2.5" and "2.50"). */
    private static boolean sameGoals(List<ThreadState.Target> a, List<ThreadState.Target> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).metric() != b.get(i).metric() || a.get(i).solveFor() != b.get(i).solveFor()
                    || a.get(i).level() != b.get(i).level() || a.get(i).offsetting() != b.get(i).offsetting() || a.get(i).rest() != b.get(i).rest()
                    || a.get(i).value().compareTo(b.get(i).value()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** One question's turn from the thread's state: the first of the message shapes that answers it, else the question whole. */
    private Turn answered(Question question, ThreadState state, AnswerListener listener) {
        String text = prepare(question.text());
        Turn turn = redone(question.text(), state);
        if (turn == null) {
            turn = numbered(question.text(), state);
        }
        if (turn == null) {
            turn = ranked(question, state, listener);
        }
        if (turn == null) {
            turn = joint(text, state);
        }
        if (turn == null) {
            turn = stepped(QuestionText.clean(question.text()), state);
        }
        if (turn == null) {
            turn = banded(text, state);
        }
        Optional<Deltas.Ask> delta = Deltas.find(text);
        if (turn == null && delta.isEmpty()) {
            turn = compared(text, state); // (a change asked "vs base" is one answer and its move, not two sides)
        }
        boolean whole = turn == null; // (read as one question, not as one of the shapes above)
        if (turn == null) {
            turn = turn(text, state, listener, false, QuestionText.quoted(QuestionText.clean(question.text())));
            if (turn.answer().route() == Route.NUMERIC && !turn.answer().results().isEmpty()) {
                // two asks joined in one sentence, which read whole left a figure out: each answered
                Turn parts = joined(question.text(), state);
                whole = parts == null;
                turn = parts != null ? parts : turn;
            }
            List<Bands.Band> given = Bands.find(text);
            if (!given.isEmpty() && !turn.answer().results().isEmpty()) {
                // a band that could not be asked at each end (a mixed question, more than two bands): said, never dropped silently
                turn = new Turn(withNote(turn.answer(), "You gave " + (given.size() == 1 ? "a band" : given.size() + " bands") + " ("
                        + given.stream().map(b -> b.low() + " to " + b.high()).collect(java.util.stream.Collectors.joining(", "))
                        + "); this answer uses one figure of each. Ask the numbers on their own, with at most two bands, to see"
                        + " every end side by side."), turn.next());
            }
        }
        if (!turn.answer().clarify().isEmpty() && BothReadings.asked(question.text())) {
            // "exit or post? moic both ways": each reading answered, not offered ({@link BothReadings})
            Turn each = eachReading(turn, question, state);
            whole = whole && each == null;
            turn = each != null ? each : turn;
        }
        if (whole && (!turn.answer().clarify().isEmpty() || !turn.answer().results().isEmpty()) && BothReadings.asked(question.text())) {
            // "$1.4T on the draft - post or pre? our % under both readings": the asker's own two readings, each answered
            List<NamedAlternatives.Variant> variants = NamedAlternatives.find(QuestionText.clean(question.text()), this::namesReading);
            Turn each = variants.isEmpty() ? null : eachNamed(variants, question, state);
            turn = each != null ? each : turn;
        }
        return delta.isPresent() ? moved(turn, delta.get(), state) : turn;
    }

    /**
     * Alternatives listed to be put in order ({@link Rankings}: "smallest to biggest - our % if the round is done at: 1.2T
     * post / 950bn pre"): each item answered from the thread as it stood, the answers put in the order asked by their first
     * numbers (the top few kept, or the one unlike the rest named first), and a line that says so. A list of one input's
     * figures is read as written without its ordering words. Null, and the message answered whole, when fewer than two
     * items are answered with numbers.
     */
    private Turn ranked(Question question, ThreadState state, AnswerListener listener) {
        String clean = QuestionText.plain(QuestionText.clean(question.text()));
        Rankings.Kept listed = state == null ? null : state.frames().stream().filter(k -> k.startsWith(Rankings.KEPT + "\t"))
                .map(k -> Rankings.Kept.of(k.substring(Rankings.KEPT.length() + 1))).flatMap(Optional::stream).findFirst().orElse(null);
        if (listed != null) {
            // the thread's list again with a change ("same list in bear", "same 3 but a 1T post")
            Optional<Rankings.Found> again = Rankings.again(clean, listed);
            // (an item that itself says "same list" or points at an item would ask this again without end: read as written)
            if (again.isPresent() && again.get().questions().stream().noneMatch(q -> Rankings.again(q, listed).isPresent()
                    || Rankings.item(q, listed.items().size()).isPresent())) {
                return listAnswered(again.get(), question, state);
            }
            // one of its items pointed at ("irr at the middle one if we hold 7 yrs"): that item answered first, then the
            // follow-up asked from it, as a follow-up points back at what was just solved
            Optional<Map.Entry<Integer, String>> item = Rankings.item(clean, listed.items().size());
            String pointed = item.map(i -> Rankings.compose(listed.stem(), listed.items().get(i.getKey()))).orElse("");
            if (item.isPresent() && Rankings.item(pointed, listed.items().size()).isEmpty() && Rankings.again(pointed, listed).isEmpty()
                    && Rankings.item(item.get().getValue(), listed.items().size()).isEmpty()) {
                String q = pointed;
                Turn first = answered(new Question(q, question.thread(), question.user(), question.origin()), state, AnswerListener.NONE);
                if (!first.answer().results().isEmpty() && first.answer().clarify().isEmpty() && first.next() != null) {
                    Turn then = answered(new Question(item.get().getValue(), question.thread(), question.user(), question.origin()), first.next(), listener);
                    return new Turn(withNote(then.answer(), "\u201c" + listed.labels().get(item.get().getKey()) + "\u201d from this thread's list: "
                            + first.answer().results().get(0).label() + " " + first.answer().results().get(0).display() + "."), then.next());
                }
            }
        }
        if (!Rankings.mayAsk(clean.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        Optional<Rankings.Found> found = Rankings.find(clean);
        if (found.isEmpty()) {
            String stripped = Rankings.withoutOrder(clean);
            if (stripped.equals(clean) || stripped.isBlank()) {
                return null;
            }
            Turn t = answered(new Question(stripped, question.thread(), question.user(), question.origin()), state, listener);
            // a list of one input's figures ("2x / 2.5x / 3x"): its cells kept as the thread's list
            Optional<List<Series.Cell>> cells = Series.cells(stripped);
            if (cells.isPresent() && t.next() != null) {
                Rankings.Kept kept = new Rankings.Kept("", cells.get().stream().map(Series.Cell::text).toList(),
                        cells.get().stream().map(Series.Cell::label).toList(), Rankings.Order.AS_LISTED, 0, false);
                t = new Turn(t.answer(), withList(t.next(), kept));
            }
            return t;
        }
        return listAnswered(found.get(), question, state);
    }

    /** The state with the list kept in place of any the thread had. */
    private static ThreadState withList(ThreadState next, Rankings.Kept kept) {
        List<String> frames = new ArrayList<>(next.frames().stream().filter(k -> !k.startsWith(Rankings.KEPT + "\t")).toList());
        frames.add(Rankings.KEPT + "\t" + kept.words());
        return next.withFrames(frames);
    }

    /** A list's items answered from the thread as it stood, ordered as asked, and the list kept for the thread. */
    private Turn listAnswered(Rankings.Found f, Question question, ThreadState state) {
        List<Answer> answers = new ArrayList<>();
        List<BigDecimal> firsts = new ArrayList<>();
        ThreadState next = null;
        int numbered = 0;
        org.thesisbot.core.api.Unit unit = null;
        boolean comparable = true;
        for (int i = 0; i < f.questions().size(); i++) {
            String q = f.questions().get(i);
            Turn t = answered(new Question(q, question.thread(), question.user(), question.origin()), state, AnswerListener.NONE);
            String label = f.labels().get(i);
            int at = q.lastIndexOf(label);
            if ((t.answer().results().isEmpty() || !t.answer().clarify().isEmpty()) && at >= 0 && !label.matches(".*\\d.*")) {
                // "… $bn: the raise itself": a name alone, asked as what it is
                Turn asked = answered(new Question(q.substring(0, at) + "what is " + label + q.substring(at + label.length()), question.thread(),
                        question.user(), question.origin()), state, AnswerListener.NONE);
                t = asked.answer().results().isEmpty() || !asked.answer().clarify().isEmpty() ? t : asked;
            }
            Answer a = t.answer();
            answers.add(a);
            boolean number = !a.results().isEmpty() && a.clarify().isEmpty();
            numbered += number ? 1 : 0;
            firsts.add(number ? a.results().get(0).value() : null);
            if (!number || unit != null && unit != a.results().get(0).unit()) {
                comparable = false;
            } else {
                unit = a.results().get(0).unit();
            }
            next = next == null ? t.next() : next;
        }
        if (numbered < 2) {
            return null;
        }
        List<Integer> order = comparable ? Rankings.ordered(firsts, f.order()) : java.util.stream.IntStream.range(0, answers.size()).boxed().toList();
        String line = null;
        if (f.oddOneOut() && comparable) {
            int odd = Rankings.odd(firsts);
            if (odd >= 0) {
                List<Integer> moved = new ArrayList<>(List.of(odd));
                order.stream().filter(i -> i != odd).forEach(moved::add);
                order = moved;
                line = "*Odd one out: " + f.labels().get(odd) + "* (" + answers.get(odd).results().get(0).display() + "; the others all give "
                        + answers.get(moved.get(1)).results().get(0).display() + ").";
            } else {
                line = "No one of these is the odd one out: their numbers are not all alike but one.";
            }
        } else if (comparable && f.order() != Rankings.Order.AS_LISTED) {
            line = (f.top() > 0 && f.top() < answers.size() ? "Top " + f.top() + ", " : "") + (f.order() == Rankings.Order.ASCENDING ? "smallest first" : "largest first")
                    + ", by " + answers.get(order.get(0)).results().get(0).label() + ":";
            line = Character.toUpperCase(line.charAt(0)) + line.substring(1);
            if (f.top() > 0 && f.top() < order.size()) {
                order = order.subList(0, f.top());
            }
        } else if (f.order() != Rankings.Order.AS_LISTED || f.oddOneOut()) {
            line = "I couldn't put these in order: not every one is a number of the same kind, so they are shown as you listed them.";
        }
        List<Answer> sorted = order.stream().map(answers::get).toList();
        List<String> labels = order.stream().map(f.labels()::get).toList();
        Answer combined = Parts.combine(newId(), sorted, labels);
        if (next != null) {
            // (kept as asked, its change in each item: "the middle one" later is the middle of this list)
            next = withList(next, f.kept());
            List<org.thesisbot.core.scenario.Metric> each = new ArrayList<>();
            boolean metricsOnly = true;
            for (Answer a : answers) {
                for (MetricResult r : a.results()) {
                    metricsOnly &= r.kind() == MetricResult.Kind.METRIC;
                    org.thesisbot.core.scenario.Metric.byId(r.metric()).filter(m -> !each.contains(m)).ifPresent(each::add);
                }
            }
            if (metricsOnly && each.size() >= answers.size()) {
                // a list of several numbers ("stake $ / aws op profit / gain"): a follow-up's change ("and if bear's exit is 700")
                // asks each of them again
                next = next.withMetrics(each);
            }
        }
        return new Turn(line == null ? combined : leading(combined, line), next);
    }

    /** Whether the words name an input or a metric of the model ("post", "op profit", "the whole 2025-29 window"). */
    private boolean namesReading(String words) {
        String s = Amounts.normalise(prepare(words)).replaceFirst("^(?:the|a|an|its|our|really|just|actually)\\s+", "");
        return reader.inputNamedFirst(s).isPresent() || reader.namesMetric(s) || READING_WORDS.matcher(s).matches();
    }

    /** Words that say how a figure is meant without naming an input: "per year", "in total", "revenue", "op profit". */
    private static final Pattern READING_WORDS = Pattern.compile(
            "(?:per (?:year|yr|annum)|(?:a )?(?:year|yr)|annual(?:ly)?|yearly|each year|in total|total|all in|cumulative(?:ly)?"
                    + "|(?:across|over) the (?:whole |full |entire )?(?:\\S+ )?(?:window|period)|revenue|rev|sales|(?:op(?:erating)?\\.? )?profit"
                    + "|op(?:erating)? income|margin|share|pre|post|pre-money|post-money|exit)", Pattern.CASE_INSENSITIVE);

    /**
     * The question under each of the asker's two readings ({@link NamedAlternatives}), set side by side; null unless both are
     * answered with numbers, neither asks back, and the numbers differ (two names for one reading change nothing).
     */
    private Turn eachNamed(List<NamedAlternatives.Variant> variants, Question question, ThreadState state) {
        return sideBySide(variants.stream().map(v -> BothReadings.without(v.question())).toList(),
                variants.stream().map(v -> "As " + v.label()).toList(), question, state,
                answers -> !numbersOf(answers.get(0)).equals(numbersOf(answers.get(1))));
    }

    /** An answer's numbers, each as its metric and value (trailing zeros aside), in order. */
    private static List<String> numbersOf(Answer a) {
        return a.results().stream().map(r -> r.metric() + r.value().stripTrailingZeros().toPlainString()).toList();
    }

    /**
     * Each reading a clarifying answer offers, answered from the thread as it stood and set side by side under its label
     * ("1) $1.2T as OpenAI's exit valuation: …"); the thread goes on from the first. Null, and the choice kept, when there
     * are more than four readings or any of them is not answered with numbers.
     */
    private Turn eachReading(Turn asked, Question question, ThreadState state) {
        List<Answer.Clarification> options = asked.answer().clarify();
        if (options.size() < 2 || options.size() > 4 || options.stream().anyMatch(c -> BothReadings.asked(c.question()))) {
            return null;
        }
        return sideBySide(options.stream().map(Answer.Clarification::question).toList(),
                options.stream().map(Answer.Clarification::label).toList(), question, state, answers -> true);
    }

    /**
     * Each question answered from the thread as it stood, set side by side under its label as a numbered message's parts are;
     * the thread goes on from the first. Null when any of them is not answered with numbers or asks back, or {@code keep}
     * refuses the answers.
     */
    private Turn sideBySide(List<String> questions, List<String> labels, Question asked, ThreadState state,
                            java.util.function.Predicate<List<Answer>> keep) {
        List<Answer> answers = new ArrayList<>();
        ThreadState next = null;
        for (String q : questions) {
            Turn t = answered(new Question(q, asked.thread(), asked.user(), asked.origin()), state, AnswerListener.NONE);
            if (t.answer().results().isEmpty() || !t.answer().clarify().isEmpty()) {
                return null;
            }
            answers.add(t.answer());
            next = next == null ? t.next() : next;
        }
        return keep.test(answers) ? new Turn(Parts.combine(newId(), answers, labels), next) : null;
    }

    /**
     * A change asked ({@link Deltas}): each number the answer shows, set against the same number at the reference (numbers
     * of several cases, each against the base case's), headlined first and added as a result of kind {@code change} after
     * the numbers. The answer as it is when it shows no number of its own (a solved input, words only, a question back) or
     * when the reference has none of its numbers.
     */
    private Turn moved(Turn turn, Deltas.Ask ask, ThreadState state) {
        Answer a = turn.answer();
        // (a mixed answer's numbers too: "capture up to 60% - how much does aws profit move vs base, and why …")
        if (a.route() == Route.NARRATIVE || a.results().isEmpty() || !a.clarify().isEmpty()
                || a.results().stream().anyMatch(r -> r.kind() != MetricResult.Kind.METRIC && r.kind() != MetricResult.Kind.INPUT)) {
            return turn;
        }
        List<MetricResult> changes = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        // cases set side by side ("stake value bull vs base - delta?"): each case's number against one case's, base if shown
        Map<String, MetricResult> againstCase = new java.util.HashMap<>();
        for (MetricResult r : a.results()) {
            if (r.kind() == MetricResult.Kind.METRIC && a.results().stream().anyMatch(o -> o.kind() == MetricResult.Kind.METRIC
                    && o.metric().equals(r.metric()) && !o.scenario().equals(r.scenario()))) {
                againstCase.merge(r.metric(), r, (x, y) -> ScenarioModel.BASE.equals(y.scenario()) ? y : x);
            }
        }
        for (MetricResult r : a.results()) {
            Optional<Metric> metric = Metric.byId(r.metric());
            if (r.kind() != MetricResult.Kind.METRIC || metric.isEmpty() || r.value() == null) {
                continue;
            }
            MetricResult other = againstCase.get(r.metric());
            if (other == r) {
                continue; // the case the others are measured from
            }
            java.math.BigDecimal from = other != null ? other.value() : reference(ask, metric.get(), r.scenario(), state);
            if (from == null) {
                continue;
            }
            String against = other != null ? "vs the " + other.scenario() + " case" : ask.label();
            java.math.BigDecimal d = r.value().subtract(from);
            String shown = (d.signum() >= 0 ? "+" : "") + org.thesisbot.core.api.Format.value(d, r.unit());
            String was = org.thesisbot.core.api.Format.value(from, r.unit());
            changes.add(new MetricResult(r.metric(), "Change in " + r.label() + " " + against, d, r.unit(), r.scenario(),
                    r.inputs(), r.display() + " - " + was + " = " + shown, null, MetricResult.Kind.CHANGE));
            head.append(head.length() == 0 ? "" : "\n").append("*").append(r.label()).append(": ").append(shown).append(" ")
                    .append(against).append("* (").append(r.scenario()).append(" case: ").append(r.display())
                    .append(other != null ? ", " + other.scenario() + " case: " : " now, ").append(was)
                    .append(other != null ? ")" : " before)");
        }
        if (changes.isEmpty() || ask.against() == Deltas.Against.BASE && againstCase.isEmpty()
                && changes.stream().allMatch(c -> c.value().signum() == 0)) {
            return turn; // (nothing moved from the case's own values: a "+0" would say nothing the answer does not)
        }
        // (the numbers asked first, as without the change; the change after them, and headlined)
        return new Turn(headed(a, head.toString(), changes), turn.next());
    }

    /** The answer headed by {@code head}, with {@code changes} after its own results. */
    static Answer headed(Answer a, String head, List<MetricResult> changes) {
        List<MetricResult> results = new ArrayList<>(a.results());
        results.addAll(changes);
        return new Answer(a.id(), a.route(), head + "\n\n" + a.text(), a.narrative(), results, a.citations(), a.answerer(),
                a.notes(), a.decision(), a.clarify(), a.charts());
    }

    /** The metric's value the change is measured from: the case's own, or as an earlier answer of the thread showed it. */
    private java.math.BigDecimal reference(Deltas.Ask ask, Metric metric, String scenario, ThreadState state) {
        if (ask.against() == Deltas.Against.BASE) {
            return calculator.compute(metric, scenario, Map.of()).value();
        }
        if (state == null || state.shown().isEmpty()) {
            return null;
        }
        List<ThreadState.Shown> shown = state.shown();
        List<ThreadState.Shown> pick = switch (ask.against()) {
            case FIRST -> shown.subList(0, 1);
            case BACK -> shown.size() >= ask.back() ? shown.subList(shown.size() - ask.back(), shown.size() - ask.back() + 1) : List.of();
            default -> {
                // the latest answer that showed this number ("vs last" after a question in words looks past it)
                List<ThreadState.Shown> out = new ArrayList<>();
                for (int i = shown.size() - 1; i >= 0 && out.isEmpty(); i--) {
                    if (shown.get(i).figures().stream().anyMatch(f -> f.id().equals(metric.id()) && !f.solved())) {
                        out.add(shown.get(i));
                    }
                }
                yield out;
            }
        };
        for (ThreadState.Shown s : pick) {
            for (ThreadState.Figure f : s.figures()) {
                if (f.id().equals(metric.id()) && !f.solved() && (f.scenario() == null || f.scenario().equals(scenario))) {
                    return f.value();
                }
            }
            for (ThreadState.Figure f : s.figures()) {
                if (f.id().equals(metric.id()) && !f.solved()) {
                    return f.value(); // the same number in another case ("bear now, vs the base one before")
                }
            }
        }
        return null;
    }

    /**
     * The same turn as {@link #ask}, computed from the thread's state as this process holds it ({@link ThreadStore#peek}:
     * no round trip) and stopped before anything that retrieval, the narrator or the listener would do; nothing is
     * written until {@link Draft#keep}. Keeping loads the thread's state as the store has it by then (with a shared
     * store, usually read already by the question's admission): when it is newer than the one drafted from (another
     * replica answered in the thread meanwhile), the turn is computed again from it, so a draft never loses context.
     * The new state is saved here before the answer is delivered and shared ({@link ThreadStore#saveHere}) after.
     */
    @Override
    public Optional<Draft> draft(Question question) {
        long t0 = System.nanoTime();
        String text = prepare(question.text());
        if (!QuestionText.parts(QuestionText.clean(question.text())).isEmpty() || !Sequence.parts(QuestionText.clean(question.text())).isEmpty()
                || Trees.mayAsk(QuestionText.clean(question.text()).toLowerCase(java.util.Locale.ROOT))
                || Choices.find(QuestionText.clean(question.text())).isPresent()
                || !Rankings.withoutOrder(QuestionText.plain(QuestionText.clean(question.text()))).equals(QuestionText.plain(QuestionText.clean(question.text())))
                || Rankings.find(QuestionText.plain(QuestionText.clean(question.text()))).isPresent()
                || Working.read(QuestionText.clean(question.text()), reader::namesMetric).isPresent()
                || Redo.split(QuestionText.plain(QuestionText.clean(question.text()))).isPresent()) {
            return Optional.empty(); // a numbered message's parts may ask the sources: answered whole by ask
        }
        String cleaned = QuestionText.clean(question.text());
        String lowerCleaned = cleaned.toLowerCase(java.util.Locale.ROOT);
        ThreadState peeked = question.thread() == null ? null : memory.peek(question.thread()).orElse(null);
        if (peeked != null && peeked.frames().stream().anyMatch(k -> k.startsWith(Trees.KEPT + "\t"))) {
            return Optional.empty(); // a thread that keeps a tree: ask reads a follow-up against it
        }
        // (normalised once, and only when a cheap look finds one of the shapes that ask answers whole)
        String normalised = LaterRounds.mayAsk(lowerCleaned) || Levers.mayAsk(lowerCleaned, peeked != null && !peeked.levers().isEmpty())
                || Constraints.mayAsk(lowerCleaned, peeked != null && peeked.bound() != null) ? Amounts.normalise(cleaned) : "";
        Prepared read = preparedWithNotes(cleaned);
        if (Holds.find(cleaned).isPresent() || Blends.find(cleaned).isPresent() || Between.find(cleaned).isPresent()
                || LaterRounds.find(normalised).isPresent()
                || Constraints.find(normalised).isPresent()
                || !read.notes().isEmpty() || !named.read(read.text()).notes().isEmpty()
                || Perspectives.find(cleaned).filter(p -> !p.party().equals("Amazon")).isPresent()) {
            // a level held, odds on the cases, or a reading ask names in a note (a chart's axes, a fraction, a growth path, a
            // quantity said by name, another party's seat): answered by ask, so the note is never lost on Slack's fast path
            return Optional.empty();
        }
        if (Currencies.find(QuestionText.clean(question.text())).isPresent()) {
            return Optional.empty(); // another currency asked: ask answers it and says the answer is in dollars
        }
        if (Comparison.halves(Amounts.normalise(text)).isPresent() || Bands.corners(text).isPresent() || Series.cells(text).isPresent()
                || Steps.find(text).isPresent() || Steps.find(QuestionText.clean(question.text())).isPresent()) {
            return Optional.empty(); // one question at two values, or two amounts side by side: answered by ask
        }
        ThreadState base = peeked; // (peeked once, above)
        if (Levers.find(normalised).isPresent()
                || base != null && !base.levers().isEmpty() && Levers.again(normalised, base.levers()).isPresent()) {
            return Optional.empty(); // levers one at a time: answered by ask, which asks each
        }
        if (base != null && base.bound() != null && Constraints.again(normalised, base.bound()).isPresent()) {
            return Optional.empty(); // the thread's bars asked again: answered by ask, which reads each bar
        }
        if (base != null && !base.bands().isEmpty()) {
            return Optional.empty(); // a thread that gave a band: each end is asked by ask
        }
        if (Flows.mayAsk(lowerCleaned, base != null && !base.flows().isEmpty()) || Matches.find(cleaned).isPresent()) {
            return Optional.empty(); // flows over time, or a level to match: answered by ask, which reads them
        }
        Turn turned = turn(text, base, AnswerListener.NONE, true, List.of());
        if (turned == null || turned.answer().route() == Route.NUMERIC && !turned.answer().results().isEmpty()
                && joined(question.text(), base) != null) {
            return Optional.empty(); // (two asks joined in one sentence: answered by ask, in parts)
        }
        Turn drafted = shown(turned, base);
        long took = System.nanoTime() - t0;
        return Optional.of(deliver -> {
            long t1 = System.nanoTime();
            Turn turn = drafted;
            ThreadStore.Share share = ThreadStore.Share.NONE;
            if (question.thread() != null) {
                ThreadState now = memory.load(question.thread()).orElse(null);
                if (movedOn(base, now)) {
                    telemetry.increment("thesisbot.drafts.redone");
                    turn = shown(turn(text, now, AnswerListener.NONE, false, List.of()), now);
                }
                if (turn.next() != null) {
                    share = memory.saveHere(question.thread(), turn.next());
                }
            }
            Answer answer = finish(question, Duration.ofNanos(took + System.nanoTime() - t1), turn.answer());
            try {
                deliver.accept(answer);
            } finally {
                share.send();
            }
            return answer;
        });
    }

    /** True when {@code now} is a later turn of the thread than {@code base} (null: no state). */
    private static boolean movedOn(ThreadState base, ThreadState now) {
        if (now == null) {
            return false;
        }
        if (base == null) {
            return true;
        }
        if (now.turns() != base.turns()) {
            return now.turns() > base.turns();
        }
        return now.updated() != null && base.updated() != null && now.updated().isAfter(base.updated());
    }

    /**
     * What the sources are asked for the narrative half of {@code question} when it is answered as a mixed question: its
     * narrative clause and what follows it, read as every question is read ({@link Router#narrativeQuery}). For probes
     * and replays that must ask the sources what the assistant asks them.
     */
    public org.thesisbot.core.route.NarrativeQuery narrativeQuery(String question) {
        return router.narrativeQuery(prepare(question));
    }

    /**
     * The question as everything reads it: checked, shorthand spelled out, other languages' size words after a figure
     * spelled as powers of ten, dropped g's restored, one-keystroke typos of the terms mended, ratios said per dollar said
     * as ratios ({@link PerDollar}), places in the article named by number read as the article ({@link Paragraphs}), and
     * a request for another currency taken out ({@link Currencies}: {@link #ask} names it in a note), another language's
     * words glossed in English ({@link Glosses}), a question asked from another party's seat with its "we" that party
     * ({@link Perspectives}), and quantities said by name read as their figures ({@link NamedFigures}); {@link #ask} names
     * the last two in notes.
     */
    private String prepare(String raw) {
        return named.read(prepared(raw)).question();
    }

    /** {@link #prepare} but for quantities said by name, which it reads as their figures ({@link NamedFigures}). */
    private String prepared(String raw) {
        return preparedWithNotes(raw).text();
    }

    /** The prepared text, and the notes that name what preparing it read: a chart's axes, fractions, a growth path. */
    /**
     * {@code per}: a multiple of revenue asked, to say the solved valuation as ({@link Multiples}), or null;
     * {@code pricePerPoint}: a price a point asked, to say the solved post-money as ({@link Points}).
     */
    private record Prepared(String text, List<String> notes, Multiples.Per per, boolean pricePerPoint) {
    }

    private Prepared preparedWithNotes(String raw) {
        String asked = Labels.tied(glosses.english(check(raw)));
        List<String> notes = new ArrayList<>();
        // (asked from another party's seat: its frame off, and its "we" that party)
        String perspective = Perspectives.find(asked).map(Perspectives.Found::question).orElse(asked);
        // (odds put on the cases: taken out, and the cases they weigh asked; ask() says the blend)
        String seated = Blends.find(perspective).map(Blends.Found::question).orElse(perspective);
        // (asked in a chart's words: its axes taken out, and their letters said as what they plot)
        Optional<Charts.Found> chart = Charts.find(seated);
        chart.map(Charts.Found::note).filter(n -> !n.isEmpty()).ifPresent(notes::add);
        // (figures written as fractions said as decimals)
        Fractions.Read fractions = Fractions.read(chart.map(Charts.Found::question).orElse(seated));
        notes.addAll(fractions.notes());
        // (an exit said as a growth path said as that exit)
        Optional<Growth.Found> path = Growth.find(fractions.question());
        path.map(Growth.Found::note).ifPresent(notes::add);
        String grown = path.map(Growth.Found::question).orElse(fractions.question());
        // (the round said in points of ownership, a price a point or its dilution: said as the post-money it implies)
        Optional<Points.Found> points = Points.find(grown, roundSize());
        points.map(Points.Found::notes).ifPresent(notes::addAll);
        grown = points.map(Points.Found::question).orElse(grown);
        // (a valuation said as a multiple of revenue, a spend as a share of it: each product said as its sum)
        Optional<Multiples.Found> multiples = Multiples.find(grown, invested());
        multiples.map(Multiples.Found::notes).ifPresent(notes::addAll);
        grown = multiples.map(Multiples.Found::question).orElse(grown);
        // (room before a line: the line said as a hurdle, or the input at the line asked for)
        String checked = Headroom.read(grown);
        String plain = Framing.question(Currencies.find(checked).map(Currencies.Found::question).orElse(checked));
        return new Prepared(Instructions.preambleLast(Instructions.withoutCounts(Series.withoutLayout(mended(PerDollar.asRatios(Paragraphs.asTheArticle(plain)))))),
                List.copyOf(notes), multiples.map(Multiples.Found::per).orElse(null),
                points.map(Points.Found::pricePerPointAsked).orElse(false));
    }

    /** Amazon's investment in the base case, on which a multiple is a MOIC. */
    private BigDecimal invested() {
        return model.value(InputId.INVESTMENT.id(), ScenarioModel.BASE);
    }

    /** The round's size in the base case ({@code round_size}), for a dilution said without the round's own size. */
    private BigDecimal roundSize() {
        return model.value(InputId.ROUND_SIZE.id(), ScenarioModel.BASE);
    }

    /** Plain text as the reader reads it: shorthand expanded, sizes in words spelt out, misspellings mended. */
    private String mended(String plain) {
        return spelling.mend(EnglishWords.restoreDroppedG(MagnitudeWords.spell(shorthand.expand(plain)))).text();
    }

    /**
     * Two goals and two inputs asked ("2.2x moic, 18% irr. what oai exit + how many yrs?", "we'd own 4.5% and the piece is
     * worth 67.5bn: what post and what exit?"): each goal read from the question with the other goal's words taken out
     * ({@link Constraints#withoutEach}), the inputs asked are the two the question names without a figure, and the pairing is
     * the one the model allows to solve in turn: one goal's metric reads its own input and not the other's (the MOIC
     * reads the exit, not the hold), so it is solved first and the other goal after it ({@link NumericAnswers#joint}). Null,
     * and the question read as written, unless there are exactly two goals, of different metrics, two such inputs and one
     * such pairing.
     */
    private Turn joint(String text, ThreadState state) {
        String normalised = Amounts.normalise(text);
        List<String> legs = Constraints.withoutEach(normalised);
        if (legs.size() != 2) {
            return null;
        }
        List<Reading> readings = new ArrayList<>();
        List<ThreadState.Target> goals = new ArrayList<>();
        List<ThreadState.Target> stated = new ArrayList<>();
        for (String leg : legs) {
            if (!QuestionText.readable(QuestionText.plain(leg)) || leg.strip().length() < 3) {
                return null; // ("what post-money gets the 50b 8%" less its goal is nothing to read)
            }
            Reading r;
            try {
                r = reader.read(prepare(leg), state);
            } catch (org.thesisbot.core.api.BadQuestionException e) {
                return null;
            }
            ThreadState.Target g = r.target() != null ? r.target() : stated(r, leg);
            if (r.target() == null && g != null) {
                stated.add(g);
            }
            if (g == null || g.level() != null || g.rest() || g.offsetting() || r.scenarios().size() > 1) {
                return null;
            }
            readings.add(r);
            goals.add(g);
        }
        // a goal only stated ("we own 4%") whose figure the question as a whole reads as an input ("with oai at 2T on exit,
        // longest hold before irr < 15%") is no goal
        Reading whole = stated.isEmpty() ? null : reader.read(prepare(text), state);
        if (whole != null && stated.stream().anyMatch(g -> whole.changes().values().stream().anyMatch(v -> v.compareTo(g.value()) == 0))) {
            return null;
        }
        ThreadState.Target g0 = goals.get(0);
        ThreadState.Target g1 = goals.get(1);
        if (g0.metric() == g1.metric()) {
            return null;
        }
        List<InputId> asked = reader.namedWithoutFigure(text).stream()
                .filter(i -> reader.reads(g0.metric()).contains(i) || reader.reads(g1.metric()).contains(i)).toList();
        if (asked.size() != 2) {
            return null;
        }
        int firstGoal = -1;
        InputId firstInput = null;
        for (int a = 0; a < 2; a++) {
            for (int u = 0; u < 2; u++) {
                java.util.Set<InputId> readsA = reader.reads(goals.get(a).metric());
                java.util.Set<InputId> readsB = reader.reads(goals.get(1 - a).metric());
                if (readsA.contains(asked.get(u)) && !readsA.contains(asked.get(1 - u)) && readsB.contains(asked.get(1 - u))) {
                    if (firstGoal >= 0) {
                        return null; // more than one way to pair them: not guessed
                    }
                    firstGoal = a;
                    firstInput = asked.get(u);
                }
            }
        }
        if (firstGoal < 0) {
            return null;
        }
        InputId secondInput = asked.get(0) == firstInput ? asked.get(1) : asked.get(0);
        Reading r = readings.get(firstGoal);
        ThreadState.Target first = new ThreadState.Target(goals.get(firstGoal).metric(), goals.get(firstGoal).value(), firstInput);
        ThreadState.Target other = goals.get(1 - firstGoal);
        ThreadState.Target second = new ThreadState.Target(other.metric(), other.value(), secondInput);
        ScenarioQuery q = ScenarioQuery.apply(r, state);
        for (InputId id : r.changes().keySet()) {
            // (a goal only stated, "we own 4%", may also have been placed as an input by its leg's reading: it is the goal's)
            if (stated.stream().anyMatch(g -> g.value().compareTo(r.changes().get(id)) == 0)) {
                q = q.withoutGiven(id);
            }
        }
        NumericAnswers.Numbers n = numbers.joint(q, first, second);
        RouteDecision d = new RouteDecision(Route.NUMERIC, r.confidence(), -1, List.of("two goals, two inputs: " + first.metric().id()
                + " -> " + firstInput.id() + ", then " + second.metric().id() + " -> " + secondInput.id()));
        Answer answer = new Answer(newId(), Route.NUMERIC, n.text(), null, n.results(), List.of(), "scenario-core", n.notes(), d);
        if (n.refused()) {
            return new Turn(answer, state);
        }
        Map<InputId, java.math.BigDecimal> overrides = new java.util.EnumMap<>(InputId.class);
        overrides.putAll(q.overrides());
        for (MetricResult m : n.results()) {
            if (m.kind() == MetricResult.Kind.SOLVED) {
                overrides.put(InputId.byId(m.metric()).orElseThrow(), m.value());
            }
        }
        ThreadState prior = state == null ? ThreadState.empty(clock.instant()) : state;
        ThreadState next = new ThreadState(overrides, q.scenarios(), List.of(first.metric(), second.metric()), null, Route.NUMERIC,
                prior.turns() + 1, clock.instant(), null, prior.solved());
        return new Turn(answer, next);
    }

    /**
     * A goal stated, not asked ("we want a 40bn gain on the stake", "we own 4%"): the one metric the leg names, and the one
     * figure it has left, when the figure's kind is the metric's unit; else null.
     */
    private static ThreadState.Target stated(Reading r, String leg) {
        if (r.metrics().size() != 1) {
            return null;
        }
        Metric m = r.metrics().get(0);
        List<Amount> figures = Amounts.find(leg).stream().filter(a -> a.kind() == Amount.Kind.MONEY || a.kind() == Amount.Kind.RATIO
                || a.kind() == Amount.Kind.MULTIPLE).toList();
        if (figures.size() != 1) {
            return null;
        }
        Amount a = figures.get(0);
        boolean fits = switch (m.unit()) {
            case MULTIPLE -> a.kind() == Amount.Kind.MULTIPLE;
            case RATIO -> a.kind() == Amount.Kind.RATIO;
            case USD_BILLIONS -> a.kind() == Amount.Kind.MONEY;
            default -> false;
        };
        return fits ? new ThreadState.Target(m, a.value(), null) : null;
    }

    /**
     * A table's rows ({@link KeyTable}), each answered from the thread as it stood and put together as a numbered message's
     * parts are; the thread goes on from the last row.
     */
    private Turn tabled(List<String> rows, Question asked, ThreadState state) {
        List<Answer> answers = new ArrayList<>();
        ThreadState next = null;
        for (String row : rows) {
            Turn t = answered(new Question(row, asked.thread(), asked.user(), asked.origin()), state, AnswerListener.NONE);
            answers.add(t.answer());
            next = t.next() != null ? t.next() : next;
        }
        return new Turn(Parts.combine(newId(), answers), next);
    }

    /**
     * A round trip's two parts ({@link RoundTrips}): the first answered as a question; the second either solves the input it
     * names back to the first part's number, exactly (the number the second part names, else the first part's first), and
     * says whether that is the input the first part used; or, when it solves nothing back, is answered as a follow-up. Null
     * (the message read whole) unless both parts are answered with numbers.
     */
    private Turn roundTrip(RoundTrips.Found f, ThreadState state) {
        Turn first = turn(prepare(f.forward()), state, AnswerListener.NONE, true, List.of());
        if (first == null || first.answer().route() != Route.NUMERIC || first.answer().results().isEmpty() || !first.answer().clarify().isEmpty()) {
            return null;
        }
        ThreadState after = first.next();
        // (an input looked up: the model's value asked, with no figure of the asker's own)
        boolean looked = first.answer().results().stream().allMatch(r -> r.kind() == MetricResult.Kind.INPUT)
                && Amounts.find(Amounts.normalise(f.forward())).stream().allMatch(x -> x.kind() == Amount.Kind.CALENDAR_YEAR);
        if (f.lookup() && (!looked || reader.metricsNamed(Amounts.normalise(prepare(f.back()))).isEmpty())
                || !f.reverse() && !looked && !f.expected()) {
            // "…, and the …" splits only an input looked up from the number asked of it; "A, then B" that solves nothing back
            // is split only for one who ties out ("…, then irr over that hold as a tie-out (15 on the nose)"): any other
            // "then" is read whole, where the message's own shape reads it ("we go in at 1T, then it compounds 10% a yr")
            return null;
        }
        if (!f.reverse() || looked) {
            // (a number asked of an input looked up is asked in the case it was looked up in: "bull capture share you
            // assume, and the aws rev off oai it gives")
            List<String> cases = first.answer().results().stream().map(MetricResult::scenario).filter(java.util.Objects::nonNull).distinct().toList();
            String asked = f.back();
            if (looked && cases.size() == 1 && !cases.get(0).equals(ScenarioModel.BASE) && reader.read(prepare(asked), after).scenarios().isEmpty()) {
                asked = asked + ", " + cases.get(0) + " case";
            }
            Turn second = turn(prepare(asked), after, AnswerListener.NONE, true, List.of());
            if (second == null || second.answer().route() != Route.NUMERIC || second.answer().results().isEmpty() || !second.answer().clarify().isEmpty()) {
                return null;
            }
            return new Turn(Parts.combine(newId(), List.of(first.answer(), second.answer())), second.next() != null ? second.next() : after);
        }
        String back = prepare(f.back());
        List<InputId> named = reader.namedWithoutFigure(back);
        InputId x = !named.isEmpty() ? named.get(0) : reader.inputNamedFirst(Amounts.normalise(back)).orElse(null);
        if (x == null) {
            return null;
        }
        List<Metric> asked = reader.metricsNamed(Amounts.normalise(back));
        List<MetricResult> candidates = first.answer().results().stream()
                .filter(r -> r.kind() != MetricResult.Kind.SOLVED && Metric.byId(r.metric()).isPresent()
                        && reader.reads(Metric.byId(r.metric()).get()).contains(x))
                .toList();
        MetricResult goal = candidates.stream().filter(r -> asked.contains(Metric.byId(r.metric()).get())).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
        if (goal == null) {
            return null;
        }
        Metric m = Metric.byId(goal.metric()).get();
        Map<InputId, java.math.BigDecimal> overrides = new java.util.EnumMap<>(InputId.class);
        if (after != null) {
            overrides.putAll(after.overrides());
        }
        java.math.BigDecimal used = overrides.remove(x);
        List<String> cases = goal.scenario() == null ? List.of() : List.of(goal.scenario());
        ScenarioQuery q = new ScenarioQuery(List.of(m), new ThreadState.Target(m, goal.value(), x), overrides, cases, overrides, true);
        NumericAnswers.Numbers n = numbers.solved(q);
        if (n.refused()) {
            return null;
        }
        if (used == null) {
            used = model.value(x.id(), goal.scenario() == null ? ScenarioModel.BASE : goal.scenario());
        }
        java.math.BigDecimal solved = n.results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED).map(MetricResult::value)
                .findFirst().orElse(null);
        List<String> notes = new ArrayList<>(n.notes());
        if (solved != null && used != null) {
            boolean ties = solved.subtract(used).abs().compareTo(used.abs().max(java.math.BigDecimal.ONE).movePointLeft(9)) <= 0;
            notes.add(ties ? "It ties out: that is the " + org.thesisbot.core.api.Format.inSentence(reader.label(x)) + " the first part used ("
                    + org.thesisbot.core.api.Format.value(used, model.require(x.id()).unit()) + ")."
                    : "It does not tie out: the first part used " + org.thesisbot.core.api.Format.value(used, model.require(x.id()).unit()) + ".");
        }
        RouteDecision d = new RouteDecision(Route.NUMERIC, 0.9, -1, List.of("round trip: " + m.id() + " back to " + goal.value().toPlainString()
                + " -> solve " + x.id()));
        Answer second = new Answer(newId(), Route.NUMERIC, numeric.render(n.results(), notes), null, n.results(), List.of(), "scenario-core",
                notes, d);
        // (the goal kept as the thread's: "now just the reverse, but for 4.5%" solves the same input for another value)
        ThreadState next = after == null ? null : after.withTarget(new ThreadState.Target(m, goal.value(), x));
        return new Turn(Parts.combine(newId(), List.of(first.answer(), second)), next);
    }

    /**
     * A message that numbers its questions ("1) what exit makes 2.5x 2) same question but for a 4x"): each part answered
     * in order as a turn of its own, each part a follow-up of the one before ("same", "on that" point back at it), and the
     * answers put together ({@link Parts}). Null, and the message answered whole, unless every part is a number answered
     * (a list of topics asked of the sources, "1) board seats, 2) observer rights. what does the reporting say?", is one
     * question).
     */
    private Turn numbered(String raw, ThreadState state) {
        List<String> parts = QuestionText.parts(QuestionText.clean(raw));
        if (parts.isEmpty()) {
            parts = Sequence.parts(QuestionText.clean(raw)); // "% owned first, then what that % is worth in $"
        }
        if (parts.isEmpty()) {
            // a number, then the way back to it ("bear profit, then the margin that gets it back there - sb 30%")
            return RoundTrips.find(QuestionText.clean(raw)).map(f -> roundTrip(f, state)).orElse(null);
        }
        return inParts(parts, state);
    }

    /**
     * Two asks joined in one sentence ({@link Joined}: "what's the stake worth at a 1T exit, and what exit gets us to 3x?"):
     * answered as the parts of a numbered message are, but only when the first part asks for numbers and the second solves
     * a goal, each leaves no figure out read on its own, the message read whole solves the same goal, and read whole it
     * either leaves a figure out or reads a figure otherwise than its part does (the "1T exit" read as a post-money because
     * the exit is what the second ask solves for). A message that is one question ("the stake at 1T, and what's the irr?")
     * reads the same whole and is answered whole. Null otherwise.
     */
    private Turn joined(String raw, ThreadState state) {
        String clean = QuestionText.clean(raw);
        List<List<String>> splits = Joined.splits(clean);
        if (splits.isEmpty()) {
            return null;
        }
        org.thesisbot.core.reading.Reading whole = reader.read(prepare(clean), state);
        if (whole.target() == null && whole.unused().isEmpty()) {
            return null;
        }
        for (List<String> parts : splits) {
            if (!QuestionText.readable(QuestionText.plain(parts.get(0))) || !QuestionText.readable(QuestionText.plain(parts.get(1)))) {
                continue;
            }
            org.thesisbot.core.reading.Reading a = reader.read(prepare(parts.get(0)), state);
            org.thesisbot.core.reading.Reading b = reader.read(prepare(parts.get(1)), state);
            boolean shaped = a.target() == null && !a.metrics().isEmpty() && b.target() != null && a.unused().isEmpty() && b.unused().isEmpty()
                    && a.ambiguity() == null && b.ambiguity() == null
                    && (whole.target() == null || whole.target().metric() == b.target().metric() && whole.target().solveFor() == b.target().solveFor());
            if (!shaped) {
                continue;
            }
            Map<InputId, java.math.BigDecimal> inParts = new java.util.EnumMap<>(InputId.class);
            inParts.putAll(a.changes());
            inParts.putAll(b.changes());
            if (!whole.unused().isEmpty() || !whole.changes().equals(inParts)) {
                Turn t = inParts(parts, state);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Each part answered in order, each a follow-up of the one before; null unless every part is a number answered. */
    private Turn inParts(List<String> parts, ThreadState state) {
        List<Answer> answers = new ArrayList<>();
        ThreadState s = state;
        ThreadState next = null;
        for (String part : parts) {
            if (!QuestionText.readable(QuestionText.plain(part))) {
                continue;
            }
            // each part as a draft, the scenario core alone: a part for the sources stops here, before any retrieval
            Turn t = turn(prepare(part), s, AnswerListener.NONE, true, List.of());
            if (t == null || t.answer().route() != Route.NUMERIC || t.answer().results().isEmpty() && t.answer().clarify().isEmpty()) {
                // (a part asked of the sources reads better with the numbers beside it, as a mixed question is answered; a
                // part refused as impossible leaves the parts after it nothing to follow: both are answered whole)
                return null;
            }
            answers.add(t.answer());
            if (t.next() != null) {
                s = t.next();
                next = t.next();
            }
        }
        if (answers.size() < 2) {
            return null;
        }
        return new Turn(Parts.combine(newId(), answers), next);
    }

    /**
     * A move of one input asked as what it does to a number ({@link Steps}: "per +$100bn of exit, how much does the moic
     * move?", "+20pts of capture adds how much op profit?", "exit 1.1T -> 1.4T: irr pts picked up?"): the question asked
     * before the step (at the values in force, or at the step's first value) and after it, and the move of each metric shown
     * first, as a result of kind {@code change}. A question left that asks at two settings ("… at the 830 post vs at a 1.1T
     * post", {@link Comparison}) is asked both ways at each, and the two moves shown side by side with their gap. Null, and
     * the message answered whole, unless every side is numbers for the same metrics and the step moves them.
     */
    private Turn stepped(String text, ThreadState state) {
        Optional<Steps.Step> found = Steps.find(text);
        if (found.isEmpty()) {
            return null;
        }
        Steps.Step asked = found.get();
        final Optional<InputId> moves = reader.inputIn(asked.what());
        if (!asked.per() && (moves.isEmpty() || !asked.fits(model.require(moves.get().id()).unit()))) {
            return null; // (a step of no input the model has, or in a unit none of its inputs is in: read whole)
        }
        // (a case's value, "the bear-to-bull exit swing": the input's value in that case, as the reader takes it)
        Steps.Step resolved = asked.per() ? asked : asked.withCases(c -> {
                InputId id = moves.get();
                org.thesisbot.core.api.Unit unit = model.require(id.id()).unit();
                java.math.BigDecimal v = model.value(id.id(), c);
                String n = (unit == org.thesisbot.core.api.Unit.RATIO ? v.movePointRight(2) : v).stripTrailingZeros().toPlainString();
                return unit == org.thesisbot.core.api.Unit.RATIO ? n + "%" : unit == org.thesisbot.core.api.Unit.YEARS ? n + " years" : "$" + n + "bn";
            });
        // a question of the sources after it ("…, and what's the article's argument that aws wins a big slice"): the step asked
        // without it, and the sources' answer put after the numbers
        // (a figure of the sources named in it, "where does the article's 500bn come from", makes it no less the sources' question)
        Optional<String> sources = Steps.tail(resolved.base()).filter(t -> SOURCES_ASKED.matcher(t.toLowerCase(java.util.Locale.ROOT)).find()
                || router.route(prepare(t.toLowerCase(java.util.Locale.ROOT)), state, () -> 1.0).decision().route() == Route.NARRATIVE);
        Steps.Step step = sources.map(t -> resolved.withBase(resolved.base().substring(0, resolved.base().length() - t.length()).replaceAll("[\\s,;]+(?:and)?\\s*$", ""))).orElse(resolved);
        Turn numbers = steppedNumbers(step, state);
        return numbers == null || sources.isEmpty() ? numbers
                : new Turn(withSources(numbers.answer(), prepare(sources.get().toLowerCase(java.util.Locale.ROOT))), numbers.next());
    }

    private Turn steppedNumbers(Steps.Step step, ThreadState state) {
        Optional<Comparison.Sides> sides = step.per() ? Optional.empty() : Comparison.sides(Amounts.normalise(prepare(step.base())));
        if (sides.isEmpty()) {
            return moveOf(step, step.base(), state);
        }
        Turn first = moveOf(step, sides.get().first(), state);
        Turn second = first == null ? null : moveOf(step, sides.get().second(), state);
        if (second == null) {
            return null;
        }
        List<MetricResult> a = first.answer().results().stream().filter(r -> r.kind() == MetricResult.Kind.CHANGE).toList();
        List<MetricResult> b = second.answer().results().stream().filter(r -> r.kind() == MetricResult.Kind.CHANGE).toList();
        Comparison.Sides s = sides.get();
        Answer both = Parts.combine(newId(), List.of(first.answer(), second.answer()), List.of(s.heading(s.firstLabel()), s.heading(s.secondLabel())));
        if (a.size() == 1 && b.size() == 1 && a.get(0).metric().equals(b.get(0).metric()) && a.get(0).unit() == b.get(0).unit()) {
            java.math.BigDecimal gap = a.get(0).value().subtract(b.get(0).value());
            String shown = (gap.signum() >= 0 ? "+" : "") + org.thesisbot.core.api.Format.value(gap, a.get(0).unit());
            both = withNote(both, "Gap between the two moves (" + s.firstLabel() + " less " + s.secondLabel() + "): "
                    + org.thesisbot.core.api.Format.value(a.get(0).value(), a.get(0).unit()) + " - " + org.thesisbot.core.api.Format.value(b.get(0).value(), a.get(0).unit())
                    + " = " + shown + ".");
        }
        return new Turn(both, first.next());
    }

    /** The move one step makes to a question's numbers, asked before and after it; null unless both are numbers it moves. */
    private Turn moveOf(Steps.Step step, String question, ThreadState state) {
        Turn at = turn(prepare(question + step.at()), state, AnswerListener.NONE, true, List.of());
        Turn moved = at == null ? null : turn(prepare(question + step.moved()), state, AnswerListener.NONE, true, List.of());
        if (moved == null || !numbers(at.answer()) || !numbers(moved.answer())) {
            return null;
        }
        List<String> cases = at.answer().results().stream().map(MetricResult::scenario).filter(java.util.Objects::nonNull).distinct().toList();
        if (cases.size() > 1 && step.at().isBlank()) {
            // a step from the values in force in several cases ("+10pts of capture in bull vs base"): each case moved from its own
            // value, asked one case at a time (read together, the step would move every case from one value)
            String alone = Steps.CASE_WORDS.matcher(question).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
            List<Answer> each = new ArrayList<>();
            Turn first = null;
            for (String c : cases) {
                Turn one = moveOf(step, alone + ", in the " + c + " case", state);
                if (one == null || one.answer().results().stream().anyMatch(r -> r.scenario() != null && !r.scenario().equals(c))) {
                    return null;
                }
                first = first == null ? one : first;
                each.add(one.answer());
            }
            return new Turn(Parts.combine(newId(), each, cases.stream().map(c -> "*In the " + c + " case*").toList()), first.next());
        }
        List<MetricResult> a = at.answer().results();
        List<MetricResult> b = moved.answer().results();
        if (a.size() != b.size() || a.equals(b)) {
            return null;
        }
        List<MetricResult> changes = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            MetricResult x = a.get(i);
            MetricResult y = b.get(i);
            if (!x.metric().equals(y.metric()) || !java.util.Objects.equals(x.scenario(), y.scenario())) {
                return null;
            }
            if (x.kind() != MetricResult.Kind.METRIC) {
                continue;
            }
            java.math.BigDecimal d = y.value().subtract(x.value());
            d = step.gap() ? d.abs() : d; // (a gap between two values is its size, whichever is higher)
            String shown = (d.signum() >= 0 && !step.gap() ? "+" : "") + org.thesisbot.core.api.Format.value(d, x.unit());
            String before = step.at().isBlank() ? "at the values in force" : "before the step";
            changes.add(new MetricResult(x.metric(), "Change in " + x.label() + (step.per() ? " per " : " for ") + step.label(), d, x.unit(), x.scenario(),
                    y.inputs(), y.display() + " - " + x.display() + " = " + shown, null, MetricResult.Kind.CHANGE));
            head.append(head.length() == 0 ? "" : "\n").append(step.per() ? "*Per " : "*For ").append(step.label()).append(": ").append(x.label())
                    .append(step.gap() ? " differs by " : " moves ").append(shown).append("* (").append(x.scenario()).append(" case: ").append(x.display())
                    .append(" ").append(before).append(", ").append(y.display()).append(" after the step)");
        }
        if (changes.isEmpty() || changes.stream().allMatch(c -> c.value().signum() == 0)) {
            return null; // a step that moves nothing asked is no step of these metrics: answered whole, with its note
        }
        if (!step.per()) {
            // (a number the step does not move, shown beside one it does - "the round at a 900bn pre" - is no move asked)
            List<String> lines = new ArrayList<>(List.of(head.toString().split("\n")));
            for (int i = changes.size() - 1; i >= 0; i--) {
                if (changes.get(i).value().signum() == 0 && i < lines.size()) {
                    changes.remove(i);
                    lines.remove(i);
                }
            }
            head = new StringBuilder(String.join("\n", lines));
        }
        Answer base = step.at().isBlank() ? at.answer() : moved.answer();
        List<MetricResult> results = new ArrayList<>(changes);
        results.addAll(base.results());
        Answer answer = new Answer(newId(), base.route(), head + "\n\n" + base.text(), base.narrative(), results, base.citations(),
                base.answerer(), base.notes(), base.decision(), base.clarify(), base.charts());
        return new Turn(answer, at.next());
    }

    /**
     * A question someone else asked, quoted and asked again with a change ({@link Redo}: "dana asked what exit gets amzn to
     * 2x, same but for 2.5x"): the quoted question answered silently from the thread's state, then the change as its
     * follow-up. Null, and the message answered whole, unless both are numbers.
     */
    private Turn redone(String raw, ThreadState state) {
        String plain = QuestionText.plain(QuestionText.clean(raw));
        Optional<Redo.Split> split = Redo.split(plain);
        if (split.isEmpty() || !Framing.quoted(plain).equals(plain)) {
            // ("the chair will ask 'what's our stake at 1T?' - what do i say back": one question, framed; not asked again)
            return null;
        }
        Turn first = turn(prepare(split.get().quoted()), state, AnswerListener.NONE, true, List.of());
        if (first == null || !numbers(first.answer()) || first.next() == null) {
            return null;
        }
        Turn second = turn(prepare(split.get().change()), first.next(), AnswerListener.NONE, true, List.of());
        if (second == null || !numbers(second.answer()) && second.answer().clarify().isEmpty()) {
            return null;
        }
        return new Turn(withNote(second.answer(), "Starting from the question you quote (\"" + split.get().quoted() + "\"), with your change."),
                second.next());
    }

    /**
     * A question with a figure given as a band ("stake at a post anywhere 900bn–1T", {@link Bands}): asked at each end (each
     * corner of two bands) by the scenario core from the thread's state, and the answers shown side by side, each headed
     * by its ends. The thread goes on from the first corner (the low ends). Null, and the message answered whole, unless
     * every corner is numbers answered for the same metrics and the band changes them.
     */
    private Turn banded(String typed, ThreadState state) {
        // (an input asked over a band, "capture-share corridor for a profit of 12–18bn", solved for at each end)
        String text = Bands.solvedFor(typed, in -> in.isBlank() ? Optional.empty() : reader.inputIn(prepare(in)));
        Optional<List<Series.Cell>> bandCorners = Bands.corners(text);
        // a table's rows or columns ("moic at 1.2T / 1.5T / 2T"): a cell per value, asked as a band's ends are
        Optional<List<Series.Cell>> corners = bandCorners.isPresent() ? bandCorners : Series.cells(text);
        if (corners.isEmpty() && (state == null || state.bands().isEmpty())) {
            return null;
        }
        // the thread's bands ("pin the hold at 6, same exit band"), less those this question sets a figure for
        Map<InputId, List<java.math.BigDecimal>> kept = state == null ? Map.of() : bandsLeft(state.bands(), reader.read(text, state));
        List<Map.Entry<InputId, List<java.math.BigDecimal>>> bands = new ArrayList<>(kept.entrySet());
        List<ThreadState> states = new ArrayList<>();
        List<String> threadLabels = new ArrayList<>();
        for (int[] idx : Series.indices(bands.stream().map(b -> b.getValue().size()).toList())) {
            if (state == null) {
                states.add(null);
                threadLabels.add("");
                break;
            }
            // (an EnumMap built empty: a list at the scenario's own value leaves the thread no override, and EnumMap's copy
            // constructor refuses an empty map that is not an EnumMap)
            Map<InputId, java.math.BigDecimal> at = new java.util.EnumMap<>(InputId.class);
            at.putAll(state.overrides());
            List<String> label = new ArrayList<>();
            for (int i = 0; i < bands.size(); i++) {
                var band = bands.get(i);
                java.math.BigDecimal v = band.getValue().get(idx[i]);
                at.put(band.getKey(), v);
                var input = model.require(band.getKey().id());
                label.add(input.label() + " " + org.thesisbot.core.api.Format.value(v, input.unit())
                        + (band.getValue().size() == 2 ? " (the thread's band)" : " (the thread's list)"));
            }
            threadLabels.add(String.join(", ", label));
            states.add(new ThreadState(at, state.scenarios(), state.metrics(), state.target(), state.lastRoute(), state.turns(),
                    state.updated(), state.grid(), state.solved(), state.topic(), state.shown(), state.saved()));
        }
        List<Series.Cell> asked = corners.orElse(List.of(new Series.Cell(text, "")));
        if (asked.size() * states.size() < 2 || asked.size() * states.size() > MAX_CORNERS) {
            return null;
        }
        List<Answer> answers = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<ThreadState> nexts = new ArrayList<>();
        List<String> unreached = new ArrayList<>();
        Turn refused = null;
        for (Series.Cell c : asked) {
            for (int i = 0; i < states.size(); i++) {
                Turn t = turn(c.text(), states.get(i), AnswerListener.NONE, true, List.of());
                String label = java.util.stream.Stream.of(c.label().replaceFirst("^At ", ""), threadLabels.get(i)).filter(x -> !x.isEmpty())
                        .collect(java.util.stream.Collectors.joining(", "));
                if (t != null && t.answer().route() == Route.NUMERIC && t.answer().results().isEmpty() && t.answer().clarify().isEmpty()
                        && t.answer().text().startsWith("I can't compute")) {
                    if (!t.answer().text().contains(UNREACHED)) {
                        return new Turn(t.answer(), null); // an end no input may take ("105–115% of the compute"): refused, as one figure is
                    }
                    // an end of a goal's band no input reaches ("a payoff of 10–50bn" has no upper end): said, the other ends answered
                    unreached.add("At " + label + ", " + t.answer().text().replaceFirst("^I can't compute that: ", "").replaceAll("\\s+", " ").strip());
                    refused = refused == null ? t : refused;
                    continue;
                }
                if (t == null || !numbers(t.answer())) {
                    // (a cell whose value no word places: the list named after the input one of its values is, if any)
                    return bandCorners.isEmpty() && corners.isPresent() && t != null && !t.answer().clarify().isEmpty() ? named(text, state) : null;
                }
                answers.add(t.answer());
                nexts.add(t.next());
                labels.add("At " + label);
            }
        }
        if (answers.isEmpty()) {
            return refused == null ? null : new Turn(refused.answer(), null);
        }
        if (answers.size() == 1) {
            Answer one = answers.get(0);
            for (String u : unreached) {
                one = withNote(one, u);
            }
            return unreached.isEmpty() ? null : new Turn(leading(one, labels.get(0) + ": the only end of your band that can be reached."), nexts.get(0));
        }
        ThreadState next = nexts.get(0);
        if (next != null) {
            next = next.withBands(bandsSet(nexts));
        }
        List<String> metrics = answers.get(0).results().stream().map(r -> r.metric() + "/" + r.scenario()).toList();
        boolean same = answers.stream().allMatch(a -> a.results().stream().map(r -> r.metric() + "/" + r.scenario()).toList().equals(metrics));
        if (same && bandCorners.isEmpty() && corners.isPresent() && answers.stream().allMatch(a -> a.results().equals(answers.get(0).results()))) {
            // a list no word names ("rows $30bn / $50bn / $70bn at the 830 post"), each value left out alike: the input one of
            // its values is now, when only one is, named after the list ({@link Series#named})
            return named(text, state);
        }
        if (!same || answers.stream().allMatch(a -> a.results().equals(answers.get(0).results()))) {
            return null;
        }
        Answer combined = Parts.combine(newId(), answers, labels);
        for (String u : unreached) {
            combined = withNote(combined, u);
        }
        String summary = Bands.summary(answers, labels, bandCorners.isEmpty() && corners.isPresent()
                || bands.stream().anyMatch(b -> b.getValue().size() > 2) ? "across your values" : "across the band");
        combined = new Answer(combined.id(), combined.route(), summary + "\n\n" + combined.text(), combined.narrative(),
                combined.results(), combined.citations(), combined.answerer(), combined.notes(), combined.decision(),
                combined.clarify(), combined.charts());
        return new Turn(combined, next);
    }

    /** The question of a list asked again with the list named as the input one of its values is now ({@link Series#named}); or null. */
    private Turn named(String text, ThreadState state) {
        Optional<String> named = Series.named(text, (id, scenario) -> state != null && state.overrides().containsKey(id) ? state.overrides().get(id)
                : model.value(id.id(), scenario), Canonical::cue);
        return named.isPresent() ? banded(named.get(), state) : null;
    }

    /** What the solver says of a goal no value of its input reaches. */
    private static final String UNREACHED = "no possible value of";

    /** At most this many corners of the bands a question and its thread give (three bands, as the thread keeps). */
    private static final int MAX_CORNERS = Math.max(1 << ThreadState.MAX_BANDS, Series.MAX_CELLS);

    /**
     * One question asked at two values ("moic at a 1.4T exit vs 830", {@link Comparison}): each side answered by the scenario
     * core as a question of its own from the thread's state, and the two shown side by side, each headed by its value. The
     * thread goes on from the first. Null, and the message answered whole, unless both sides are numbers answered for the
     * same metrics and the second value changes them (a side that asks the sources, or clarifies, is answered whole).
     */
    private Turn compared(String text, ThreadState state) {
        Optional<Comparison.Sides> sides = Comparison.sides(Amounts.normalise(text)).map(this::levers);
        if (sides.isEmpty()) {
            return twoAmounts(text, state);
        }
        Turn a = turn(sides.get().first(), state, AnswerListener.NONE, true, List.of());
        Turn b = a == null ? null : turn(sides.get().second(), state, AnswerListener.NONE, true, List.of());
        if (b == null || !numbers(a.answer()) || !numbers(b.answer())) {
            return null;
        }
        List<String> ma = a.answer().results().stream().map(r -> r.metric() + "/" + r.scenario()).toList();
        List<String> mb = b.answer().results().stream().map(r -> r.metric() + "/" + r.scenario()).toList();
        // a lever may bring the metric it moves ("aws revenue if capture is 40% vs margin at 30%": the margin moves the profit)
        if (!(ma.equals(mb) || sides.get().levers() && mb.containsAll(ma)) || a.answer().results().equals(b.answer().results())) {
            return null;
        }
        Comparison.Sides s = sides.get();
        return new Turn(Parts.combine(newId(), List.of(a.answer(), b.answer()),
                List.of(s.heading(s.firstLabel()), s.heading(s.secondLabel()))), a.next());
    }

    /**
     * The sides as two levers when the reader, given each change alone, has them set different inputs ("if capture is 40%"
     * the capture share, "margin at 30%" the margin): the margin is then a change of its own, not a capture of 30%.
     */
    private Comparison.Sides levers(Comparison.Sides sides) {
        if (sides.lever() == null) {
            return sides;
        }
        ThreadState none = ThreadState.empty(clock.instant());
        Set<InputId> left = inputsSet(reader.read(sides.lever().left(), none));
        Set<InputId> right = inputsSet(reader.read(sides.lever().right(), none));
        return !left.isEmpty() && !right.isEmpty() && Collections.disjoint(left, right) ? sides.asLevers() : sides;
    }

    /** The inputs a reading's figures set, whether they change the model's value or restate it. */
    private static Set<InputId> inputsSet(Reading r) {
        Set<InputId> out = EnumSet.noneOf(InputId.class);
        out.addAll(r.changes().keySet());
        out.addAll(r.lookups());
        return out;
    }

    /**
     * Two amounts asked side by side ("implied oai pre-money vs amzn's cut of the 100b raise", "bear - our % vs what that
     * % is worth") when reading the whole finds fewer than two: each half asked in turn, the second a follow-up of the
     * first (so "that %" and the first half's scenario carry over), as a numbered message's parts are. Null unless each
     * half names an amount, the two are not the amounts of one ratio ("aws revenue vs the 50b check, as a multiple"), and
     * both are numbers answered.
     */
    private Turn twoAmounts(String text, ThreadState state) {
        Optional<List<String>> halves = Comparison.halves(text);
        if (halves.isEmpty() || !reader.namesMetric(halves.get().get(0)) || !reader.namesMetric(halves.get().get(1))
                || reader.namesRatioAcross(halves.get().get(0), halves.get().get(1)) || reader.read(text, state).metrics().size() >= 2) {
            return null;
        }
        if (reader.read(halves.get().get(0), state).metrics().equals(reader.read(halves.get().get(1), state).metrics())) {
            return null; // one metric against a bar of its own ("irr vs a 15% hurdle at a 1.2T exit"): the bar is checked, the whole asked
        }
        Turn a = turn(halves.get().get(0), state, AnswerListener.NONE, true, List.of());
        if (a == null || !numbers(a.answer())) {
            return null;
        }
        Turn b = turn(halves.get().get(1), a.next() != null ? a.next() : state, AnswerListener.NONE, true, List.of());
        if (b == null || !numbers(b.answer()) || a.answer().results().equals(b.answer().results())) {
            return null;
        }
        return new Turn(Parts.combine(newId(), List.of(a.answer(), b.answer())), b.next() != null ? b.next() : a.next());
    }

    private static boolean numbers(Answer a) {
        return a.route() == Route.NUMERIC && !a.results().isEmpty() && a.clarify().isEmpty();
    }

    /** One turn's answer and the thread's state after it (null: the state is left as it was). */
    private record Turn(Answer answer, ThreadState next) {
    }

    /**
     * The figures a named scenario holds: those the answer used, and each figure it could not place, at the input with the
     * best evidence for it ("call this 'arava': $1.1T post, $1.8T exit, 6 yrs. stake + moic": the stake uses no hold,
     * but the scenario has one). A reply in the scenario lists its figures, so the reading is shown where it is used.
     */
    private static Map<InputId, java.math.BigDecimal> named(Map<InputId, java.math.BigDecimal> used, Reading r) {
        Map<InputId, java.math.BigDecimal> all = new java.util.EnumMap<>(InputId.class);
        all.putAll(used);
        Map<String, List<Reading.Unplaced>> byFigure = new java.util.LinkedHashMap<>();
        r.unplaced().forEach(u -> byFigure.computeIfAbsent(u.figure(), k -> new ArrayList<>()).add(u));
        byFigure.values().forEach(us -> all.putIfAbsent(us.get(0).input(), us.get(0).value())); // best evidence first
        return all;
    }

    /** The turn, its next state remembering the figures its answer showed after those {@code before} remembered. */
    private static Turn shown(Turn t, ThreadState before) {
        if (t.next() == null) {
            return t;
        }
        List<ThreadState.Figure> figures = t.answer().results().stream()
                .filter(r -> r.kind() != MetricResult.Kind.CHANGE) // a move is no value to point back at
                .map(r -> new ThreadState.Figure(r.metric(), r.value(), r.unit(), r.scenario(),
                        r.kind() == MetricResult.Kind.SOLVED)).toList();
        ThreadState next = t.next().withAnswer(before == null ? List.of() : before.shown(), figures);
        if (next.bound() == null && before != null && before.bound() != null) {
            next = next.withBound(before.bound()); // the bars asked under before, until a question asks under others
        }
        if (next.flows().isEmpty() && before != null && !before.flows().isEmpty()) {
            next = next.withFlows(before.flows()); // the draws and sales set out before, until a question sets out others
        }
        // the scenarios named before, and any this turn named (a state built afresh knows none)
        return new Turn(t.answer(), before == null ? next : next.withSavedFirst(before.saved()));
    }

    private void keep(String thread, ThreadState next) {
        if (thread != null && next != null) {
            memory.save(thread, next);
        }
    }

    /**
     * Answers {@code text} in a thread whose state is {@code state} (null: none). {@code draft}: stop, returning
     * null, instead of retrieving, narrating or talking to the listener (a draft is the scenario core alone).
     */
    private Turn turn(String raw, ThreadState before, AnswerListener listener, boolean draft, List<String> pasted) {
        String id = newId();
        // "halve the first", "the 2nd figure in your first answer": written out as the figures or names meant
        Recall.Recalled recalled = recall.apply(raw, before);
        // "call this 'heatwave': …", then "irr on heatwave": read in the scenario the user named
        SavedScenarios.Applied named = savedScenarios.apply(recalled.text(), before);
        // "Hurdle: 2x. Pass or fail if …": the hurdle's figure is a bar to judge the answer by, not an input
        Hurdles.Read hurdle = hurdles.read(named.text());
        String text = hurdle.text();
        ThreadState state = named.state();
        List<String> readNotes = new ArrayList<>(named.notes());
        readNotes.addAll(recalled.notes());
        String changesCue = changesCue(text);
        if (changesCue != null) {
            return draft ? null : new Turn(whatsNew(id, changesCue, listener), null);
        }
        // grids, what matters most, scenarios side by side; "now the same for MOIC" repeats the thread's grid
        Optional<SensitivityRequest> sensitivityRequest;
        try {
            sensitivityRequest = sensitivityQuestions.read(text);
        } catch (InvalidInputException e) {
            // a range out of bounds ("holds from 0 to 200 years"): the user's figures, said as such, never a 500
            RouteDecision d = new RouteDecision(Route.NUMERIC, 1.0, -1, List.of("sensitivity range: " + e.getMessage()));
            return new Turn(deterministic(id, d, "I can't compute that: " + e.getMessage() + "."), null);
        }
        if (sensitivityRequest.isPresent() && sensitivityRequest.get().kind() != SensitivityRequest.Kind.COMPARE) {
            SensitivityRequest r = sensitivityRequest.get();
            Answer a = sensitivityAnswer(id, r, ScenarioModel.BASE);
            return new Turn(a, rememberSensitivity(state, a, new ThreadState.Grid(r.kind() == SensitivityRequest.Kind.TORNADO,
                    r.rows(), r.cols()), ScenarioModel.BASE));
        }
        Optional<Turn> again = sameGridAgain(id, text, state);
        if (again.isPresent()) {
            return again.get();
        }
        // retrieval runs only if the router needs its score, and its passages are reused for the answer
        AtomicReference<List<ScoredPassage>> retrieved = new AtomicReference<>();
        boolean[] wantedRetrieval = {false};
        Routing routing = router.route(text, state, () -> {
            wantedRetrieval[0] = true;
            if (draft) {
                return 0.0;   // the draft is abandoned below: the question is not for the scenario core alone
            }
            // a follow-up that points back is searched with what the thread asked before ("and would they mind?")
            // (without the message's own numbers and ticket ids: "MON-44: which kpi goes on the tracker?")
            retrieved.set(narrator.retrieve(router.followUp(Amounts.withoutMessageNumbers(text), state == null ? "" : state.topic()).asked()));
            return retrieved.get().isEmpty() ? 0.0 : retrieved.get().get(0).score();
        });
        RouteDecision decision = routing.decision();
        if (draft && (wantedRetrieval[0] || routing.reply() == Routing.Reply.WHY_FOLLOW_UP
                || (routing.reply() == Routing.Reply.ANSWER && decision.route() != Route.NUMERIC))) {
            return null;
        }
        // what the question asks once the thread's state is applied: used to answer and to remember
        Reading reading = readNotes.isEmpty() ? routing.reading() : routing.reading().withUsedFirst(readNotes);
        ScenarioQuery q = ScenarioQuery.apply(reading, state);
        Answer answer = switch (routing.reply()) {
            case HELP -> deterministic(id, decision, replies.help());
            case GREETING -> deterministic(id, decision, replies.greeting());
            case THANKS -> deterministic(id, decision, replies.thanks());
            case NOT_ENGLISH -> deterministic(id, decision, replies.notEnglish());
            case REFUSAL -> deterministic(id, decision, replies.refusal(routing.unknownEntity()));
            case NOT_COVERED -> decision.route() == Route.MIXED
                    ? besideNotCovered(numericAnswer(id, decision, reading, q, false), replies.notCoveredPart(routing.unknownEntity()))
                    : deterministic(id, decision, replies.notCovered(routing.unknownEntity()));
            case WHY_FOLLOW_UP -> narrativeAnswer(id, decision, text, state, null, listener, pasted);
            case DEFINITION -> numericAnswer(id, decision, reading, q, true);
            case ANSWER -> switch (decision.route()) {
                case NUMERIC -> numericAnswer(id, decision, reading, q, false);
                case MIXED -> mixedAnswer(id, decision, text, reading, q, listener, pasted);
                case NARRATIVE -> narrativeFollowUp(id, decision, text, state, retrieved.get(), listener, pasted);
                default -> deterministic(id, decision, replies.refusal(routing.unknownEntity()));
            };
        };
        if (sensitivityRequest.isPresent()) {
            answer = sensitivity.withComparisonChart(answer); // "compare the scenarios": the usual answer, with grouped bars
        }
        answer = hurdles.judged(answer, hurdle.hurdle());
        ThreadState next = withTopic(remember(state, answer, reading, q), state, answer, text);
        if (next != null && named.defined() != null && !answer.results().isEmpty()) {
            next = next.withSaved(Map.of(named.defined(), new ThreadState.Saved(named(next.overrides(), reading), next.scenarios())));
        }
        return new Turn(answer, next);
    }

    /** The numbers, then the sentence that says the sources don't cover the other part of the question. */
    private static Answer besideNotCovered(Answer numbers, String notCovered) {
        return new Answer(numbers.id(), Route.MIXED, numbers.text() + "\n\n" + notCovered, notCovered, numbers.results(), numbers.citations(),
                numbers.answerer(), numbers.notes(), numbers.decision(), numbers.clarify(), numbers.charts());
    }

    /**
     * What the thread asked the sources, for the next follow-up: this turn's question when it asked them (the narrative
     * clause of a mixed one, with what it pointed back at), else what the thread asked before.
     */
    private ThreadState withTopic(ThreadState next, ThreadState before, Answer a, String text) {
        if (next == null) {
            return null;
        }
        String prior = before == null ? "" : before.topic();
        if (a.route() == Route.NARRATIVE && a.citations() != null && !a.citations().isEmpty()) {
            return next.withTopic(router.followUp(text, prior).asked());
        }
        if (a.route() == Route.MIXED) {
            return next.withTopic(router.narrativeQuery(text).clause());
        }
        return next.withTopic(prior);
    }

    /**
     * A grid or tornado answer: the thread keeps its metric, scenario and ranges, so "now the same for MOIC" or
     * "and in the bull case" redraws it, and plain follow-ups ("what about at $1T?") still have a metric.
     */
    private ThreadState rememberSensitivity(ThreadState before, Answer a, ThreadState.Grid grid, String scenario) {
        if (a.results().isEmpty()) {
            return null;
        }
        ThreadState prior = before == null ? ThreadState.empty(clock.instant()) : before;
        List<Metric> metrics = a.results().stream().map(r -> Metric.byId(r.metric()).orElseThrow()).distinct().toList();
        List<String> scenarios = ScenarioModel.BASE.equals(scenario) ? List.of() : List.of(scenario);
        return new ThreadState(Map.of(), scenarios, metrics, null, a.route(), prior.turns() + 1, clock.instant(), grid);
    }

    private static final Pattern SAME_AGAIN = Pattern.compile(
            "^(?:ok |okay |and |now |so |then |what about |how about |same |the same |same thing |same again |same grid |same chart )"
                    + "|\\b(?:same|again|instead|too|as well|likewise)\\b", Pattern.CASE_INSENSITIVE);

    /** "now the same for MOIC", "and in the bull case?": the thread's last grid or tornado with one thing changed. */
    private Optional<Turn> sameGridAgain(String id, String text, ThreadState state) {
        if (state == null || state.grid() == null || !SAME_AGAIN.matcher(text.trim()).find()) {
            return Optional.empty();
        }
        Reading r = reader.read(text, state);
        if (!r.changes().isEmpty() || r.target() != null || !r.lookups().isEmpty() || r.reset()
                || (r.metrics().isEmpty() && r.scenarios().isEmpty()) || r.scenarios().size() > 1) {
            return Optional.empty();
        }
        Metric metric = !r.metrics().isEmpty() ? r.metrics().get(0) : state.metrics().isEmpty() ? null : state.metrics().get(0);
        String scenario = !r.scenarios().isEmpty() ? r.scenarios().get(0)
                : state.scenarios().isEmpty() ? ScenarioModel.BASE : state.scenarios().get(0);
        if (metric == null) {
            return Optional.empty();
        }
        ThreadState.Grid g = state.grid();
        RouteDecision d = new RouteDecision(Route.NUMERIC, 1.0, -1, List.of("the thread's " + (g.tornado() ? "tornado" : "grid")
                + " again: " + metric.id() + ", " + scenario));
        List<String> notes = List.of("The same " + (g.tornado() ? "ranking" : "grid") + " as earlier in this thread, now for "
                + metric.label() + (ScenarioModel.BASE.equals(scenario) ? "." : " in the " + scenario + " case."));
        Answer a;
        try {
            a = g.tornado() ? sensitivity.tornado(id, d, metric, Map.of(), notes)
                    : sensitivity.grid(id, d, metric, scenario, Map.of(), g.rows(), g.cols(), notes);
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
        return Optional.of(new Turn(a, rememberSensitivity(state, a, g, scenario)));
    }

    private Answer sensitivityAnswer(String id, SensitivityRequest r, String scenario) {
        RouteDecision d = new RouteDecision(Route.NUMERIC, 1.0, -1, r.cues());
        return r.kind() == SensitivityRequest.Kind.GRID
                ? sensitivity.grid(id, d, r.metric(), scenario, Map.of(), r.rows(), r.cols(), List.of())
                : sensitivity.tornado(id, d, r.metric() == null ? Metric.COMBINED_PAYOFF : r.metric(), Map.of(), List.of());
    }

    private Answer finish(Question question, Duration took, Answer answer) {
        telemetry.increment("thesisbot.questions", "route", answer.route().wireName());
        telemetry.record("thesisbot.answer.latency", took, "route", answer.route().wireName());
        LOG.info("answered id={} route={} answerer={} latency_ms={} origin={}", answer.id(), answer.route().wireName(),
                answer.answerer(), took.toMillis(), question.origin());
        LOG.debug("question id={} text={} cues={}", answer.id(), question.text(), answer.decision().cues());
        return answer;
    }

    /** The lexicon's "what changed" cue the question matches, or null. */
    private String changesCue(String text) {
        String s = org.thesisbot.core.scenario.Amounts.normalise(text);
        for (Pattern p : changes) {
            java.util.regex.Matcher m = p.matcher(s);
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    /** "What's new?": the newest document compared with the earlier ones, cited. */
    private Answer whatsNew(String id, String cue, AnswerListener listener) {
        RouteDecision d = new RouteDecision(Route.NARRATIVE, 0.0, -1, List.of("what changed: \"" + cue + "\""));
        listener.status("Comparing the newest source with the earlier ones…");
        Narrator.Narrative n = narrator.whatsNew();
        listener.chunk(n.text());
        return new Answer(id, Route.NARRATIVE, withNotes(n.text(), n.notes()), n.text(), List.of(), n.citations(),
                n.answerer(), n.notes(), d);
    }

    @Override
    public Answer command(String text, String user) {
        String t = text == null ? "" : text.trim();
        if (t.length() > maxChars) {
            check(t);
        }
        String figures = QuestionText.tooManyFigures(t);
        if (figures != null) {
            throw new BadQuestionException(figures);
        }
        String digits = QuestionText.tooLongFigure(t);
        if (digits != null) {
            throw new BadQuestionException(digits);
        }
        Command c = grammar.parse(t);
        String id = newId();
        RouteDecision d = new RouteDecision(Route.NUMERIC, 1.0, -1, List.of("command " + c.getClass().getSimpleName()));
        RouteDecision help = new RouteDecision(Route.HELP, 1.0, -1, d.cues());
        if (c instanceof Command.Help) {
            return deterministic(id, help, replies.commandHelp());
        } else if (c instanceof Command.ListAll) {
            return deterministic(id, help, "*Inputs* (edit `config/scenario.yaml` to change them)\n" + numeric.listInputs()
                    + "\n*Scenarios*\n" + numeric.listScenarios() + "\n*Metrics*\n" + Replies.metricList());
        } else if (c instanceof Command.MetricQuery q) {
            return numbers(id, d, calculator.compute(List.of(q.metric()), q.scenario(), q.overrides()), List.of());
        } else if (c instanceof Command.ScenarioSummary s) {
            return numbers(id, d, calculator.compute(Metric.KEY, s.scenario(), Map.of()), List.of());
        } else if (c instanceof Command.Compare cmp) {
            List<Metric> ms = cmp.metrics().isEmpty() ? Metric.KEY : cmp.metrics();
            return numbers(id, d, compareAll(ms, scenarioNames, Map.of()), List.of());
        } else if (c instanceof Command.ChartCompare cmp) {
            List<Metric> ms = cmp.metrics().isEmpty() ? Metric.KEY : cmp.metrics();
            return sensitivity.withComparisonChart(numbers(id, d, compareAll(ms, scenarioNames, Map.of()), List.of()));
        } else if (c instanceof Command.GridQuery g) {
            return sensitivity.grid(id, d, g.metric(), g.scenario(), g.overrides(), g.rows(), g.cols(), List.of());
        } else if (c instanceof Command.TornadoQuery tq) {
            return sensitivity.tornado(id, d, tq.metric(), tq.overrides(), List.of());
        }
        return ask(new Question(((Command.FreeText) c).text(), null, user, "command"));
    }

    @Override
    public boolean isInstant(String commandText) {
        try {
            Command c = grammar.parse(commandText);
            if (!(c instanceof Command.FreeText f)) {
                return true;
            }
            Routing r = router.route(prepare(f.text()), null, () -> 1.0);
            return r.decision().route() == Route.NUMERIC || r.decision().route() == Route.HELP
                    || (r.decision().route() == Route.OUT_OF_SCOPE && r.decision().retrieval() < 0);
        } catch (ThesisbotException e) {
            return true; // the error message is the instant answer
        }
    }

    // --- answers -----------------------------------------------------------------------------------

    private Answer numericAnswer(String id, RouteDecision d, Reading r, ScenarioQuery q, boolean definition) {
        NumericAnswers.Numbers n = numbers.answer(r, q, definition);
        return new Answer(id, d.route(), n.text(), null, n.results(), n.citations(), "scenario-core", n.notes(), d, n.clarify());
    }

    private Answer numbers(String id, RouteDecision d, List<MetricResult> results, List<String> notes) {
        return new Answer(id, d.route(), numeric.render(results, notes), null, results, List.of(), "scenario-core",
                notes, d);
    }

    /**
     * A narrative turn: one that points back at what the thread last asked the sources ("and what's been their
     * reaction?") is asked with that as its scene.
     */
    private Answer narrativeFollowUp(String id, RouteDecision d, String text, ThreadState state,
                                     List<ScoredPassage> retrieved, AnswerListener listener, List<String> pasted) {
        org.thesisbot.core.route.NarrativeQuery nq = router.followUp(text, state == null ? "" : state.topic());
        if (nq.scene().isEmpty()) {
            // "wait, why?" is asked as "wait, why: <the thread's last question>"; anything else as it was typed
            return narrativeAnswer(id, d, nq.clause(), null, retrieved, listener, true, pasted);
        }
        return narrativeAnswer(id, d, nq.asked(), null, retrieved, listener, false, pasted); // retrieved with the scene
    }

    private Answer narrativeAnswer(String id, RouteDecision d, String text, ThreadState why,
                                   List<ScoredPassage> retrieved, AnswerListener listener, List<String> pasted) {
        return narrativeAnswer(id, d, text, why, retrieved, listener, true, pasted);
    }

    /**
     * {@code summaries}: "summarise the thesis" is asked with the summary query (not for a follow-up's scene).
     * {@code pasted}: the lines quoted from the sources above the question, which the answer does not lead with.
     */
    private Answer narrativeAnswer(String id, RouteDecision d, String text, ThreadState why,
                                   List<ScoredPassage> retrieved, AnswerListener listener, boolean summaries, List<String> pasted) {
        String query = Amounts.withoutMessageNumbers(text);
        List<String> notes = new ArrayList<>();
        if (why != null) {
            StringBuilder q = new StringBuilder("why ");
            for (Metric m : why.metrics()) {
                q.append(m.label()).append(' ').append(topic.getOrDefault(m, "")).append(' ');
            }
            query = q.toString().trim();
            notes.add("Explaining " + String.join(", ", why.metrics().stream().map(Metric::label).toList())
                    + " from this thread.");
            retrieved = null;
        }
        if (why == null && summaries && org.thesisbot.core.grounding.SummaryRequest.asks(text)) {
            query = summaryQuery;
            retrieved = null;
        }
        listener.status("Reading the sources…");
        List<ScoredPassage> passages = retrieved != null ? retrieved : narrator.retrieve(query);
        if (why == null && query.equals(Amounts.withoutMessageNumbers(text))) {
            // a line pasted above the question (a clause, a headline): the question's own line is asked alone when the
            // sources answer it better than the two together ("*DEAL SAID TO BE WEEKS AWAY: BBG\nwhat does the article say it
            // would mean if this doesnt get done?"); a question about the pasted line ("does the article say anything
            // like that?") finds more with it, and keeps it
            String own = lastLine(query);
            if (own != null) {
                List<ScoredPassage> alone = narrator.retrieve(own);
                if (!alone.isEmpty() && (passages.isEmpty() || alone.get(0).score() > passages.get(0).score())) {
                    query = own;
                    passages = alone;
                }
            }
        }
        Narrator.Narrative n = narrator.answer(query, passages, List.of(), listener, pasted);
        notes.addAll(n.notes());
        return new Answer(id, d.route(), withNotes(n.text(), notes), n.text(), List.of(), n.citations(), n.answerer(),
                notes, d);
    }

    /**
     * The message's last line (or clause, as a line reads once cleaned: "…Outside Date; what does the article say …") when
     * something comes before it and it asks in words of its own (three or more); else null.
     */
    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\s*[;\\n]\\s+|(?<=[.?!])\\s+");
        if (lines.length < 2) {
            return null;
        }
        String last = lines[lines.length - 1].strip();
        String before = text.strip().substring(0, text.strip().lastIndexOf(last)).toLowerCase(java.util.Locale.ROOT);
        // (only under a line that asks nothing itself, as a pasted clause or headline: "kpi?\n+ post close, what tells us …"
        // and "for the timeline slide - what's the catalyst … i.e. the first event …" are one question, read whole)
        // (and only under a sentence of its own, as a headline or a clause is read: "if oai built its own dcs → why is that a
        // problem" is one question, its arrow a clause break)
        boolean sentence = before.replaceAll("[\\s;]+$", "").endsWith(".");
        boolean asks = before.contains("?") || ASKS_ITSELF.matcher(before).find();
        return sentence && !asks && last.split("\\s+").length >= 3 ? last : null;
    }

    /** A line that asks something itself: a wh-word anywhere, or a yes/no question's verb first. */
    private static final java.util.regex.Pattern ASKS_ITSELF = java.util.regex.Pattern.compile(
            "\\b(?:what|whats|how|why|which|who|whom|whose|when|where)\\b|^\\W*(?:is|are|was|were|does|do|did|has|have|had|can|could|should|would|will|shall|may|might)\\b");

    private Answer mixedAnswer(String id, RouteDecision d, String text, Reading r, ScenarioQuery q,
                               AnswerListener listener, List<String> pasted) {
        NumericAnswers.Numbers num = numbers.answer(r, q, false);
        if (num.refused() || !num.clarify().isEmpty() && num.results().isEmpty()) {
            return new Answer(id, d.route(), num.text(), null, num.results(), num.citations(), "scenario-core", num.notes(), d,
                    num.clarify());
        }
        List<MetricResult> results = num.results();
        List<String> notes = new ArrayList<>(num.notes());
        listener.status("Reading the sources…");
        Narrator.Narrative n = fromSources(text, q.metrics(), results, listener, pasted);
        List<String> narrativeNotes = new ArrayList<>(n.notes());
        String body = num.text() + "\n\n*From the sources*\n" + withNotes(n.text(), narrativeNotes);
        notes.addAll(narrativeNotes);
        List<Citation> citations = new ArrayList<>(num.citations());
        citations.addAll(n.citations());
        return new Answer(id, d.route(), body, n.text(), results, n.citations(), "mixed", notes, d, num.clarify());
    }

    /**
     * The narrative half of a mixed question: its narrative clause asked of the sources alone; when it is too vague to find
     * anything ("is that realistic?"), with the metrics' topics. A yes/no clause asked of the numbers ("is that a big deal")
     * is asked with them as its scene ("…, given that 50b is what % of capex"): searched with them, and read with them as
     * its subject.
     */
    private Narrator.Narrative fromSources(String text, List<Metric> metrics, List<MetricResult> results, AnswerListener listener,
                                           List<String> pasted) {
        org.thesisbot.core.route.NarrativeQuery nq = router.narrativeQuery(text);
        String clause = nq.clause();
        List<ScoredPassage> passages = narrator.retrieve(clause);
        if (passages.isEmpty() || passages.get(0).score() < minRelevance) {
            StringBuilder query = new StringBuilder(clause.replaceAll("[?!.\\s]+$", "")); // one question, not two
            for (Metric m : metrics) {
                query.append(' ').append(topic.getOrDefault(m, ""));
            }
            clause = query.toString().trim();
            passages = List.of();
        }
        if (passages.isEmpty() || !nq.scene().isEmpty()) {
            clause = new org.thesisbot.core.route.NarrativeQuery(clause, nq.scene()).asked();
            passages = narrator.retrieve(clause);
        }
        return narrator.answer(clause, passages, results, listener, pasted);
    }

    /** Notes the reader must see (readings, fallbacks, the extractive label) go under the text, in italics. */
    /** The answer with a line that answers what was asked put first: "Of your choices, (c) $1.66T is …". */
    /** A check's verdict: first in a numbers answer; in a mixed one the sources' sentence leads, and the verdict is a note. */
    private static Turn withVerdict(Turn t, String verdict) {
        return new Turn(t.answer().route() == Route.NUMERIC ? leading(t.answer(), verdict) : withNote(t.answer(), verdict), t.next());
    }

    private static Answer leading(Answer a, String line) {
        List<String> notes = new ArrayList<>(a.notes());
        notes.add(0, line);
        return new Answer(a.id(), a.route(), line + "\n\n" + a.text(), a.narrative(), a.results(), a.citations(), a.answerer(),
                notes, a.decision(), a.clarify(), a.charts());
    }

    static Answer withNote(Answer a, String note) {
        List<String> notes = new ArrayList<>(a.notes());
        notes.add(note);
        return new Answer(a.id(), a.route(), a.text() + "\n_" + note + "_", a.narrative(), a.results(), a.citations(), a.answerer(),
                notes, a.decision(), a.clarify(), a.charts());
    }

    private static String withNotes(String text, List<String> notes) {
        StringBuilder sb = new StringBuilder(text);
        for (String n : notes) {
            if (!text.contains(n)) {
                sb.append("\n_").append(n).append('_');
            }
        }
        return sb.toString();
    }

    private Answer deterministic(String id, RouteDecision d, String text) {
        return new Answer(id, d.route(), text, null, List.of(), List.of(), "scenario-core", List.of(), d);
    }

    private List<MetricResult> compareAll(List<Metric> metrics, List<String> scenarios, Map<String, BigDecimal> overrides) {
        List<MetricResult> out = new ArrayList<>();
        List<String> sc = scenarios.isEmpty() ? List.of(ScenarioModel.BASE) : scenarios;
        for (Metric m : metrics) {
            for (String s : sc) {
                out.add(calculator.compute(m, s, overrides));
            }
        }
        return out;
    }

    /**
     * The thread's new state: what this answer computed in, so the next question can change one thing at
     * a time. A narrative or refused turn keeps the numbers for later; a reading offered as a choice keeps
     * the state as it was, so either button answers from the same starting point.
     */
    private ThreadState remember(ThreadState before, Answer a, Reading r, ScenarioQuery q) {
        ThreadState prior = before == null ? ThreadState.empty(clock.instant()) : before;
        boolean computed = !a.results().isEmpty() && a.results().stream().anyMatch(x -> x.kind() != MetricResult.Kind.INPUT);
        if (!computed) {
            ThreadState keep = r.reset() && a.clarify().isEmpty() ? ThreadState.empty(clock.instant()) : prior;
            return new ThreadState(keep.overrides(), keep.scenarios(), keep.metrics(), keep.target(),
                    a.route(), prior.turns() + 1, clock.instant(), null, keep.solved()).withBands(keep.bands()).withPath(keep.path());
        }
        List<Metric> metrics = new ArrayList<>();
        for (MetricResult m : a.results()) {
            Metric.byId(m.metric()).filter(x -> !metrics.contains(x)).ifPresent(metrics::add);
        }
        List<Metric> rests = a.results().stream().filter(x -> x.kind() == MetricResult.Kind.REST)
                .flatMap(x -> Metric.byId(x.metric()).stream()).distinct().toList();
        return new ThreadState(q.overrides(), q.scenarios(), metrics, q.target(), a.route(),
                prior.turns() + 1, clock.instant(), null, solved(q, a)).withBands(bandsLeft(prior.bands(), r)).withRests(rests)
                .withPath(prior.path()); // (a path stays for "same rule" until another path replaces it)
    }

    /**
     * The inputs whose figure differs between the corners' states: the bands and lists the question gave, each as its
     * values in the order asked (a band: low end, high end).
     */
    private Map<InputId, List<java.math.BigDecimal>> bandsSet(List<ThreadState> corners) {
        Map<InputId, List<java.math.BigDecimal>> out = new java.util.EnumMap<>(InputId.class);
        if (corners.stream().anyMatch(java.util.Objects::isNull)) {
            return out;
        }
        java.util.Set<InputId> keys = java.util.EnumSet.noneOf(InputId.class);
        corners.forEach(c -> keys.addAll(c.overrides().keySet()));
        for (InputId k : keys) {
            List<java.math.BigDecimal> values = new ArrayList<>();
            for (ThreadState c : corners) {
                // a cell at the model's own value ("hold 3 / 5 / 7 yrs" at the 5-year hold) sets no override: it is that value
                java.math.BigDecimal v = c.overrides().getOrDefault(k, modelValue(k, c.scenarios()));
                if (values.stream().noneMatch(x -> x.compareTo(v) == 0)) {
                    values.add(v);
                }
            }
            if (values.size() >= 2 && values.size() <= ThreadState.MAX_VALUES) {
                out.put(k, List.copyOf(values));
            }
        }
        return out;
    }

    /** The model's value of an input in the one scenario asked (the base value when none, or several, are asked). */
    private java.math.BigDecimal modelValue(InputId k, List<String> scenarios) {
        return scenarios != null && scenarios.size() == 1 ? model.value(k.id(), scenarios.get(0)) : model.require(k.id()).value();
    }

    /** The thread's bands less those the reading sets a figure for, takes back, or starts over from. */
    private static Map<InputId, List<java.math.BigDecimal>> bandsLeft(Map<InputId, List<java.math.BigDecimal>> bands, Reading r) {
        if (r.reset()) {
            return Map.of();
        }
        Map<InputId, List<java.math.BigDecimal>> left = new java.util.EnumMap<>(InputId.class);
        bands.forEach((k, v) -> {
            if (!r.changes().containsKey(k) && !r.cleared().contains(k)) {
                left.put(k, v);
            }
        });
        return left;
    }

    /**
     * The input this answer solved for, kept for a follow-up that points back at it ("irr at that exit?" after
     * "what exit doubles amazon's money?"). Only a single solution: a target solved in two scenarios has two
     * values, and "that exit" could not say which.
     */
    private static Map<InputId, java.math.BigDecimal> solved(ScenarioQuery q, Answer a) {
        List<MetricResult> solved = a.results().stream().filter(x -> x.kind() == MetricResult.Kind.SOLVED).toList();
        if (q.target() == null || solved.size() != 1) {
            return Map.of();
        }
        return InputId.byId(solved.get(0).metric()).map(id -> Map.of(id, solved.get(0).value())).orElse(Map.of());
    }

    /** Lines a status update may hold; beyond, the message is read whole (each line is read once to choose). */
    private static final int MAX_STATUS_LINES = 16;

    /**
     * The lines of a message that ask the bot something: those that address it by name when only some do; else, in a
     * message of several lines, those that name something of the thesis or ask (a '?'), when others name nothing of it
     * and ask nothing ("- comps to Marcus", "- lunch w Priya", "back tmrw": a status update around one question). A line
     * the reader needs is never dropped for naming nothing: it would ask ("per year?") or name the thesis, or it is a few
     * words in a message without a list's markers ("each yr": typed in a burst of Enter).
     */
    private String asked(String text) {
        String addressed = QuestionText.addressed(text);
        if (!addressed.equals(text)) {
            return addressed;
        }
        List<String> lines = QuestionText.lines(text);
        if (lines.size() < 2 || lines.size() > MAX_STATUS_LINES || QuestionText.diffList(text)) {
            return text;
        }
        // (in a message with no list's markers, a line of a few words is a piece of the question typed in a burst of Enter,
        // "how much does aws bill oai⏎each yr⏎base", not a note to colleagues)
        boolean burst = lines.stream().noneMatch(QuestionText::listItem);
        List<String> kept = lines.stream().filter(l -> l.contains("?") || burst && QuestionText.fragment(l)
                || router.namesTheThesis(mended(QuestionText.plain(l)))).toList();
        return kept.isEmpty() || kept.size() == lines.size() ? text : String.join("\n", kept);
    }

    // --- canned text --------------------------------------------------------------------------------

    private String check(String raw) {
        String whole = QuestionText.clean(raw);
        String text = QuestionText.plain(whole);
        if (text.isBlank()) {
            throw new BadQuestionException("The question is empty: ask me something about Amazon's potential $50B investment in OpenAI.");
        }
        if (!QuestionText.readable(text)) {
            throw new BadQuestionException("I couldn't find any words in that question, only spaces or invisible characters. "
                    + "Ask me something about Amazon's potential $50B investment in OpenAI, e.g. \"What stake would $50B buy?\"");
        }
        String t = text.strip();
        if (t.length() > maxChars) {
            throw new BadQuestionException("That question is " + String.format("%,d", t.length())
                    + " characters long; the limit is " + String.format("%,d", maxChars) + ". Please shorten it.");
        }
        String figures = QuestionText.tooManyFigures(t);
        if (figures != null) {
            throw new BadQuestionException(figures);
        }
        // (the lines a status update asks are chosen only once the whole message is within the limits: each line is read)
        String lines = asked(whole);
        return lines.equals(whole) ? t : QuestionText.plain(lines).strip();
    }

    private String newId() {
        byte[] b = new byte[5];
        ids.nextBytes(b);
        return "q-" + HexFormat.of().formatHex(b);
    }


    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
