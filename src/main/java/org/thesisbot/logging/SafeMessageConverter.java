package org.thesisbot.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %safeMsg}: the formatted message with control characters escaped ({@link LogText}). */
public final class SafeMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return LogText.escape(super.convert(event));
    }
}
