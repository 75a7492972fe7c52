package dev.assistant.kit.testing.openapi;

/** One broken rule: which operation, what was sent, what came back. */
public record Finding(String operation, String probe, int status, String problem) {
    @Override
    public String toString() {
        return operation + " [" + probe + "] -> " + status + ": " + problem;
    }
}
