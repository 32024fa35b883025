package org.doctoronboarding.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the matcher over the phrases of {@code matcher_cases.csv} against the seeded catalogue. */
class CatalogueMatcherCasesTest {

    private static final int MINIMUM_CASES = 170;
    private static final int MINIMUM_FIELDS = 8;

    private final CatalogueMatcher matcher = CatalogueMatcher.standard();

    static Stream<MatcherCase> cases() {
        return MatcherCase.readAll().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void match_unambiguousCase_returnsExpectedValue(MatcherCase matcherCase) {
        assumeTrue(matcherCase.unambiguous(), "ambiguous rows only count towards the precision summary");

        Optional<String> matched = matchedValue(matcherCase);

        assertThat(matched).as(matcherCase.toString()).isEqualTo(matcherCase.expected());
    }

    @Test
    void cases_expectedValues_areSeeded() {
        for (MatcherCase matcherCase : MatcherCase.readAll()) {
            matcherCase.expected().ifPresent(expected -> assertThat(SeededCatalogue.approvedValues(matcherCase.field()))
                    .as("%s names a value that the V1 migration does not seed", matcherCase)
                    .contains(expected));
        }
    }

    @Test
    void cases_file_coversEnoughRowsAndFields() {
        List<MatcherCase> cases = MatcherCase.readAll();
        Set<DropdownField> fields = cases.stream().map(MatcherCase::field).collect(Collectors.toSet());

        assertThat(cases).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);
        assertThat(fields).hasSizeGreaterThanOrEqualTo(MINIMUM_FIELDS);
        assertThat(cases).anyMatch(matcherCase -> matcherCase.expected().isEmpty());
    }

    @Test
    void summary_unambiguousRows_allCorrect() {
        List<MatcherCase> cases = MatcherCase.readAll();
        Score all = Score.empty();
        Score unambiguous = Score.empty();

        for (MatcherCase matcherCase : cases) {
            Optional<String> matched = matchedValue(matcherCase);
            all = all.add(matcherCase, matched);
            if (matcherCase.unambiguous()) {
                unambiguous = unambiguous.add(matcherCase, matched);
            }
        }

        System.out.printf("CatalogueMatcher on %d cases: precision %.3f (%d of %d matches correct);"
                        + " unambiguous rows: precision %.3f, recall %.3f (%d of %d expected values found)%n",
                cases.size(), all.precision(), all.correct(), all.returned(), unambiguous.precision(),
                unambiguous.recall(), unambiguous.found(), unambiguous.expected());
        assertThat(unambiguous.precision()).as("precision on unambiguous rows").isEqualTo(1.0);
        assertThat(unambiguous.recall()).as("recall on unambiguous rows").isEqualTo(1.0);
    }

    private Optional<String> matchedValue(MatcherCase matcherCase) {
        List<String> approved = SeededCatalogue.approvedValues(matcherCase.field());
        return matcher.match(matcherCase.field(), matcherCase.phrase(), approved).map(CatalogueMatch::value);
    }

    /**
     * Counts for precision (correct of returned matches) and recall (expected values found).
     *
     * @param returned rows where the matcher returned a value
     * @param correct rows where that value was the expected one
     * @param expected rows that name an expected value
     * @param found rows where the expected value was returned
     */
    private record Score(int returned, int correct, int expected, int found) {

        static Score empty() {
            return new Score(0, 0, 0, 0);
        }

        Score add(MatcherCase matcherCase, Optional<String> matched) {
            boolean right = matched.isPresent() && matched.equals(matcherCase.expected());
            return new Score(returned + (matched.isPresent() ? 1 : 0), correct + (right ? 1 : 0),
                    expected + (matcherCase.expected().isPresent() ? 1 : 0), found + (right ? 1 : 0));
        }

        double precision() {
            return returned == 0 ? 1.0 : (double) correct / returned;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) found / expected;
        }
    }
}
