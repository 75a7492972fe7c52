package dev.assistant.kit.problem;

import java.util.UUID;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The last resort: failures that are Throwables but not Exceptions (the Vert.x clients fail with
 * NoStackTraceThrowable, for one) would otherwise escape to Quarkus' default error page. They
 * become a 500 problem+json like any other unexpected failure; the details go only to the log,
 * under an id the response carries.
 */
public class UnexpectedFailureMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class);

    @ServerExceptionMapper(Throwable.class)
    public Response unexpected(Throwable failure) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(failure, "unexpected failure %s", id);
        return HttpProblem.builder()
                .withStatus(500)
                .withTitle("Internal Server Error")
                .withDetail("unexpected failure; reference " + id)
                .withType(ProblemTypes.typeFor(500))
                .build()
                .toResponse();
    }
}
