package dev.assistant.search.model;

/** Where a model is in its life (embedding_models.state). */
public enum ModelState {
    /** The target: its vectors are being made in the background; queries do not read them yet. */
    building,
    /** The one model queries read. */
    active,
    /** Replaced (or its build abandoned): its vectors are deleted once no replica reads them. */
    retiring,
    /** No vector of it is left. */
    retired
}
