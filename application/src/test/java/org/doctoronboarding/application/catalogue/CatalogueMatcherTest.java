package org.doctoronboarding.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.junit.jupiter.api.Test;

class CatalogueMatcherTest {

    private final CatalogueMatcher standard = CatalogueMatcher.standard();

    @Test
    void match_aliasOfUnapprovedValue_returnsEmpty() {
        List<String> approvedWithoutBangalore = List.of("Mumbai", "Delhi", "Chennai", "Bengal Tiger Reserve");

        Optional<CatalogueMatch> match = standard.match(DropdownField.PRIMARY_PRACTICE_LOCATION, "Bengaluru",
                approvedWithoutBangalore);

        assertThat(match).isEmpty();
    }

    @Test
    void match_aliasOfApprovedValue_returnsCanonicalSpelling() {
        Optional<CatalogueMatch> match = standard.match(DropdownField.PRIMARY_PRACTICE_LOCATION, "Bengaluru",
                List.of("Mumbai", "Bangalore"));

        assertThat(match).map(CatalogueMatch::value).contains("Bangalore");
    }

    @Test
    void match_aliasApprovedAsValue_returnsIt() {
        Optional<CatalogueMatch> match = standard.match(DropdownField.PRIMARY_PRACTICE_LOCATION, "Bengaluru",
                List.of("Bangalore", "Bengaluru"));

        assertThat(match).map(CatalogueMatch::value).contains("Bengaluru");
    }

    @Test
    void match_typoNearTwoValues_returnsEmpty() {
        Optional<CatalogueMatch> match = standard.match(DropdownField.PRIMARY_PRACTICE_LOCATION, "Naipur",
                List.of("Jaipur", "Raipur"));

        assertThat(match).isEmpty();
    }

    @Test
    void match_typoCloseToOneValue_returnsIt() {
        Optional<CatalogueMatch> match = standard.match(DropdownField.PRIMARY_PRACTICE_LOCATION, "Naipur",
                List.of("Jaipur", "Udaipur"));

        assertThat(match).map(CatalogueMatch::value).contains("Jaipur");
    }

    @Test
    void match_phraseNamingTwoValues_returnsEmpty() {
        Optional<CatalogueMatch> match = standard.match(DropdownField.LANGUAGES_SPOKEN, "Hindi, English",
                List.of("English", "Hindi"));

        assertThat(match).isEmpty();
    }

    @Test
    void match_sameAliasForTwoValues_returnsEmpty() {
        CatalogueMatcher matcher = matcherWith(
                "specialty | Cardiology | Heart doctor",
                "specialty | Cardiothoracic Surgery | Heart doctor");

        Optional<CatalogueMatch> match = matcher.match(DropdownField.SPECIALTY, "Heart doctor",
                List.of("Cardiology", "Cardiothoracic Surgery"));

        assertThat(match).isEmpty();
    }

    @Test
    void match_sharedAliasOneApproved_returnsIt() {
        CatalogueMatcher matcher = matcherWith(
                "specialty | Cardiology | Heart doctor",
                "specialty | Cardiothoracic Surgery | Heart doctor");

        Optional<CatalogueMatch> match = matcher.match(DropdownField.SPECIALTY, "Heart doctor", List.of("Cardiology"));

        assertThat(match).map(CatalogueMatch::value).contains("Cardiology");
    }

    @Test
    void match_aliasOfOtherField_returnsEmpty() {
        Optional<CatalogueMatch> match = standard.match(DropdownField.SPECIALTY, "Bombay", List.of("Mumbai"));

        assertThat(match).isEmpty();
    }

    @Test
    void match_sameIdentityKey_scoresOne() {
        Optional<CatalogueMatch> match = standard.match(DropdownField.QUALIFICATIONS, "m.b.b.s.",
                List.of("MBBS", "MD"));

        assertThat(match).contains(new CatalogueMatch("MBBS", 1.0));
    }

    @Test
    void match_weakerEvidence_scoresLower() {
        List<String> approved = List.of("Cardiology", "Neurology");

        double exact = score(DropdownField.SPECIALTY, "Cardiology", approved);
        double roleNoun = score(DropdownField.SPECIALTY, "Cardiologist", approved);
        double withTitle = score(DropdownField.SPECIALTY, "Senior Consultant Cardiologist", approved);
        double typo = score(DropdownField.SPECIALTY, "Cardiolgy", approved);
        double contained = score(DropdownField.SPECIALTY, "Cardiology at Apollo Hospitals", approved);

        assertThat(exact).isEqualTo(1.0);
        assertThat(roleNoun).isLessThan(exact);
        assertThat(withTitle).isLessThan(roleNoun);
        assertThat(typo).isLessThan(withTitle);
        assertThat(contained).isLessThan(typo).isPositive();
    }

    @Test
    void match_shortAbbreviationOneEditAway_returnsEmpty() {
        List<String> approved = List.of("MD", "MS", "DM", "MCh");

        assertThat(standard.match(DropdownField.QUALIFICATIONS, "MF", approved)).isEmpty();
        assertThat(standard.match(DropdownField.QUALIFICATIONS, "MDD", approved)).isEmpty();
        assertThat(standard.match(DropdownField.SPECIALTY, "MD", List.of("Cardiology"))).isEmpty();
    }

    @Test
    void match_longAbbreviationOneEditAway_returnsEmpty() {
        Optional<CatalogueMatch> match = standard.match(DropdownField.PROFESSIONAL_MEMBERSHIPS, "IADVI",
                SeededCatalogue.approvedValues(DropdownField.PROFESSIONAL_MEMBERSHIPS));

        assertThat(match).isEmpty();
    }

    @Test
    void match_wholePhraseAliasInside_returnsEmpty() {
        List<String> approved = SeededCatalogue.approvedValues(DropdownField.PROCEDURES_PERFORMED);

        assertThat(standard.match(DropdownField.PROCEDURES_PERFORMED, "Angiography", approved))
                .map(CatalogueMatch::value).contains("Coronary angiography");
        assertThat(standard.match(DropdownField.PROCEDURES_PERFORMED, "Cerebral angiography", approved)).isEmpty();
    }

    @Test
    void match_blockedPhrase_returnsEmpty() {
        List<String> approved = List.of("Tennis", "Badminton");

        assertThat(standard.match(DropdownField.QUALITY_TIME_INTERESTS, "Table tennis", approved)).isEmpty();
        assertThat(standard.match(DropdownField.QUALITY_TIME_INTERESTS, "Lawn tennis", approved))
                .map(CatalogueMatch::value).contains("Tennis");
    }

    @Test
    void match_blankOrNullPhrase_returnsEmpty() {
        List<String> approved = List.of("Cardiology");

        assertThat(standard.match(DropdownField.SPECIALTY, null, approved)).isEmpty();
        assertThat(standard.match(DropdownField.SPECIALTY, "  ", approved)).isEmpty();
        assertThat(standard.match(DropdownField.SPECIALTY, "Dept. of", approved)).isEmpty();
    }

    @Test
    void match_noApprovedValues_returnsEmpty() {
        assertThat(standard.match(DropdownField.SPECIALTY, "Cardiology", List.of())).isEmpty();
    }

    @Test
    void match_indicScript_matchesLanguage() {
        Optional<CatalogueMatch> match = standard.match(DropdownField.LANGUAGES_SPOKEN, "മലയാളം",
                List.of("Malayalam", "Tamil"));

        assertThat(match).map(CatalogueMatch::value).contains("Malayalam");
    }

    @Test
    void parse_unknownField_namesLine() {
        assertThatThrownBy(() -> SynonymTable.parse("test.txt", List.of("# header", "speciality | Cardiology | Heart")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.txt line 2")
                .hasMessageContaining("'speciality' is not a dropdown field");
    }

    @Test
    void parse_missingColumn_namesLine() {
        assertThatThrownBy(() -> SynonymTable.parse("test.txt", List.of("specialty | Cardiology")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.txt line 1")
                .hasMessageContaining("expected 3 columns");
    }

    @Test
    void parse_emptyAlias_namesLine() {
        assertThatThrownBy(() -> SynonymTable.parse("test.txt", List.of("specialty | Cardiology | Heart;; Cardiac")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.txt line 1")
                .hasMessageContaining("empty entry");
    }

    @Test
    void catalogueMatch_scoreOutsideRange_isRejected() {
        assertThatThrownBy(() -> new CatalogueMatch("MBBS", 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CatalogueMatch("MBBS", 1.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CatalogueMatch(" ", 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private double score(DropdownField field, String phrase, List<String> approved) {
        return standard.match(field, phrase, approved).map(CatalogueMatch::score).orElseThrow(
                () -> new AssertionError("no match for '" + phrase + "' among " + approved));
    }

    private static CatalogueMatcher matcherWith(String... lines) {
        return new CatalogueMatcher(SynonymTable.parse("test synonyms", List.of(lines)));
    }
}
