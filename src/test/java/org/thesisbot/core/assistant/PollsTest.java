package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A poll of the team's guesses asked at its median or average ({@link Polls}), and a biotech business-development desk's
 * words for the deal (config/lexicon.yaml). In wordings of my own; values by hand from config/scenario.yaml ($50B check,
 * $100B round, post-money $830B, five-year hold, compute spend $115B, base capture 50% at a 35% margin).
 */
class PollsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "polls"));
    }

    @Test
    void an_exit_poll_at_its_median_is_the_exit() {
        // median of 1.0, 1.3, 1.6, 1.9, 2.5T is 1.6T; 50/830 x 1600
        Answer a = ask("exit poll - anna: 1.3T, raj 1.9T, li: 1T, tom 2.5T, eva: 1.6T. stake value at the median?");
        assertEquals("96.385542", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("The poll's median of 5 guesses") && n.endsWith("is $1600bn.")), a.notes().toString());
    }

    @Test
    void a_poll_of_posts_at_its_average_is_the_post_money() {
        // average of 800, 900, 1000, 1100 is 950; 50 / 950
        Answer a = ask("post-money poll: max 800bn, jo 900bn, ed 1T, kim 1.1T - our % at the average?");
        assertEquals("0.0526315789", Results.value(a, "stake", 10), a.text());
    }

    @Test
    void a_hold_poll_in_plain_numbers_is_years() {
        // average hold of 3, 4, 6, 7, 10 is 6 years (not the model's 5); a 1.66T exit is 2x: 2^(1/6) - 1
        Answer a = ask("hold poll: ana 3, ben 4, cy 6, dee 7, eve 10. irr at the avg if oai exits at 1.66T?");
        assertEquals("0.122462", Results.value(a, "irr", 6), a.text());
    }

    @Test
    void a_biotech_desk_says_the_check_as_the_upfront_and_openai_as_the_partner() {
        // 7% of a $1T post
        Answer a = ask("how big would the upfront need to be to hold 7% of the partner at a $1tn post?");
        assertEquals("70", Results.value(a, "investment", 0), a.text());
        // the bull readout's exit
        assertEquals("1500", Results.value(ask("which take-out value is in the bull readout?"), "exit_valuation", "bull", 0));
    }

    @Test
    void a_poll_of_twelve_is_read_whole_and_a_longer_list_is_not_read_as_a_poll() {
        String[] names = {"al", "bo", "cy", "di", "ed", "fa", "gu", "hu", "ik", "jo", "ko", "lu", "mo"};
        StringBuilder twelve = new StringBuilder("exit poll - ");
        for (int i = 0; i < 12; i++) {
            twelve.append(names[i]).append(": ").append(new java.math.BigDecimal("1.0").add(new java.math.BigDecimal("0.1").multiply(java.math.BigDecimal.valueOf(i)))).append("T, ");
        }
        // median of 1.0 … 2.1T is (1.5 + 1.6) / 2 = 1.55T; 50/830 x 1550
        Answer a = ask(twelve + "stake value at the median?");
        assertEquals("93.373494", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("The poll's median of 12 guesses")), a.notes().toString());
        Answer longer = ask(twelve + "mo: 3T, stake value at the median?");
        assertTrue(longer.notes().stream().noneMatch(n -> n.startsWith("The poll's")), longer.notes().toString());
    }

    @Test
    void a_follow_up_edits_the_threads_poll_and_the_statistic_is_taken_again() {
        String thread = "poll-edits-" + System.nanoTime();
        java.util.function.Function<String, Answer> inThread = q -> brain.ask(new Question(q, thread, "analyst", "polls"));
        // median of 1.0, 1.3, 1.6, 1.9, 2.5T is 1.6T
        assertEquals("96.385542", Results.value(inThread.apply("exit poll - anna: 1.3T, raj 1.9T, li: 1T, tom 2.5T, eva: 1.6T. stake value at the median?"), "stake_value", 6));
        // without tom: 1.0, 1.3, 1.6, 1.9 -> 1.45T; 50/830 x 1450
        Answer scratched = inThread.apply("scratch tom, he's joking");
        assertEquals("87.349398", Results.value(scratched, "stake_value", 6), scratched.text());
        assertTrue(scratched.notes().stream().anyMatch(n -> n.startsWith("The poll's median of 4 guesses, without tom")), scratched.notes().toString());
        // li's 1T becomes 1.5T: 1.3, 1.5, 1.6, 1.9 -> 1.55T
        assertEquals("93.373494", Results.value(inThread.apply("li changed hers to 1.5T"), "stake_value", 6));
        // kim joins at 2.2T: 1.3, 1.5, 1.6, 1.9, 2.2 -> 1.6T
        assertEquals("96.385542", Results.value(inThread.apply("add kim: 2.2T"), "stake_value", 6));
        // the poll left: the exit typed is the exit
        Answer left = inThread.apply("forget the poll, what about 2T");
        assertEquals("120.481928", Results.value(left, "stake_value", 6), left.text());
        assertTrue(left.notes().stream().noneMatch(n -> n.contains("poll")), left.notes().toString());
    }

    @Test
    void a_statistic_named_before_the_poll_is_read_too() {
        // median of 1T, 1.2T, 2T is 1.2T; 50/830 x 1200
        Answer a = ask("median of the exit poll - al 1T, bo 1.2T, cy 2T: stake value?");
        assertEquals("72.289157", Results.value(a, "stake_value", 6), a.text());
    }
}
