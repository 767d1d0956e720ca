package org.thesisbot.slack.testkit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.InputOrigin;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Provenance;
import org.thesisbot.core.api.Unit;

/**
 * Hand-built {@link Answer}s with the shapes the real brain returns: a numeric one with a sourced input
 * and an assumption, a scenario comparison, a cited narrative, and a mixed one. Numbers are computed
 * here the way the scenario core would, so the text and the values agree.
 */
public final class SampleAnswers {
    public static final String ARTICLE = "amazon-openai-50b-bet";
    public static final String ARTICLE_TITLE = "Amazon weighs a $50B bet on OpenAI";
    public static final String NARRATIVE =
            "Amazon would gain a second frontier-model partner beside Anthropic and a large customer for AWS [1]. "
            + "OpenAI has committed to spend heavily on compute, and a share of that could run on AWS [2].";

    private SampleAnswers() {
    }

    public static InputUsed investment() {
        return new InputUsed("investment", "Amazon's investment in OpenAI", new BigDecimal("50"), Unit.USD_BILLIONS,
                InputOrigin.SOURCE, Provenance.source(ARTICLE, "potential $50 billion investment in OpenAI", null)
                .located(ARTICLE_TITLE, 1));
    }

    public static InputUsed valuation(String value, InputOrigin origin) {
        Provenance p = origin == InputOrigin.SOURCE
                ? Provenance.source(ARTICLE, "could value it at $830 billion",
                "read as the post-money valuation (the article does not say pre or post)").located(ARTICLE_TITLE, 2)
                : Provenance.assumption("the scenario's valuation");
        return new InputUsed("post_money_valuation", "OpenAI's post-money valuation", new BigDecimal(value),
                Unit.USD_BILLIONS, origin, p);
    }

    public static InputUsed awsShare() {
        return new InputUsed("aws_compute_share", "AWS share of OpenAI's compute spend", new BigDecimal("0.4"),
                Unit.RATIO, InputOrigin.ASSUMPTION,
                Provenance.assumption("not in the sources; a round guess at a multi-cloud split"));
    }

    public static MetricResult stake(String scenario, String valuation, InputOrigin valuationOrigin) {
        BigDecimal v = new BigDecimal(valuation);
        BigDecimal stake = new BigDecimal("50").divide(v, MathContext.DECIMAL128).stripTrailingZeros();
        String pct = stake.multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        return new MetricResult("stake", "Amazon's stake in OpenAI", stake, Unit.RATIO, scenario,
                List.of(investment(), valuation(valuation, valuationOrigin)),
                "stake = investment / post_money_valuation = $50B / $" + valuation + "B = " + pct + "%", null);
    }

    public static MetricResult awsRevenue() {
        return new MetricResult("aws_revenue", "AWS revenue from OpenAI, 2025-2029", new BigDecimal("46"), Unit.USD_BILLIONS,
                "base", List.of(new InputUsed("openai_compute_spend", "OpenAI's planned compute spend, 2025-2029",
                        new BigDecimal("115"), Unit.USD_BILLIONS, InputOrigin.SOURCE,
                        Provenance.source(ARTICLE, "spend $115 billion between 2025 and 2029 just on compute", null)
                                .located(ARTICLE_TITLE, 4)), awsShare()),
                "aws_revenue = openai_compute_spend × aws_compute_share = $115B × 40% = $46B", null);
    }

    public static List<Citation> citations() {
        return List.of(
                new Citation(1, ARTICLE, ARTICLE_TITLE, 3, "Amazon already backs Anthropic with $8 billion"),
                new Citation(2, ARTICLE, ARTICLE_TITLE, 4, "spend $115 billion between 2025 and 2029 just on compute"));
    }

    public static Answer numeric(String id) {
        MetricResult r = stake("base", "830", InputOrigin.SOURCE);
        return new Answer(id, Route.NUMERIC, "*Amazon's stake in OpenAI: 6.02%*\n`" + r.formula() + "`", null,
                List.of(r), List.of(), "scenario-core", List.of(),
                new RouteDecision(Route.NUMERIC, 0.94, -1, List.of("metric:stake")));
    }

    public static Answer withAssumption(String id) {
        MetricResult r = awsRevenue();
        return new Answer(id, Route.NUMERIC, "*AWS revenue from OpenAI, 2025-2029: $46B*", null, List.of(r), List.of(),
                "scenario-core", List.of("AWS's share is an assumption, not a sourced figure."),
                new RouteDecision(Route.NUMERIC, 0.9, -1, List.of("metric:aws_revenue")));
    }

    public static Answer comparison(String id) {
        List<MetricResult> rs = List.of(stake("bull", "1000", InputOrigin.SCENARIO),
                stake("base", "830", InputOrigin.SOURCE), stake("bear", "600", InputOrigin.SCENARIO));
        return new Answer(id, Route.NUMERIC, "Stake by scenario: bull 5%, base 6.02%, bear 8.33%", null, rs, List.of(),
                "scenario-core", List.of(), new RouteDecision(Route.NUMERIC, 0.97, -1, List.of("compare")));
    }

    public static Answer narrative(String id, String answerer) {
        return new Answer(id, Route.NARRATIVE, NARRATIVE, NARRATIVE, List.of(), citations(), answerer, List.of(),
                new RouteDecision(Route.NARRATIVE, 0.1, 0.71, List.of("why")));
    }

    /** A model-written narrative of {@code sentences} sentences with mrkdwn bold, as a model that will not stop writes. */
    public static String flood(int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= sentences; i++) {
            b.append("Sentence ").append(i).append(" says *AWS* capacity matters [1]. ");
        }
        return b.toString().strip();
    }

    public static Answer narrative(String id, String answerer, String narrative) {
        return new Answer(id, Route.NARRATIVE, narrative, narrative, List.of(), citations(), answerer, List.of(),
                new RouteDecision(Route.NARRATIVE, 0.1, 0.71, List.of("why")));
    }

    public static Answer mixed(String id) {
        MetricResult r = stake("base", "830", InputOrigin.SOURCE);
        return new Answer(id, Route.MIXED, "*Amazon's stake in OpenAI: 6.02%*\n\n" + NARRATIVE, NARRATIVE, List.of(r),
                citations(), "mixed", List.of(), new RouteDecision(Route.MIXED, 0.8, 0.66, List.of("metric:stake", "why")));
    }

    public static Answer help(String id) {
        String text = "I answer questions about Amazon's potential $50B investment in OpenAI. Try *what stake does $50B buy?*";
        return new Answer(id, Route.HELP, text, null, List.of(), List.of(), "help", List.of(),
                new RouteDecision(Route.HELP, 0, -1, List.of("help")));
    }
}
