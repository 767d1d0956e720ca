package org.thesisbot.state;

/** Told when a stored value cannot be read (it is then treated as absent). */
interface Unreadable {
    void report(String kind, String key, RuntimeException problem);
}
