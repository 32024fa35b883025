package org.doctoronboarding.domain.catalogue;

import java.util.Arrays;
import org.doctoronboarding.domain.ValidationException;

/** Review state of a dropdown option: only approved options are offered to doctors. */
public enum DropdownStatus {
    APPROVED("approved"),
    PENDING("pending"),
    REJECTED("rejected");

    private final String value;

    DropdownStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static DropdownStatus parse(String field, String raw) {
        return Arrays.stream(values()).filter(status -> status.value.equals(raw)).findFirst()
                .orElseThrow(() -> ValidationException.of(field, "'" + raw + "' is not a status; use approved, pending or rejected"));
    }
}
