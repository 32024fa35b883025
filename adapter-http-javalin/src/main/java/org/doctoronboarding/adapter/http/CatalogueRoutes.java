package org.doctoronboarding.adapter.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doctoronboarding.application.port.in.CatalogueUseCase;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.ValidationException;

/** The dropdown catalogue: public reads, doctors' proposals, and staff review under {@code /admin/dropdowns}. */
final class CatalogueRoutes {

    private static final Set<String> SUBMIT_FIELDS = Set.of("field_name", "value", "label");
    private static final Set<String> REVIEW_FIELDS = Set.of("notes");
    private static final Set<String> BULK_FIELDS = Set.of("ids", "notes");

    private final UseCases useCases;

    CatalogueRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/v1/dropdowns", Access.PUBLIC, this::all),
                Route.get("/api/v1/dropdowns/my-submissions", Access.SIGNED_IN, ctx -> ctx.json(Map.of("items",
                        catalogue().mySubmissions(Callers.actor(ctx)).stream().map(JsonViews::option).toList()))),
                Route.get("/api/v1/dropdowns/{field_name}", Access.PUBLIC, this::field),
                Route.post("/api/v1/dropdowns/submit", Access.SIGNED_IN, this::submit),
                Route.get("/api/v1/admin/dropdowns", Access.STAFF, this::list),
                Route.post("/api/v1/admin/dropdowns", Access.STAFF, this::create),
                Route.post("/api/v1/admin/dropdowns/bulk-approve", Access.STAFF,
                        ctx -> bulk(ctx, (ids, notes) -> catalogue().approveAll(ids, notes, Callers.actor(ctx)))),
                Route.post("/api/v1/admin/dropdowns/bulk-reject", Access.STAFF,
                        ctx -> bulk(ctx, (ids, notes) -> catalogue().rejectAll(ids, notes, Callers.actor(ctx)))),
                Route.get("/api/v1/admin/dropdowns/{option_id}", Access.STAFF,
                        ctx -> ctx.json(JsonViews.option(catalogue().get(optionId(ctx), Callers.actor(ctx))))),
                Route.patch("/api/v1/admin/dropdowns/{option_id}", Access.STAFF, ctx -> ctx.json(JsonViews.option(
                        catalogue().edit(optionId(ctx), Json.parseObject(ctx.body(), false), Callers.actor(ctx))))),
                Route.delete("/api/v1/admin/dropdowns/{option_id}", Access.STAFF, ctx -> {
                    catalogue().delete(optionId(ctx), Callers.actor(ctx));
                    ctx.status(204);
                }),
                Route.post("/api/v1/admin/dropdowns/{option_id}/approve", Access.STAFF, ctx -> ctx.json(JsonViews.option(
                        catalogue().approve(optionId(ctx), notes(ctx), Callers.actor(ctx))))),
                Route.post("/api/v1/admin/dropdowns/{option_id}/reject", Access.STAFF, ctx -> ctx.json(JsonViews.option(
                        catalogue().reject(optionId(ctx), notes(ctx), Callers.actor(ctx))))));
    }

    private CatalogueUseCase catalogue() {
        return useCases.catalogue();
    }

    private void all(Context ctx) {
        Map<String, Object> fields = new LinkedHashMap<>();
        catalogue().approvedOptions().forEach((field, options) ->
                fields.put(field.fieldName(), options.stream().map(JsonViews::publicOption).toList()));
        ctx.json(Map.of("fields", fields));
    }

    private void field(Context ctx) {
        String name = ctx.pathParam("field_name");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("field_name", name);
        json.put("options", catalogue().approvedOptions(name).stream().map(JsonViews::publicOption).toList());
        ctx.json(json);
    }

    private void submit(Context ctx) {
        Map<String, Object> body = Json.parseObject(ctx.body(), SUBMIT_FIELDS, false);
        Object fieldName = body.get("field_name");
        if (fieldName != null && !(fieldName instanceof String)) {
            throw ValidationException.of("field_name", "must be a string");
        }
        var proposal = catalogue().propose((String) fieldName, body.get("value"), body.get("label"), Callers.actor(ctx));
        ctx.status(202).json(proposalJson(proposal));
    }

    private void create(Context ctx) {
        var proposal = catalogue().create(Json.parseObject(ctx.body(), false), Callers.actor(ctx));
        ctx.status(proposal.created() ? 201 : 200).json(proposalJson(proposal));
    }

    private void list(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        var page = QueryParams.page(ctx, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var result = catalogue().list(blankToNull(ctx.queryParam("field_name")), blankToNull(ctx.queryParam("status")),
                blankToNull(ctx.queryParam("q")), page, Callers.actor(ctx));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", result.page().items().stream().map(JsonViews::option).toList());
        json.put("page", result.page().page());
        json.put("page_size", result.page().pageSize());
        json.put("total", result.page().total());
        json.put("pending_count", result.pendingCount());
        ctx.json(json);
    }

    private void bulk(Context ctx, java.util.function.BiFunction<List<Long>, String, List<CatalogueUseCase.BulkOutcome>> action) {
        Map<String, Object> body = Json.parseObject(ctx.body(), BULK_FIELDS, false);
        if (!(body.get("ids") instanceof List<?> rawIds)) {
            throw ValidationException.of("ids", "is required: a list of 1 to 200 option ids");
        }
        List<Long> ids = new ArrayList<>();
        for (Object raw : rawIds) {
            if (!(raw instanceof Integer || raw instanceof Long) || ((Number) raw).longValue() <= 0) {
                throw ValidationException.of("ids", "'" + raw + "' is not an option id; ids are positive whole numbers");
            }
            ids.add(((Number) raw).longValue());
        }
        Object notes = body.get("notes");
        if (notes != null && !(notes instanceof String)) {
            throw ValidationException.of("notes", "must be a string");
        }
        List<Map<String, Object>> results = action.apply(ids, (String) notes).stream().map(outcome -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", outcome.id());
            json.put("result", outcome.result());
            json.put("status", outcome.status());
            return json;
        }).toList();
        ctx.json(Map.of("results", results));
    }

    private static String notes(Context ctx) {
        Object notes = Json.parseObject(ctx.body(), REVIEW_FIELDS, true).get("notes");
        if (notes != null && !(notes instanceof String)) {
            throw ValidationException.of("notes", "must be a string");
        }
        return (String) notes;
    }

    private static Map<String, Object> proposalJson(CatalogueUseCase.Proposal proposal) {
        Map<String, Object> json = new LinkedHashMap<>(JsonViews.option(proposal.option()));
        json.put("created", proposal.created());
        return json;
    }

    private static long optionId(Context ctx) {
        return PathParams.positiveId(ctx, "option_id", "an option id");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
