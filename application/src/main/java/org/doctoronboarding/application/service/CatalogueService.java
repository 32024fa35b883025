package org.doctoronboarding.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.doctoronboarding.application.catalogue.CatalogueMatch;
import org.doctoronboarding.application.catalogue.CatalogueMatcher;
import org.doctoronboarding.application.port.in.CatalogueUseCase;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.out.DropdownOptionRepository;
import org.doctoronboarding.application.port.out.DropdownOptionRepository.NewOption;
import org.doctoronboarding.application.port.out.TransactionRunner;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.NotFoundException;
import org.doctoronboarding.domain.ValidationException;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.doctoronboarding.domain.catalogue.DropdownOption;
import org.doctoronboarding.domain.catalogue.DropdownStatus;
import org.doctoronboarding.domain.catalogue.OptionText;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.Profile;
import org.doctoronboarding.domain.doctor.ProfileField;

/**
 * The dropdown catalogue. Staff-made options are approved at once; doctors' proposals, including profile
 * values that match no approved option, wait as {@code pending} for review.
 */
public final class CatalogueService implements CatalogueUseCase {

    /** The maximum number of ids in one bulk review. */
    public static final int MAX_BULK_IDS = 200;

    private static final Set<String> CREATE_FIELDS = Set.of("field_name", "value", "label", "display_order");
    private static final Set<String> EDIT_FIELDS = Set.of("label", "display_order", "review_notes");

    private final DropdownOptionRepository options;
    private final OptionMatcher matcher;
    private final TransactionRunner transactions;
    private final Clock clock;

    public CatalogueService(DropdownOptionRepository options, OptionMatcher matcher, TransactionRunner transactions,
            Clock clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Finds the approved option a phrase means, if any; the seam for a smarter matcher. */
    @FunctionalInterface
    public interface OptionMatcher {

        /** Returns the approved value the phrase means, or empty when none matches with confidence. */
        Optional<String> match(DropdownField field, String phrase, Collection<String> approvedValues);

        /** Matches with the standard catalogue matcher: synonyms, spellings, role nouns and small typos. */
        static OptionMatcher standard() {
            CatalogueMatcher matcher = CatalogueMatcher.standard();
            return (field, phrase, approved) -> matcher.match(field, phrase, approved).map(CatalogueMatch::value);
        }

        /** Matches when the identity keys are equal: same text apart from case, spacing and punctuation. */
        static OptionMatcher exact() {
            return (field, phrase, approved) -> approved.stream()
                    .filter(value -> OptionText.key(value).equals(OptionText.key(phrase)))
                    .findFirst();
        }
    }

    @Override
    public Map<DropdownField, List<DropdownOption>> approvedOptions() {
        return options.approved();
    }

    @Override
    public List<DropdownOption> approvedOptions(String fieldName) {
        DropdownField field = DropdownField.find(fieldName).orElseThrow(() -> new NotFoundException(
                "DROPDOWN_FIELD_NOT_FOUND", "'" + fieldName + "' is not a dropdown field; the fields are "
                        + String.join(", ", DropdownField.names()) + "."));
        return options.approved(field);
    }

    @Override
    public Proposal propose(String fieldName, Object value, Object label, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        DropdownField field = parseField(fieldName, errors);
        String cleanValue = text("value", value, true, errors);
        String cleanLabel = text("label", label, false, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        DropdownStatus status = actor.trusted() || actor.role().isStaff() ? DropdownStatus.APPROVED : DropdownStatus.PENDING;
        var option = new NewOption(field, cleanValue, cleanLabel, status, 0, actor.userId(), actor.email());
        var stored = transactions.inTransaction(() -> options.insertIfAbsent(option, now()));
        return new Proposal(stored.option(), stored.created());
    }

    @Override
    public List<DropdownOption> mySubmissions(Actor actor) {
        return actor.userId() == null ? List.of() : options.submittedBy(actor.userId());
    }

    @Override
    public StaffPage list(String fieldName, String status, String text, PageRequest page, Actor actor) {
        AccessRules.requireStaff(actor, "review dropdown options");
        List<FieldError> errors = new ArrayList<>();
        DropdownField field = fieldName == null ? null : parseField(fieldName, errors);
        DropdownStatus parsedStatus = null;
        if (status != null) {
            try {
                parsedStatus = DropdownStatus.parse("status", status);
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new StaffPage(options.list(field, parsedStatus, text, page), options.countPending());
    }

    @Override
    public DropdownOption get(long id, Actor actor) {
        AccessRules.requireStaff(actor, "review dropdown options");
        return load(id);
    }

    @Override
    public Proposal create(Map<String, Object> fields, Actor actor) {
        AccessRules.requireStaff(actor, "create dropdown options");
        List<FieldError> errors = new ArrayList<>();
        RequestFields.rejectUnknown(fields, CREATE_FIELDS, errors);
        DropdownField field = fields.get("field_name") instanceof String name ? parseField(name, errors) : null;
        if (!(fields.get("field_name") instanceof String)) {
            errors.add(new FieldError("field_name", "is required; use one of " + String.join(", ", DropdownField.names())));
        }
        String value = text("value", fields.get("value"), true, errors);
        String label = text("label", fields.get("label"), false, errors);
        int order = fields.containsKey("display_order") ? displayOrder(fields.get("display_order"), errors) : 0;
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var option = new NewOption(field, value, label, DropdownStatus.APPROVED, order, actor.userId(), actor.email());
        var stored = transactions.inTransaction(() -> options.insertIfAbsent(option, now()));
        return new Proposal(stored.option(), stored.created());
    }

    @Override
    public DropdownOption edit(long id, Map<String, Object> changes, Actor actor) {
        AccessRules.requireStaff(actor, "edit dropdown options");
        List<FieldError> errors = new ArrayList<>();
        RequestFields.rejectUnknown(changes, EDIT_FIELDS, errors);
        if (changes.isEmpty()) {
            errors.add(new FieldError("body", "names no field to change; send label, display_order or review_notes"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return transactions.inTransaction(() -> {
            DropdownOption current = load(id);
            String label = changes.containsKey("label") ? text("label", changes.get("label"), false, errors) : current.label();
            int order = changes.containsKey("display_order") ? displayOrder(changes.get("display_order"), errors) : current.displayOrder();
            String notes = changes.containsKey("review_notes") ? notes(changes.get("review_notes"), errors) : current.reviewNotes();
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            DropdownOption edited = current.edited(label, order, notes, now());
            save(edited, current.status());
            return edited;
        });
    }

    @Override
    public void delete(long id, Actor actor) {
        AccessRules.requireStaff(actor, "delete dropdown options");
        transactions.inTransaction(() -> {
            load(id).requireDeletable();
            if (!options.delete(id)) {
                throw notFound(id);
            }
            return null;
        });
    }

    @Override
    public DropdownOption approve(long id, String notes, Actor actor) {
        AccessRules.requireStaff(actor, "approve dropdown options");
        return review(id, option -> option.approve(actor, checkedNotes(notes), now()));
    }

    @Override
    public DropdownOption reject(long id, String notes, Actor actor) {
        AccessRules.requireStaff(actor, "reject dropdown options");
        return review(id, option -> option.reject(actor, checkedNotes(notes), now()));
    }

    @Override
    public List<BulkOutcome> approveAll(List<Long> ids, String notes, Actor actor) {
        AccessRules.requireStaff(actor, "approve dropdown options");
        return bulk(ids, id -> approve(id, notes, actor));
    }

    @Override
    public List<BulkOutcome> rejectAll(List<Long> ids, String notes, Actor actor) {
        AccessRules.requireStaff(actor, "reject dropdown options");
        return bulk(ids, id -> reject(id, notes, actor));
    }

    /**
     * Proposes, as pending options submitted by the actor, the values of dropdown fields in {@code profile}
     * that match no approved option. Only the named profile fields are looked at. Runs in the caller's
     * transaction.
     */
    public void proposeUnmatched(Profile profile, Collection<ProfileField> changed, Actor actor) {
        for (ProfileField profileField : changed) {
            Optional<DropdownField> field = dropdownFieldOf(profileField);
            if (field.isEmpty() || profile.get(profileField) == null) {
                continue;
            }
            List<String> approved = options.approved(field.get()).stream().map(DropdownOption::value).toList();
            for (String value : valuesOf(profile, profileField)) {
                if (proposable(value) && matcher.match(field.get(), value, approved).isEmpty()) {
                    options.insertIfAbsent(new NewOption(field.get(), OptionText.clean(value), null, DropdownStatus.PENDING,
                            0, actor.userId(), actor.email()), now());
                }
            }
        }
    }

    /**
     * Returns true for a profile value that could be an option: short enough for the catalogue and with at
     * least one letter or digit. Longer free text stays in the profile only.
     */
    private static boolean proposable(String value) {
        String clean = OptionText.clean(value);
        return clean.length() <= DropdownOption.MAX_VALUE_LENGTH && !OptionText.key(clean).isEmpty();
    }

    /** Returns the catalogue field a profile field draws from; the details column is spelt sub_specialities. */
    static Optional<DropdownField> dropdownFieldOf(ProfileField field) {
        return field == ProfileField.SUB_SPECIALITIES ? Optional.of(DropdownField.SUB_SPECIALTIES)
                : DropdownField.find(field.column());
    }

    private static Collection<String> valuesOf(Profile profile, ProfileField field) {
        Object value = profile.get(field);
        if (value instanceof String text) {
            return List.of(text);
        }
        return new LinkedHashSet<>(profile.strings(field));
    }

    private DropdownOption review(long id, java.util.function.UnaryOperator<DropdownOption> decision) {
        return transactions.inTransaction(() -> {
            DropdownOption current = load(id);
            DropdownOption reviewed = decision.apply(current);
            save(reviewed, current.status());
            return reviewed;
        });
    }

    private List<BulkOutcome> bulk(List<Long> ids, java.util.function.LongFunction<DropdownOption> action) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_BULK_IDS) {
            throw ValidationException.of("ids", "must list 1 to " + MAX_BULK_IDS + " option ids");
        }
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            try {
                DropdownOption updated = action.apply(id);
                outcomes.add(new BulkOutcome(id, "updated", updated.status().value()));
            } catch (NotFoundException e) {
                outcomes.add(new BulkOutcome(id, "not_found", null));
            } catch (ConflictException e) {
                outcomes.add(new BulkOutcome(id, "not_allowed", options.findById(id).map(o -> o.status().value()).orElse(null)));
            }
        }
        return outcomes;
    }

    private void save(DropdownOption option, DropdownStatus expected) {
        if (!options.update(option, expected)) {
            throw ConflictException.of("OPTION_CHANGED", "Option " + option.id()
                    + " was reviewed by another request; reload it and decide again.");
        }
    }

    private DropdownOption load(long id) {
        return options.findById(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("DROPDOWN_OPTION_NOT_FOUND", "Dropdown option " + id + " does not exist.");
    }

    private static DropdownField parseField(String name, List<FieldError> errors) {
        try {
            return DropdownField.parse(name);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static String text(String name, Object raw, boolean required, List<FieldError> errors) {
        if (raw == null) {
            if (required) {
                errors.add(new FieldError(name, "is required"));
            }
            return null;
        }
        if (!(raw instanceof String string)) {
            errors.add(new FieldError(name, "must be a string"));
            return null;
        }
        String clean = OptionText.clean(string);
        if (clean.isEmpty()) {
            if (required) {
                errors.add(new FieldError(name, "must not be blank"));
            }
            return null;
        }
        if (clean.length() > DropdownOption.MAX_VALUE_LENGTH) {
            errors.add(new FieldError(name, "is " + clean.length() + " characters long; the maximum is "
                    + DropdownOption.MAX_VALUE_LENGTH));
            return null;
        }
        if (OptionText.key(clean).isEmpty()) {
            errors.add(new FieldError(name, "'" + clean + "' has no letters or digits"));
            return null;
        }
        return clean;
    }

    private static int displayOrder(Object raw, List<FieldError> errors) {
        if (raw instanceof Integer order && order >= 0 && order <= 100_000) {
            return order;
        }
        errors.add(new FieldError("display_order", "must be a whole number from 0 to 100000"));
        return 0;
    }

    private static String notes(Object raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String text)) {
            errors.add(new FieldError("review_notes", "must be a string"));
            return null;
        }
        if (text.length() > DropdownOption.MAX_NOTES_LENGTH) {
            errors.add(new FieldError("review_notes", "is " + text.length() + " characters long; the maximum is "
                    + DropdownOption.MAX_NOTES_LENGTH));
            return null;
        }
        return text.isBlank() ? null : text.strip();
    }

    private static String checkedNotes(String notes) {
        if (notes != null && notes.length() > DropdownOption.MAX_NOTES_LENGTH) {
            throw ValidationException.of("notes", "is " + notes.length() + " characters long; the maximum is "
                    + DropdownOption.MAX_NOTES_LENGTH);
        }
        return notes;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
