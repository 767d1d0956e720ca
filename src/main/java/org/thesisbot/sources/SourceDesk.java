package org.thesisbot.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * What adding a source from outside (Slack) needs from the bot: where documents live, the reader that
 * checks them, and a reload that says whether the new state is serving. Implemented by the composition root.
 */
public interface SourceDesk {
    Path documentsDir();

    DocumentReader reader();

    /** Re-reads documents/ and config/ now; the previous state keeps serving when something is wrong. */
    Reloaded reload(String reason);

    /** @param problems why the reload was refused (empty when ok) */
    record Reloaded(boolean ok, List<String> problems, int documents, int passages) {
    }
}
