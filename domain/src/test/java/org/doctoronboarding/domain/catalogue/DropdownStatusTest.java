package org.doctoronboarding.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.doctoronboarding.domain.ValidationException;
import org.junit.jupiter.api.Test;

class DropdownStatusTest {

    @Test
    void parse_storedValues_returnStatuses() {
        assertThat(DropdownStatus.parse("status", "approved")).isEqualTo(DropdownStatus.APPROVED);
        assertThat(DropdownStatus.parse("status", "pending")).isEqualTo(DropdownStatus.PENDING);
        assertThat(DropdownStatus.parse("status", "rejected")).isEqualTo(DropdownStatus.REJECTED);
    }

    @Test
    void parse_unknownValue_namesTheStatuses() {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> DropdownStatus.parse("status", "draft"));

        assertThat(thrown.errors().getFirst().field()).isEqualTo("status");
        assertThat(thrown.errors().getFirst().message()).contains("'draft'").contains("approved, pending or rejected");
    }
}
