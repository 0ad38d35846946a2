package org.claimtrack.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The component schemas the API's operations reach, directly or through other schemas. The scanner also
 * describes every type it met in a signature (Qute's TemplateInstance of the HTML pages, JAX-RS'
 * Variant ...): once the pages are gone from the paths, nothing refers to those, and a client
 * generator should not meet them.
 */
final class SchemaReach {

    private static final String PREFIX = "#/components/schemas/";

    private SchemaReach() {
    }

    /** Removes every component schema no operation reaches; {@code keep} stays whatever refers to it. */
    static void prune(OpenAPI api, String keep) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> all = api.getComponents().getSchemas();
        Set<String> reached = reachable(api, all);
        reached.add(keep);
        for (String name : List.copyOf(all.keySet())) {
            if (!reached.contains(name)) {
                api.getComponents().removeSchema(name);
            }
        }
    }

    static Set<String> reachable(OpenAPI api, Map<String, Schema> all) {
        Deque<Schema> todo = new ArrayDeque<>();
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(op -> operationSchemas(op, todo)));
        }
        Set<String> reached = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            String ref = s.getRef();
            if (ref != null && ref.startsWith(PREFIX)) {
                String name = ref.substring(PREFIX.length());
                if (reached.add(name) && all.get(name) != null) {
                    todo.push(all.get(name));
                }
            }
            children(s, todo);
        }
        return reached;
    }

    private static void operationSchemas(Operation op, Deque<Schema> todo) {
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                addIfPresent(p.getSchema(), todo);
                content(p.getContent(), todo);
            }
        }
        if (op.getRequestBody() != null) {
            content(op.getRequestBody().getContent(), todo);
        }
        if (op.getResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> content(r.getContent(), todo));
            if (op.getResponses().getDefaultValue() != null) {
                content(op.getResponses().getDefaultValue().getContent(), todo);
            }
        }
    }

    private static void content(Content c, Deque<Schema> todo) {
        if (c != null && c.getMediaTypes() != null) {
            c.getMediaTypes().values().forEach(m -> addIfPresent(m.getSchema(), todo));
        }
    }

    private static void children(Schema s, Deque<Schema> todo) {
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> addIfPresent(p, todo));
        }
        addIfPresent(s.getItems(), todo);
        addIfPresent(s.getAdditionalPropertiesSchema(), todo);
        addIfPresent(s.getNot(), todo);
        for (List<Schema> list : new List[] {s.getAllOf(), s.getAnyOf(), s.getOneOf()}) {
            if (list != null) {
                list.forEach(x -> addIfPresent(x, todo));
            }
        }
    }

    private static void addIfPresent(Schema s, Deque<Schema> todo) {
        if (s != null) {
            todo.push(s);
        }
    }
}
