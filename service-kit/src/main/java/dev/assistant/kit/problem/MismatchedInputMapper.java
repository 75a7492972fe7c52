package dev.assistant.kit.problem;

import java.net.URI;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus REST answers a body of the wrong JSON shape (a string where an array belongs, say) with
 * its own mapper, outside problem+json: a bare 400 in production, a Java-flavoured one in tests.
 * This one, ahead of it, answers like every other client error ({@link BodyProblems}).
 */
public class MismatchedInputMapper {

    @ServerExceptionMapper(
            value = MismatchedInputException.class,
            priority = Priorities.USER - 1000)
    public Response mismatched(MismatchedInputException failure, UriInfo uri) {
        return BodyProblems.of(failure)
                .withType(ProblemTypes.typeFor(400))
                .withInstance(URI.create(uri.getPath()))
                .build()
                .toResponse();
    }
}
