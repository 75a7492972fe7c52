package dev.assistant.goals.account;

import dev.assistant.kit.inbox.Inbox;
import dev.assistant.kit.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Erases everything goals-service holds for a user, exactly once per event: the inbox row and the
 * deletion commit in one transaction, so a re-delivered event changes nothing. Erasure is physical
 * (soft-deleted goals go too): nothing of the user remains.
 */
@ApplicationScoped
public class AccountEraser {

    private static final Logger LOG = Logger.getLogger(AccountEraser.class);

    @Inject Inbox inbox;

    @Inject AccountRepository account;

    /** Blocking: call from a worker thread. Returns false for a duplicate event. */
    public boolean erase(IncomingEvent event, String userId) {
        return inbox.once(
                        event,
                        tx ->
                                account.erase(tx, userId, event.time())
                                        .invoke(
                                                goals ->
                                                        LOG.infof(
                                                                "erased %d goals of a deleted user (event %s)",
                                                                goals, event.id())))
                .await()
                .indefinitely();
    }
}
