package dev.assistant.search.model;

/**
 * A writer embedded a document's chunks for a set of models that is no longer the live one (a
 * switch started or completed meanwhile): its transaction must not commit; embed again for {@link
 * #current()}. Rare: it happens only at the two moments a switch changes the set.
 */
public class ModelSetChangedException extends RuntimeException {

    private final transient ModelSet current;

    public ModelSetChangedException(ModelSet current) {
        super("the live embedding models changed to " + current.live());
        this.current = current;
    }

    public ModelSet current() {
        return current;
    }
}
