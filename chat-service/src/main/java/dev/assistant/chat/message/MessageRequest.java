package dev.assistant.chat.message;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message to post. */
public record MessageRequest(
        @NotNull
                @Schema(enumeration = {"user", "assistant", "system"})
                @Pattern(
                        regexp = "user|assistant|system",
                        message = "must be one of user, assistant, system")
                String role,
        @NotBlank @Size(max = 200_000) String content,
        @Size(max = 100) String model,
        @Size(max = 100) Map<String, Object> metadata) {}
