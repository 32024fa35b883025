package org.doctoronboarding.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.doctoronboarding.application.port.in.ManageUsersUseCase;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.in.UserFilter;
import org.doctoronboarding.application.port.out.DoctorRepository;
import org.doctoronboarding.application.port.out.TransactionRunner;
import org.doctoronboarding.application.port.out.UserRepository;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.NotFoundException;
import org.doctoronboarding.domain.ValidationException;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.Email;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.user.Role;
import org.doctoronboarding.domain.user.User;

/**
 * Account administration. An administrator cannot demote or deactivate their own account, and the last
 * active administrator cannot be demoted or deactivated by anyone.
 */
public final class UserAdminService implements ManageUsersUseCase {

    private static final Set<String> CREATE_FIELDS = Set.of("phone", "email", "role");
    private static final Set<String> UPDATE_FIELDS = Set.of("role", "is_active", "email", "doctor_id");

    private final UserRepository users;
    private final DoctorRepository doctors;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Consumer<Long> accountChanged;

    /** @param accountChanged receives the id of every changed account, so caches can drop it */
    public UserAdminService(UserRepository users, DoctorRepository doctors, TransactionRunner transactions, Clock clock,
            Consumer<Long> accountChanged) {
        this.users = Objects.requireNonNull(users, "users");
        this.doctors = Objects.requireNonNull(doctors, "doctors");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.accountChanged = Objects.requireNonNull(accountChanged, "accountChanged");
    }

    @Override
    public Page<User> list(UserFilter filter, PageRequest page, Actor actor) {
        AccessRules.requireAdmin(actor, "list accounts");
        return users.list(filter, page);
    }

    @Override
    public User get(long userId, Actor actor) {
        AccessRules.requireAdmin(actor, "read accounts");
        return load(userId);
    }

    @Override
    public User create(Map<String, Object> fields, Actor actor) {
        AccessRules.requireAdmin(actor, "create accounts");
        List<FieldError> errors = new ArrayList<>();
        RequestFields.rejectUnknown(fields, CREATE_FIELDS, errors);
        PhoneNumber phone = parse(errors, () -> PhoneNumber.parse("phone", requiredString(fields, "phone")));
        Email email = parse(errors, () -> optionalEmail(fields.get("email")));
        Role role = fields.get("role") == null ? Role.USER
                : parse(errors, () -> Role.parse("role", string(fields.get("role"), "role")));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return transactions.inTransaction(() -> users.create(phone, email, role, now()));
    }

    @Override
    public User update(long userId, Map<String, Object> changes, Actor actor) {
        AccessRules.requireAdmin(actor, "change accounts");
        List<FieldError> errors = new ArrayList<>();
        RequestFields.rejectUnknown(changes, UPDATE_FIELDS, errors);
        if (changes.isEmpty()) {
            errors.add(new FieldError("body", "names no field to change; send role, is_active, email or doctor_id"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }

        User updated = transactions.inTransaction(() -> {
            User current = load(userId);
            Role role = changes.containsKey("role")
                    ? parse(errors, () -> Role.parse("role", string(changes.get("role"), "role"))) : current.role();
            boolean active = changes.containsKey("is_active") ? bool(changes.get("is_active"), errors) : current.active();
            Email email = changes.containsKey("email") ? parse(errors, () -> optionalEmail(changes.get("email"))) : current.email();
            DoctorId doctorId = changes.containsKey("doctor_id") ? doctorLink(changes.get("doctor_id"), errors) : current.doctorId();
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            User next = current.with(email, role, active, doctorId, now());
            guardAdminChange(current, next, actor);
            users.update(next);
            return next;
        });
        accountChanged.accept(userId);
        return updated;
    }

    @Override
    public User deactivate(long userId, Actor actor) {
        return update(userId, Map.of("is_active", Boolean.FALSE), actor);
    }

    @Override
    public User createOrPromoteAdmin(String phoneText, String emailText) {
        PhoneNumber phone = PhoneNumber.parse("phone", phoneText);
        Email email = emailText == null || emailText.isBlank() ? null : Email.parse(emailText);
        User admin = transactions.inTransaction(() -> users.findByPhone(phone)
                .map(existing -> {
                    User promoted = existing.with(email == null ? existing.email() : email, Role.ADMIN, true,
                            existing.doctorId(), now());
                    users.update(promoted);
                    return promoted;
                })
                .orElseGet(() -> users.create(phone, email, Role.ADMIN, now())));
        accountChanged.accept(admin.id());
        return admin;
    }

    /** Keeps at least one active administrator, and keeps administrators from locking themselves out. */
    private void guardAdminChange(User current, User next, Actor actor) {
        boolean losesAdmin = current.role() == Role.ADMIN && current.active()
                && (next.role() != Role.ADMIN || !next.active());
        if (!losesAdmin) {
            return;
        }
        if (String.valueOf(current.id()).equals(actor.userId())) {
            throw ConflictException.of("SELF_CHANGE_NOT_ALLOWED",
                    "Administrators cannot demote or deactivate their own account; ask another administrator.");
        }
        if (users.countActiveAdminsForUpdate() <= 1) {
            throw ConflictException.of("LAST_ADMIN",
                    "Account " + current.id() + " is the last active administrator; promote another account first.");
        }
    }

    private DoctorId doctorLink(Object raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Number number) || number.longValue() <= 0 || number.doubleValue() != number.longValue()) {
            errors.add(new FieldError("doctor_id", "must be a doctor number (a positive whole number) or null"));
            return null;
        }
        DoctorId id = new DoctorId(number.longValue());
        if (doctors.findActive(id).isEmpty()) {
            errors.add(new FieldError("doctor_id", "doctor " + id + " does not exist or has been deleted"));
            return null;
        }
        return id;
    }

    private User load(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("USER_NOT_FOUND",
                "Account " + userId + " does not exist."));
    }

    private static Email optionalEmail(Object raw) {
        String text = string(raw, "email");
        return text == null || text.isBlank() ? null : Email.parse(text);
    }

    private static String requiredString(Map<String, Object> fields, String name) {
        return string(fields.get(name), name);
    }

    private static String string(Object raw, String field) {
        if (raw == null || raw instanceof String) {
            return (String) raw;
        }
        throw ValidationException.of(field, "must be a string");
    }

    private static boolean bool(Object raw, List<FieldError> errors) {
        if (raw instanceof Boolean value) {
            return value;
        }
        errors.add(new FieldError("is_active", "must be true or false"));
        return false;
    }

    private static <T> T parse(List<FieldError> errors, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
