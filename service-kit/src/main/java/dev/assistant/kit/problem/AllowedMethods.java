package dev.assistant.kit.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The methods each route of this service answers, from its JAX-RS resources, so a 405 can say what
 * is allowed ({@code Allow}, RFC 9110 §15.5.6) as the REST layer's own 405 does not.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, String method) {}

    private volatile List<Route> routes;

    /**
     * The methods {@code path} answers (with HEAD where GET is, and OPTIONS), or empty when none.
     */
    public Set<String> forPath(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (InjectableBean<?> bean :
                    Arc.container().beanManager().getBeans(Object.class).stream()
                            .map(b -> (InjectableBean<?>) b)
                            .toList()) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root != null) {
                    collect(root.value(), type, found);
                }
            }
            routes = found;
        }
        return routes;
    }

    private static void collect(String root, Class<?> type, List<Route> into) {
        for (Method method : type.getMethods()) {
            String http = httpMethod(method);
            if (http == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = join(root, sub == null ? "" : sub.value());
            into.add(new Route(Pattern.compile(regex(template)), http));
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/")
                ? joined.substring(0, joined.length() - 1)
                : joined;
    }

    /** {@code /a/{id}/b} → {@code /a/[^/]+/b}; {@code {name: regex}} keeps its regex. */
    private static String regex(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                String variable = template.substring(i + 1, end);
                int colon = variable.indexOf(':');
                out.append('(')
                        .append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).strip())
                        .append(')');
                i = end + 1;
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return out + "/?";
    }
}
