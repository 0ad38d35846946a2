package org.claimtrack.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes /q/openapi say what the API serves (mp.openapi.filter): only /api operations (the HTML pages
 * are listed under {@code x-claimtrack-pages}, for the access tests), the {@link ApiError} schema on
 * every error, 201/202/204 where those are answered, download media types, JSON request bodies as
 * objects instead of binary, an operationId and a description everywhere, and every property that can
 * come back null declared so (OpenAPI 3.1: {@code null} among the types).
 */
public class OpenApiFilter implements OASFilter {

    static final String ERROR = "Error";

    /** Success statuses other than 200, by operation ("+200": a duplicate is answered 200 too). */
    static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("POST /api/articles", "201+200"),
            Map.entry("POST /api/imports", "202"),
            Map.entry("POST /api/imports/url", "201+200"),
            Map.entry("POST /api/articles/{articleId}/claims", "201"),
            Map.entry("POST /api/claims/{id}/comments", "201"),
            Map.entry("POST /api/tokens", "201"),
            Map.entry("DELETE /api/tokens/{id}", "204"),
            Map.entry("POST /api/users", "201"),
            Map.entry("PUT /api/users/{username}/password", "204"));

    static final Map<String, String> DOWNLOADS = Map.of(
            "claims.csv", "text/csv",
            "claims.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "claims.jsonl", "application/x-ndjson",
            "claimreview.jsonld", "application/ld+json",
            "brat.zip", "application/zip");

    static final List<String> FRAMEWORK = List.of("Response", "StreamingOutput", "InputStream", "MultivaluedMap",
            "FileUpload", "EntityTag", "URI", "Link", "MediaType", "NewCookie", "StatusType",
            "Family", "Status", "UriBuilder", "Cookie");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(ERROR, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("Every error of the API: a message and, for some, details (e.g. reason, retryAfter)")
                .addProperty("error", OASFactory.createSchema().addType(SchemaType.STRING)).addRequired("error")
                .additionalPropertiesBoolean(Boolean.TRUE));
        List<Map<String, Object>> pages = new ArrayList<>();
        Map<String, PathItem> paths = api.getPaths() == null ? Map.of() : new LinkedHashMap<>(api.getPaths().getPathItems());
        for (var e : paths.entrySet()) {
            String path = e.getKey();
            if (!path.startsWith("/api/") && !path.equals("/api")) {
                e.getValue().getOperations().forEach((m, op) -> pages.add(page(m.name(), path, op)));
                api.getPaths().removePathItem(path);
                continue;
            }
            e.getValue().getOperations().forEach((m, op) -> operation(m.name(), path, op));
        }
        api.addExtension("x-claimtrack-pages", pages);
        if (api.getComponents().getSchemas() != null) {
            // JAX-RS types the scanner met in signatures (Response, Variant ...): no answer has their shape
            FRAMEWORK.forEach(api.getComponents()::removeSchema);
            SchemaReach.prune(api, ERROR);
            api.getComponents().getSchemas().forEach((name, s) -> {
                if (!ERROR.equals(name)) {
                    nullable(s);
                }
            });
        }
    }

    private static Map<String, Object> page(String method, String path, Operation op) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("method", method.toLowerCase(Locale.ROOT));
        p.put("path", path);
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().getMediaTypes() != null) {
            op.getRequestBody().getContent().getMediaTypes().keySet().stream().findFirst().ifPresent(t -> p.put("contentType", t));
        }
        return p;
    }

    private void operation(String method, String path, Operation op) {
        String key = method + " " + path;
        if (op.getOperationId() == null) {
            op.setOperationId(operationId(method, path));
        }
        if (op.getDescription() == null) {
            op.setDescription(op.getSummary() != null ? op.getSummary() : key);
        }
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses rs = op.getResponses();
        String status = STATUS.get(key);
        if (status != null && rs.hasAPIResponse("200")) {
            APIResponse ok = rs.getAPIResponse("200");
            String code = status.substring(0, 3);
            if (!status.contains("+200")) {
                rs.removeAPIResponse("200");
            }
            APIResponse moved = OASFactory.createAPIResponse().description(
                    code.equals("201") ? "Created" : code.equals("202") ? "Accepted: the job runs in the background" : "No content");
            if (!code.equals("204")) {
                moved.setContent(ok.getContent());
            }
            rs.addAPIResponse(code, moved);
        }
        int slash = path.lastIndexOf('/');
        String download = DOWNLOADS.get(path.substring(slash + 1));
        if (download != null && path.startsWith("/api/export/") && rs.hasAPIResponse("200")) {
            rs.getAPIResponse("200").setContent(OASFactory.createContent().addMediaType(download, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING).format("binary"))));
        }
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            jsonBodies(op.getRequestBody().getContent());
        }
        pagingParameters(op);
        for (String code : new String[] {"400", "401", "403"}) {
            if (!rs.hasAPIResponse(code)) {
                rs.addAPIResponse(code, OASFactory.createAPIResponse().description(switch (code) {
                    case "400" -> "Bad request";
                    case "401" -> "Not authenticated (HTTP Basic or Bearer token)";
                    default -> "Your role may not do this";
                }));
            }
        }
        if (!rs.hasAPIResponse("default")) {
            rs.setDefaultValue(OASFactory.createAPIResponse().description("Any other error"));
        }
        rs.getAPIResponses().forEach((code, r) -> {
            if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
                r.setContent(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR))));
            }
        });
    }

    /** limit and offset are read as strings (common.Paging answers a bad one), but they are whole numbers. */
    private static void pagingParameters(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (var p : op.getParameters()) {
            if (p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY
                    && ("limit".equals(p.getName()) || "offset".equals(p.getName()))) {
                Object fallback = p.getSchema() == null ? null : p.getSchema().getDefaultValue();
                Schema n = OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(
                        java.math.BigDecimal.valueOf("limit".equals(p.getName()) ? 1 : 0));
                if (fallback != null) {
                    n.setDefaultValue(Integer.valueOf(fallback.toString()));
                }
                p.setSchema(n);
            }
        }
    }

    /** An InputStream parameter reads JSON itself: declare an object, not a binary string. */
    private static void jsonBodies(Content content) {
        if (content.getMediaTypes() == null) {
            return;
        }
        for (var e : content.getMediaTypes().entrySet()) {
            MediaType m = e.getValue();
            Schema s = m.getSchema();
            if (e.getKey().contains("json") && s != null && s.getRef() == null && "binary".equals(s.getFormat())) {
                m.setSchema(OASFactory.createSchema().addType(SchemaType.OBJECT)
                        .description("A JSON object; see the operation's description for its fields"));
            }
        }
    }

    /** Every property not listed as required may come back null. */
    private static void nullable(Schema s) {
        if (s.getProperties() == null) {
            return;
        }
        List<String> required = s.getRequired() == null ? List.of() : s.getRequired();
        for (var e : new LinkedHashMap<>(s.getProperties()).entrySet()) {
            if (required.contains(e.getKey())) {
                continue;
            }
            Schema p = e.getValue();
            if (p.getRef() != null) {
                s.addProperty(e.getKey(), OASFactory.createSchema().addAnyOf(OASFactory.createSchema().ref(p.getRef()))
                        .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL)));
            } else if (p.getType() != null && !p.getType().isEmpty() && !p.getType().contains(SchemaType.NULL)) {
                p.addType(SchemaType.NULL);
            }
        }
    }

    static String operationId(String method, String path) {
        StringBuilder b = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String part : path.substring("/api/".length()).split("[/.]")) {
            String w = part.replaceAll("[{}]", "");
            if (w.isEmpty()) {
                continue;
            }
            boolean param = part.startsWith("{");
            if (param) {
                b.append("By");
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).replaceAll("[^A-Za-z0-9]", ""));
        }
        return b.toString();
    }
}
