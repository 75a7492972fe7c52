package dev.assistant.chat.admin;

/** This database user's connections (this service, every replica) by state. */
public record ConnectionStates(int active, int idle, int idleInTransaction) {}
