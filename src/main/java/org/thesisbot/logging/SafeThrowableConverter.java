package org.thesisbot.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * {@code %safeEx}: the stack trace as logback writes it, except that the exceptions' messages (which may
 * quote input) have their control characters escaped, so only the trace's own line breaks remain.
 */
public final class SafeThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return super.throwableProxyToString(Escaped.of(tp));
    }

    /** The same throwable, its messages (and its causes' and suppressed ones') escaped. */
    private record Escaped(IThrowableProxy tp) implements IThrowableProxy {
        static IThrowableProxy of(IThrowableProxy tp) {
            return tp == null || tp instanceof Escaped ? tp : new Escaped(tp);
        }

        @Override
        public String getOverridingMessage() {
            return LogText.escape(tp.getOverridingMessage());
        }

        @Override
        public String getMessage() {
            return LogText.escape(tp.getMessage());
        }

        @Override
        public String getClassName() {
            return tp.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return tp.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return tp.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return of(tp.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] s = tp.getSuppressed();
            if (s == null) {
                return null;
            }
            IThrowableProxy[] out = new IThrowableProxy[s.length];
            for (int i = 0; i < s.length; i++) {
                out[i] = of(s[i]);
            }
            return out;
        }

        @Override
        public boolean isCyclic() {
            return tp.isCyclic();
        }
    }
}
