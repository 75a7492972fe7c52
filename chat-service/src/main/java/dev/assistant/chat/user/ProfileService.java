package dev.assistant.chat.user;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A user's own profile: reading it and changing what the user may change. */
@ApplicationScoped
public class ProfileService {

    @Inject UserRepository users;

    public Uni<UserProfile> get(String userId) {
        return users.find(userId);
    }

    /** Fields left out of the patch stay as they are. */
    public Uni<UserProfile> update(String userId, ProfilePatch patch) {
        return users.updateProfile(userId, patch.displayName(), patch.email());
    }
}
