package org.thesisbot.config;

/** A setting or config file is missing or wrong. The message names the file or variable and the problem. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
