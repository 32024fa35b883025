package org.doctoronboarding.adapter.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doctoronboarding.application.port.in.CreateDoctorCommand;
import org.doctoronboarding.application.port.in.DoctorFilter;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.in.StatusCommand;
import org.doctoronboarding.application.port.in.UpdateDoctorCommand;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.ValidationException;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.OnboardingSource;
import org.doctoronboarding.domain.doctor.OnboardingStatus;

/** The doctor profile routes: create, read, list, edit, delete, the review workflow and its history. */
final class DoctorRoutes {

    private static final String SOURCE = "onboarding_source";
    private static final String RAW_EXTRACTION = "raw_extraction_data";
    private static final Set<String> STATUS_BODY_FIELDS = Set.of("reason", "notes", "expected_status");

    private final UseCases useCases;

    DoctorRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/api/v1/doctors", Access.SIGNED_IN, this::create),
                Route.get("/api/v1/doctors", Access.STAFF, this::list),
                Route.get("/api/v1/doctors/{doctor_id}", Access.SIGNED_IN,
                        ctx -> ctx.json(JsonViews.doctor(useCases.getDoctor().get(doctorId(ctx), Callers.actor(ctx))))),
                Route.patch("/api/v1/doctors/{doctor_id}", Access.SIGNED_IN, this::update),
                Route.delete("/api/v1/doctors/{doctor_id}", Access.STAFF, this::delete),
                Route.post("/api/v1/doctors/{doctor_id}/submit", Access.SIGNED_IN,
                        ctx -> respond(ctx, useCases.submitProfile().submit(statusCommand(ctx)))),
                Route.post("/api/v1/doctors/{doctor_id}/verify", Access.STAFF,
                        ctx -> respond(ctx, useCases.verifyDoctor().verify(statusCommand(ctx)))),
                Route.post("/api/v1/doctors/{doctor_id}/reject", Access.STAFF,
                        ctx -> respond(ctx, useCases.rejectDoctor().reject(statusCommand(ctx)))),
                Route.get("/api/v1/doctors/{doctor_id}/status-history", Access.SIGNED_IN, this::history));
    }

    private void create(Context ctx) {
        Map<String, Object> body = Json.parseObject(ctx.body(), false);
        OnboardingSource source = source(body.remove(SOURCE));
        String rawExtraction = rawExtraction(body.remove(RAW_EXTRACTION));

        Doctor created = useCases.createDoctor().create(new CreateDoctorCommand(body, source, rawExtraction, actor(ctx)));

        ctx.status(201).header("Location", "/api/v1/doctors/" + created.id().value()).json(JsonViews.doctor(created));
    }

    private void list(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        String status = blankToNull(ctx.queryParam("status"));
        OnboardingStatus parsedStatus = null;
        if (status != null) {
            try {
                parsedStatus = OnboardingStatus.parse("status", status);
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        PageRequest pageRequest = QueryParams.page(ctx, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var filter = new DoctorFilter(parsedStatus, blankToNull(ctx.queryParam("specialty")),
                blankToNull(ctx.queryParam("city")), blankToNull(ctx.queryParam("q")));

        ctx.json(JsonViews.doctors(useCases.listDoctors().list(filter, pageRequest, Callers.actor(ctx))));
    }

    private void update(Context ctx) {
        DoctorId id = doctorId(ctx);
        Map<String, Object> changes = Json.parseObject(ctx.body(), false);
        if (changes.isEmpty()) {
            throw ValidationException.of("body", "names no field to change; send at least one column name");
        }

        ctx.json(JsonViews.doctor(useCases.updateDoctor().update(new UpdateDoctorCommand(id, changes, actor(ctx)))));
    }

    private void delete(Context ctx) {
        useCases.deleteDoctor().delete(doctorId(ctx), actor(ctx));
        ctx.status(204);
    }

    private void history(Context ctx) {
        DoctorId id = doctorId(ctx);
        ctx.json(JsonViews.history(id.value(), useCases.statusHistory().history(id, Callers.actor(ctx))));
    }

    private static void respond(Context ctx, Doctor doctor) {
        ctx.json(JsonViews.doctor(doctor));
    }

    private StatusCommand statusCommand(Context ctx) {
        DoctorId id = doctorId(ctx);
        Map<String, Object> body = Json.parseObject(ctx.body(), true);
        List<FieldError> errors = new ArrayList<>();
        for (String name : body.keySet()) {
            if (!STATUS_BODY_FIELDS.contains(name)) {
                errors.add(new FieldError(name, "is not accepted here; the body may contain reason, notes and expected_status"));
            }
        }
        String reason = optionalString(body, "reason", errors);
        String notes = optionalString(body, "notes", errors);
        String expected = optionalString(body, "expected_status", errors);
        OnboardingStatus expectedStatus = null;
        if (expected != null) {
            try {
                expectedStatus = OnboardingStatus.parse("expected_status", expected);
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new StatusCommand(id, reason, notes, expectedStatus, actor(ctx));
    }

    static DoctorId doctorId(Context ctx) {
        return new DoctorId(PathParams.positiveId(ctx, "doctor_id", "a doctor number"));
    }

    private static Actor actor(Context ctx) {
        return Callers.actor(ctx);
    }

    private static OnboardingSource source(Object raw) {
        if (raw == null) {
            return OnboardingSource.MANUAL;
        }
        if (!(raw instanceof String text)) {
            throw ValidationException.of(SOURCE, "must be a string: manual, resume or voice");
        }
        return OnboardingSource.parse(text);
    }

    private static String rawExtraction(Object raw) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Map<?, ?>)) {
            throw ValidationException.of(RAW_EXTRACTION, "must be a JSON object (the Smart-Fill response)");
        }
        return Json.compact(raw);
    }

    private static String optionalString(Map<String, Object> body, String name, List<FieldError> errors) {
        Object value = body.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        errors.add(new FieldError(name, "must be a string"));
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
