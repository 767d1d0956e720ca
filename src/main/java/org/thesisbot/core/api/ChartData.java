package org.thesisbot.core.api;

/** What a chart draws: a sensitivity grid, a tornado, or scenarios compared. */
public sealed interface ChartData permits Grid, Tornado, Comparison {
}
