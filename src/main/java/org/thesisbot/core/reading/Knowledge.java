package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Words.NEGATION;
import static org.thesisbot.core.reading.Words.PER_YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.text.Screen;

/**
 * What the reader knows before any question: the scenario model, its vocabulary, which inputs each metric reads,
 * and the screen that rules out patterns that cannot match. Shared by the parts of {@link Reader}.
 */
final class Knowledge {
    final ScenarioModel model;
    final Vocabulary vocab;
    /** Which inputs each metric reads (as the calculator reports them). */
    final Map<Metric, Set<InputId>> reads;
    final Calculator calculator;
    /** Rules out, by their literal words, the vocabulary patterns that cannot match a text (most, for any question). */
    final Screen screen;

    Knowledge(ScenarioModel model, Vocabulary vocab, Map<Metric, Set<InputId>> reads, Calculator calculator, Screen screen) {
        this.model = model;
        this.vocab = vocab;
        this.reads = reads;
        this.calculator = calculator;
        this.screen = screen;
    }

    /** {@code p.matcher(s).find()}, skipped when the screen says it cannot match. */
    boolean finds(Pattern p, String s) {
        return screen.mayFind(p, s) && p.matcher(s).find();
    }

    boolean perYear(String s) {
        Matcher m = PER_YEAR.matcher(s);
        boolean may = screen.mayFind(PER_YEAR, s);
        while (may && m.find()) {
            if (!NEGATION.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every name of an input in the question; a name inside a longer one ("compute spend" in "how many years is
     * the compute spend spread over") belongs to the longer.
     */
    List<Named> namedInputs(Work w) {
        if (w.named != null) {
            return w.named;
        }
        List<Named> names = new ArrayList<>(allNames(w));
        names.removeIf(n -> names.stream().anyMatch(o -> o.id() != n.id() && o.start() <= n.start() && n.end() <= o.end()
                && o.end() - o.start() > n.end() - n.start()));
        w.named = List.copyOf(names);
        return w.named;
    }

    /** Every non-empty match of an input's name in the question, nested ones too, in the vocabulary's order. */
    List<Named> allNames(Work w) {
        if (w.allNamed != null) {
            return w.allNamed;
        }
        List<Named> names = new ArrayList<>();
        for (InputId id : InputId.values()) {
            for (Pattern p : vocab.input(id).names()) {
                if (!screen.mayFind(p, w.s)) {
                    continue;
                }
                Matcher m = p.matcher(w.s);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        names.add(new Named(id, m.start(), m.end()));
                    }
                }
            }
        }
        w.allNamed = List.copyOf(names);
        return w.allNamed;
    }

    /** "OpenAI's post-money valuation" — the input's label as the model names it. */
    public String label(InputId id) {
        return org.thesisbot.core.api.Format.inSentence(model.require(id.id()).label());
    }
}
