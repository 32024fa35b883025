package org.doctoronboarding.domain.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.doctoronboarding.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileValuesTest {

    private static final int CURRENT_YEAR = 2025;

    private static Object normalise(ProfileField field, Object raw) {
        return ProfileValues.normalise(field, raw, CURRENT_YEAR);
    }

    private static ValidationException rejection(ProfileField field, Object raw) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> normalise(field, raw));
        assertThat(thrown).as("ValidationException for %s = %s", field.column(), raw).isNotNull();
        return thrown;
    }

    @ParameterizedTest
    @EnumSource(ProfileField.class)
    void normalise_null_returnsNullForEveryField(ProfileField field) {
        assertThat(normalise(field, null)).isNull();
    }

    // TEXT

    @Test
    void text_collapsesWhitespace() {
        Object value = normalise(ProfileField.SPECIALTY, "  Interventional \t  Cardiology\n");

        assertThat(value).isEqualTo("Interventional Cardiology");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "\t\n"})
    void text_blank_returnsNull(String raw) {
        assertThat(normalise(ProfileField.FULL_NAME, raw)).isNull();
    }

    @Test
    void text_maxLength_isAccepted() {
        String raw = "c".repeat(100);

        assertThat(normalise(ProfileField.SPECIALTY, raw)).isEqualTo(raw);
    }

    @Test
    void text_overMaxLength_isRejectedWithLimit() {
        ValidationException thrown = rejection(ProfileField.SPECIALTY, "c".repeat(101));

        assertThat(thrown.errors()).extracting("field").containsExactly("specialty");
        assertThat(thrown.errors().getFirst().message()).contains("101").contains("100");
    }

    @Test
    void text_lengthIsCheckedAfterCollapsing() {
        String raw = "c".repeat(49) + "     " + "c".repeat(50);

        Object value = normalise(ProfileField.SPECIALTY, raw);

        assertThat((String) value).hasSize(100);
    }

    static Stream<Arguments> textLimits() {
        return Stream.of(
                Arguments.of(ProfileField.FULL_NAME, 200),
                Arguments.of(ProfileField.PRIMARY_PRACTICE_LOCATION, 100),
                Arguments.of(ProfileField.PRACTICE_SEGMENTS, 50),
                Arguments.of(ProfileField.SPECIALITY, 100),
                Arguments.of(ProfileField.REGISTRATION_NUMBER, 100),
                Arguments.of(ProfileField.MEDICAL_COUNCIL, 200),
                Arguments.of(ProfileField.REGISTRATION_AUTHORITY, 100));
    }

    @ParameterizedTest(name = "{0} max {1}")
    @MethodSource("textLimits")
    void text_limitMatchesColumnLength(ProfileField field, int maxLength) {
        assertThat(normalise(field, "x".repeat(maxLength))).isEqualTo("x".repeat(maxLength));

        ValidationException thrown = rejection(field, "x".repeat(maxLength + 1));

        assertThat(thrown.errors()).extracting("field").containsExactly(field.column());
    }

    @Test
    void text_numberGiven_isRejectedNamingField() {
        ValidationException thrown = rejection(ProfileField.REGISTRATION_NUMBER, 12345);

        assertThat(thrown.errors()).extracting("field").containsExactly("registration_number");
        assertThat(thrown.errors().getFirst().message()).contains("must be a string");
    }

    @Test
    void text_listGiven_isRejectedNamingField() {
        ValidationException thrown = rejection(ProfileField.SPECIALTY, List.of("Cardiology"));

        assertThat(thrown.errors().getFirst().field()).isEqualTo("specialty");
        assertThat(thrown.errors().getFirst().message()).contains("an array");
    }

    @Test
    void gender_writtenForm_isStoredLowerCase() {
        assertThat(normalise(ProfileField.GENDER, " Female ")).isEqualTo("female");
    }

    @Test
    void gender_unknownValue_isRejectedOnGender() {
        ValidationException thrown = rejection(ProfileField.GENDER, "unknown");

        assertThat(thrown.errors()).extracting("field").containsExactly("gender");
    }

    // LONG_TEXT

    @Test
    void longText_keepsInnerLineBreaks() {
        Object value = normalise(ProfileField.ABOUT_ME, "\n  First paragraph.\n\nSecond  paragraph.  ");

        assertThat(value).isEqualTo("First paragraph.\n\nSecond  paragraph.");
    }

    @Test
    void longText_blank_returnsNull() {
        assertThat(normalise(ProfileField.APPROACH_TO_CARE, " \n ")).isNull();
    }

    @Test
    void longText_overMaxLength_isRejected() {
        ValidationException thrown = rejection(ProfileField.PROFESSIONAL_OVERVIEW, "o".repeat(ProfileValues.MAX_LONG_TEXT + 1));

        assertThat(thrown.errors()).extracting("field").containsExactly("professional_overview");
        assertThat(thrown.errors().getFirst().message()).contains("10000");
    }

    @Test
    void longText_maxLength_isAccepted() {
        String raw = "o".repeat(ProfileValues.MAX_LONG_TEXT);

        assertThat(normalise(ProfileField.PROFESSIONAL_OVERVIEW, raw)).isEqualTo(raw);
    }

    @Test
    void longText_objectGiven_isRejected() {
        ValidationException thrown = rejection(ProfileField.ABOUT_ME, Map.of("text", "hello"));

        assertThat(thrown.errors()).extracting("field").containsExactly("about_me");
        assertThat(thrown.errors().getFirst().message()).contains("an object");
    }

    // INTEGER: years

    @ParameterizedTest
    @EnumSource(value = ProfileField.class, names = {"YEAR_OF_MBBS", "YEAR_OF_SPECIALISATION", "REGISTRATION_YEAR"})
    void year_boundsAreInclusive(ProfileField field) {
        assertThat(normalise(field, 1940)).isEqualTo(1940);
        assertThat(normalise(field, CURRENT_YEAR)).isEqualTo(CURRENT_YEAR);
    }

    @ParameterizedTest
    @EnumSource(value = ProfileField.class, names = {"YEAR_OF_MBBS", "YEAR_OF_SPECIALISATION", "REGISTRATION_YEAR"})
    void year_inFuture_isRejected(ProfileField field) {
        ValidationException thrown = rejection(field, CURRENT_YEAR + 1);

        assertThat(thrown.errors()).extracting("field").containsExactly(field.column());
        assertThat(thrown.errors().getFirst().message()).contains("2026").contains("not in the future");
    }

    @ParameterizedTest
    @EnumSource(value = ProfileField.class, names = {"YEAR_OF_MBBS", "YEAR_OF_SPECIALISATION", "REGISTRATION_YEAR"})
    void year_before1940_isRejected(ProfileField field) {
        ValidationException thrown = rejection(field, 1939);

        assertThat(thrown.errors()).extracting("field").containsExactly(field.column());
        assertThat(thrown.errors().getFirst().message()).contains("1939").contains("1940");
    }

    @Test
    void year_stringGiven_isRejected() {
        ValidationException thrown = rejection(ProfileField.YEAR_OF_MBBS, "2005");

        assertThat(thrown.errors()).extracting("field").containsExactly("year_of_mbbs");
        assertThat(thrown.errors().getFirst().message()).contains("whole number").contains("'2005'");
    }

    @Test
    void year_wholeDouble_isAccepted() {
        assertThat(normalise(ProfileField.YEAR_OF_MBBS, 2005.0)).isEqualTo(2005);
    }

    @Test
    void year_fractionalNumber_isRejected() {
        ValidationException thrown = rejection(ProfileField.YEAR_OF_MBBS, 2005.5);

        assertThat(thrown.errors().getFirst().message()).contains("whole number");
    }

    @Test
    void year_longAndBigInteger_areAccepted() {
        assertThat(normalise(ProfileField.REGISTRATION_YEAR, 2010L)).isEqualTo(2010);
        assertThat(normalise(ProfileField.REGISTRATION_YEAR, BigInteger.valueOf(2011))).isEqualTo(2011);
    }

    @Test
    void year_booleanGiven_isRejected() {
        ValidationException thrown = rejection(ProfileField.YEAR_OF_SPECIALISATION, true);

        assertThat(thrown.errors().getFirst().message()).contains("the boolean true");
    }

    // INTEGER: experience

    @ParameterizedTest
    @EnumSource(value = ProfileField.class,
            names = {"YEARS_OF_CLINICAL_EXPERIENCE", "YEARS_POST_SPECIALISATION", "YEARS_OF_EXPERIENCE"})
    void experience_zeroToSeventy_isAccepted(ProfileField field) {
        assertThat(normalise(field, 0)).isEqualTo(0);
        assertThat(normalise(field, 70)).isEqualTo(70);
    }

    @ParameterizedTest
    @EnumSource(value = ProfileField.class,
            names = {"YEARS_OF_CLINICAL_EXPERIENCE", "YEARS_POST_SPECIALISATION", "YEARS_OF_EXPERIENCE"})
    void experience_outsideRange_isRejected(ProfileField field) {
        ValidationException above = rejection(field, 71);
        ValidationException below = rejection(field, -1);

        assertThat(above.errors()).extracting("field").containsExactly(field.column());
        assertThat(above.errors().getFirst().message()).contains("71").contains("70");
        assertThat(below.errors().getFirst().message()).contains("-1");
    }

    @Test
    void experience_hugeNumber_isRejected() {
        ValidationException thrown = rejection(ProfileField.YEARS_OF_EXPERIENCE, 1e12);

        assertThat(thrown.errors()).extracting("field").containsExactly("years_of_experience");
    }

    // DECIMAL: consultation fee

    @Test
    void fee_decimal_isStoredWithoutTrailingZeros() {
        Object value = normalise(ProfileField.CONSULTATION_FEE, 500.50);

        assertThat(value).isEqualTo(new BigDecimal("500.5"));
    }

    @Test
    void fee_wholeNumber_keepsItsValue() {
        Object value = normalise(ProfileField.CONSULTATION_FEE, 800);

        assertThat((BigDecimal) value).isEqualByComparingTo("800");
    }

    @Test
    void fee_zeroAndMaximum_areAccepted() {
        assertThat((BigDecimal) normalise(ProfileField.CONSULTATION_FEE, 0)).isEqualByComparingTo("0");
        assertThat((BigDecimal) normalise(ProfileField.CONSULTATION_FEE, 1_000_000)).isEqualByComparingTo("1000000");
    }

    @Test
    void fee_negative_isRejected() {
        ValidationException thrown = rejection(ProfileField.CONSULTATION_FEE, -1);

        assertThat(thrown.errors()).extracting("field").containsExactly("consultation_fee");
        assertThat(thrown.errors().getFirst().message()).contains("-1").contains("1000000");
    }

    @Test
    void fee_aboveMaximum_isRejected() {
        ValidationException thrown = rejection(ProfileField.CONSULTATION_FEE, new BigDecimal("1000000.01"));

        assertThat(thrown.errors().getFirst().message()).contains("1000000.01");
    }

    @Test
    void fee_stringGiven_isRejected() {
        ValidationException thrown = rejection(ProfileField.CONSULTATION_FEE, "800");

        assertThat(thrown.errors()).extracting("field").containsExactly("consultation_fee");
        assertThat(thrown.errors().getFirst().message()).contains("must be a number");
    }

    // STRING_LIST

    @Test
    void list_trimsCollapsesAndDropsBlanks() {
        Object value = normalise(ProfileField.QUALIFICATIONS, List.of("  MBBS ", "", "MD   (General  Medicine)", "   "));

        assertThat(value).isEqualTo(List.of("MBBS", "MD (General Medicine)"));
    }

    @Test
    void list_duplicatesIgnoringCase_keepFirstSpelling() {
        Object value = normalise(ProfileField.LANGUAGES_SPOKEN, List.of("English", "hindi", "ENGLISH", "Hindi ", "Kannada"));

        assertThat(value).isEqualTo(List.of("English", "hindi", "Kannada"));
    }

    @Test
    void list_onlyBlanks_returnsEmptyList() {
        Object value = normalise(ProfileField.FELLOWSHIPS, List.of(" ", ""));

        assertThat(value).isEqualTo(List.of());
    }

    @Test
    void list_maxItems_isAccepted() {
        Object value = normalise(ProfileField.CONDITIONS_TREATED, numberedItems(ProfileValues.MAX_LIST_ITEMS));

        assertThat((List<?>) value).hasSize(100);
    }

    @Test
    void list_overMaxItems_isRejected() {
        ValidationException thrown = rejection(ProfileField.CONDITIONS_TREATED, numberedItems(101));

        assertThat(thrown.errors()).extracting("field").containsExactly("conditions_treated");
        assertThat(thrown.errors().getFirst().message()).contains("101").contains("100");
    }

    @Test
    void list_limitCountsDistinctItems() {
        List<String> items = new ArrayList<>(numberedItems(100));
        items.add("ITEM 1");
        items.add("  ");

        Object value = normalise(ProfileField.CONDITIONS_TREATED, items);

        assertThat((List<?>) value).hasSize(100);
    }

    @Test
    void list_itemOverMaxLength_isRejected() {
        ValidationException thrown = rejection(ProfileField.PUBLICATIONS,
                List.of("short", "p".repeat(ProfileValues.MAX_LIST_ITEM_LENGTH + 1)));

        assertThat(thrown.errors()).extracting("field").containsExactly("publications");
        assertThat(thrown.errors().getFirst().message()).contains("item 1").contains("500");
    }

    @Test
    void list_objectGiven_isRejected() {
        ValidationException thrown = rejection(ProfileField.QUALIFICATIONS, Map.of("degree", "MBBS"));

        assertThat(thrown.errors()).extracting("field").containsExactly("qualifications");
        assertThat(thrown.errors().getFirst().message()).contains("array of strings").contains("an object");
    }

    @Test
    void list_stringGiven_isRejected() {
        ValidationException thrown = rejection(ProfileField.QUALIFICATIONS, "MBBS, MD");

        assertThat(thrown.errors().getFirst().message()).contains("'MBBS, MD'");
    }

    @Test
    void list_numberItem_isRejectedWithIndex() {
        ValidationException thrown = rejection(ProfileField.LANGUAGES_SPOKEN, Arrays.asList("English", 7));

        assertThat(thrown.errors().getFirst().message()).contains("item 1 must be a string");
    }

    @Test
    void list_nullItem_isRejectedWithIndex() {
        ValidationException thrown = rejection(ProfileField.LANGUAGES_SPOKEN, Arrays.asList("English", null));

        assertThat(thrown.errors()).extracting("field").containsExactly("languages_spoken");
        assertThat(thrown.errors().getFirst().message()).contains("item 1");
    }

    @ParameterizedTest
    @EnumSource(value = ProfileField.class, mode = EnumSource.Mode.MATCH_ALL, names = ".*")
    void everyField_wrongJsonType_namesField(ProfileField field) {
        Object wrongValue = switch (field.kind()) {
            case TEXT, LONG_TEXT -> 42;
            case INTEGER, DECIMAL -> "42";
            case STRING_LIST, OBJECT_LIST -> Map.of("key", "value");
            case OBJECT -> List.of("value");
        };

        ValidationException thrown = rejection(field, wrongValue);

        assertThat(thrown.errors()).extracting("field").containsExactly(field.column());
    }

    // OBJECT_LIST and OBJECT

    @Test
    void objectList_copiesObjects() {
        Map<String, Object> seed = new LinkedHashMap<>();
        seed.put("topic", "Heart health after 40");
        seed.put("format", "video");

        Object value = normalise(ProfileField.CONTENT_SEEDS, List.of(seed));

        assertThat(value).isEqualTo(List.of(Map.of("topic", "Heart health after 40", "format", "video")));
    }

    @Test
    void objectList_stringItem_isRejected() {
        ValidationException thrown = rejection(ProfileField.CONTENT_SEEDS, List.of("Heart health"));

        assertThat(thrown.errors()).extracting("field").containsExactly("content_seeds");
        assertThat(thrown.errors().getFirst().message()).contains("item 0 must be an object");
    }

    @Test
    void objectList_nullItem_isRejectedWithIndex() {
        ValidationException thrown = rejection(ProfileField.CONTENT_SEEDS, Arrays.asList(Map.of("topic", "t"), null));

        assertThat(thrown.errors()).extracting("field").containsExactly("content_seeds");
        assertThat(thrown.errors().getFirst().message()).contains("item 1");
    }

    @Test
    void objectList_overMaxItems_isRejected() {
        List<Map<String, Object>> seeds = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            seeds.add(Map.of("topic", "t" + i));
        }

        ValidationException thrown = rejection(ProfileField.CONTENT_SEEDS, seeds);

        assertThat(thrown.errors().getFirst().message()).contains("101");
    }

    @Test
    void object_blankKey_isRejected() {
        ValidationException thrown = rejection(ProfileField.EXTERNAL_LINKS, Map.of(" ", "https://example.com"));

        assertThat(thrown.errors()).extracting("field").containsExactly("external_links");
        assertThat(thrown.errors().getFirst().message()).contains("keys");
    }

    @Test
    void object_links_areCopied() {
        Object value = normalise(ProfileField.EXTERNAL_LINKS, Map.of("linkedin", "https://www.linkedin.com/in/asha"));

        assertThat(value).isEqualTo(Map.of("linkedin", "https://www.linkedin.com/in/asha"));
    }

    @Test
    void collapseSpaces_stripsAndJoinsRuns() {
        assertThat(ProfileValues.collapseSpaces("\t Asha \n  Rao ")).isEqualTo("Asha Rao");
    }

    private static List<String> numberedItems(int count) {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add("Item " + i);
        }
        return items;
    }
}
