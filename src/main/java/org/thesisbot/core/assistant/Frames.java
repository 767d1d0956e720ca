package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.thesisbot.core.reading.Reader;

/**
 * The readers of a question said in other words ({@link Reframing}), run in order, each on the text the one before left;
 * and the frames a thread stays in. A frame that lasts ("30 cash / 20 credits at 65c/$, on a cash basis") is kept in the
 * thread's state as the words its reader finds it in, so a follow-up that says nothing of it ("and at 2T?") is read with
 * those words after it and answered in the same frame, with a note that says so. A follow-up leaves a frame by naming
 * one of its own kind (that one is read instead), by the frame's own words of leaving ("forget the credits"), or by
 * starting again ("start over"). A follow-up that says only the words of leaving asks the thread's question again outside it.
 */
final class Frames {
    /**
     * The {@code again} of a reader whose frame every follow-up in the thread is read with, the follow-up's own words first
     * (a status, a hedge, a capital stack, a side mark): any text.
     */
    static final Pattern ALWAYS = Pattern.compile("(?s).");

    /**
     * One reader.
     *
     * @param name  the name its frames are kept under in a thread's state (stable: the state outlives a release)
     * @param find  finds its frame in a question, and says the question that is left
     * @param leave the words that leave its frame when they follow it in a thread (null: only starting again does)
     * @param again the words of a question that names a frame of this kind and takes the thread's again with it ("what exit
     *              would the same ramp need for a 20% all-in irr"): read with the thread's words after it (null: none)
     * @param back  from the words of its frame, the change that undoes what the frame did to the thread's inputs when the
     *              frame is left ("ignore the debt" after an EV bridge: the exit is the EV again), as words the reader
     *              takes ("an exit of $1400B"), or empty (null: leaving changes no input)
     */
    record Finder(String name, Function<String, Optional<? extends Reframing>> find, Pattern leave, Pattern again,
            Function<String, Optional<String>> back) {
        Finder(String name, Function<String, Optional<? extends Reframing>> find, Pattern leave, Pattern again) {
            this(name, find, leave, again, null);
        }

        Finder(String name, Function<String, Optional<? extends Reframing>> find, Pattern leave) {
            this(name, find, leave, null, null);
        }
    }

    /**
     * A question read by every finder.
     *
     * @param question   the question left for the rest of the pipeline
     * @param reframings what was found, in order
     * @param kept       the frames to keep in the thread after this question (name, a tab, the words)
     * @param carried    the words of the frames taken from earlier in the thread, for the note that says so
     * @param left       whether the question only left the thread's frames ("ok forget the credits"), and is the thread's
     *                   question again
     */
    record Read(String question, List<Reframing> reframings, List<String> kept, List<String> carried, boolean left) {
    }

    private Frames() {
    }

    /**
     * The "key=value" pairs of the first frame kept under {@code name} ("clauses\t§2.2=Pre-Money Valuation", "shares\tpre=4.5\tpost=5"),
     * in order; empty when the thread keeps none.
     */
    static Map<String, String> pairs(List<String> frames, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        frames.stream().filter(f -> f.startsWith(name + "\t")).findFirst().ifPresent(f -> {
            for (String pair : f.substring(name.length() + 1).split("\t")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        });
        return out;
    }

    static Read read(String text, List<Finder> finders, List<String> before) {
        Map<String, String> earlier = new LinkedHashMap<>();
        for (String k : before == null ? List.<String>of() : before) {
            int tab = k.indexOf('\t');
            if (tab > 0) {
                earlier.put(k.substring(0, tab), k.substring(tab + 1));
            }
        }
        boolean restart = !earlier.isEmpty() && Reader.resets(text);
        String reframed = text;
        List<Reframing> found = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        String unsaid = text; // (the question without the words that leave a frame it was in)
        List<String> back = new ArrayList<>(); // (what leaving a frame undoes)
        for (Finder f : finders) {
            Optional<? extends Reframing> r = f.find().apply(reframed);
            String was = earlier.get(f.name());
            if (was != null && f.leave() != null) {
                unsaid = f.leave().matcher(unsaid).replaceAll(" ");
                if (f.back() != null && !restart && r.isEmpty() && f.leave().matcher(text).find()) {
                    // (only when the question does not set up a frame of the same kind anew)
                    f.back().apply(was).ifPresent(back::add);
                }
            }
            boolean again = r.isPresent() && was != null && f.again() != null && f.again().matcher(text).find();
            if ((r.isEmpty() || again) && was != null && !restart && (f.leave() == null || !f.leave().matcher(text).find())) {
                Optional<? extends Reframing> with = f.find().apply(reframed + " (" + was + ")");
                if (with.isPresent()) {
                    r = with;
                    carried.add(with.get().kept().orElse(was)); // (the frame as now in force: "now at 3%" changes the rate kept)
                }
            }
            if (r.isPresent()) {
                found.add(r.get());
                reframed = r.get().question();
                r.get().kept().filter(w -> !w.isBlank() && w.indexOf('\t') < 0).ifPresent(w -> kept.add(f.name() + "\t" + w));
            }
        }
        boolean left = found.isEmpty() && !unsaid.equals(text) && !restart && Reframing.NOTHING_ELSE.matcher(unsaid).matches();
        // ("ok forget the credits": the thread's question again, out of the frame; "ignore the debt": again, at the EV)
        String undo = String.join(", ", back);
        String question = left ? undo.isEmpty() ? "same question again" : "what about " + undo : undo.isEmpty() ? reframed : reframed + ", " + undo;
        return new Read(question, found, kept, carried, left);
    }
}
