package org.doctoronboarding.bootstrap;

import java.util.List;

/** Start-up settings that break a rule; the message lists each variable with its rule. */
public final class ConfigurationException extends RuntimeException {

    private final List<String> problems;

    public ConfigurationException(List<String> problems) {
        super("Invalid configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
