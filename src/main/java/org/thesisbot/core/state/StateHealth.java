package org.thesisbot.core.state;

/**
 * Port: whether the state stores are working as configured. In-memory state is always healthy; a shared
 * store that cannot be reached makes the bot degraded (it still answers, from this process' own state).
 */
public interface StateHealth {
    /** True when a configured shared store is not answering and this process is answering from local state. */
    boolean degraded();

    /** One short line for operators (no secrets): the backend and its state. */
    String detail();

    StateHealth LOCAL = new StateHealth() {
        @Override
        public boolean degraded() {
            return false;
        }

        @Override
        public String detail() {
            return "state: in memory (this process only)";
        }
    };
}
