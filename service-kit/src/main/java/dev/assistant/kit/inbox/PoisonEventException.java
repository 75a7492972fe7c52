package dev.assistant.kit.inbox;

/** An event that no retry can make readable: it goes straight to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
