package org.doctoronboarding.adapter.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    @ParameterizedTest
    @CsvSource({
            "Paediatrician, Pediatrics",
            "Pediatrician, Pediatrics",
            "Cardiologist, Cardiology",
            "Orthopaedic Surgeon, Orthopedics",
            "Orthopedic Surgeon, Orthopedics",
            "Obstetrician & Gynaecologist, Gynecology",
            "Family Physician, Family Medicine",
            "Anaesthetist, Anesthesiology",
            "ENT Surgeon, ENT",
            "Diabetologist, Endocrinology"})
    void specialtyTerms_mapToCatalogueValues(String term, String specialty) {
        assertThat(vocabulary.specialtyOf(term)).contains(specialty);
    }

    @ParameterizedTest
    @CsvSource({"M.B.B.S., MBBS", "MBBS, MBBS", "M.D., MD", "M.S., MS", "M.Ch., MCh", "D.N.B., DNB", "F.R.C.S., FRCS"})
    void writtenDegrees_mapToAbbreviations(String written, String degree) {
        assertThat(vocabulary.degreeOf(written)).contains(degree);
    }

    @Test
    void degrees_matchCaseSensitively() {
        assertThat(vocabulary.degrees().findAll("ms word and md5 sums")).isEmpty();
    }

    @Test
    void degreeList_readsDottedAndBracketedForms() {
        assertThat(vocabulary.degrees().findAll("M.B.B.S., M.D. (Paed.), M.S. (Ortho), DNB - Orthopaedics"))
                .extracting(TermMatcher.Hit::canonical)
                .containsExactly("MBBS", "MD", "MS", "DNB");
    }

    @Test
    void dottedDiploma_isNotReadAsDm() {
        assertThat(vocabulary.degrees().findAll("D.M.R.D."))
                .extracting(TermMatcher.Hit::canonical)
                .containsExactly("DMRD");
    }

    @ParameterizedTest
    @CsvSource({
            "KMC, Karnataka Medical Council",
            "MMC, Maharashtra Medical Council",
            "DMC, Delhi Medical Council",
            "TNMC, Tamil Nadu Medical Council",
            "Kerala, Kerala State Medical Council",
            "U.P., Uttar Pradesh Medical Council"})
    void councilAbbreviationsAndStates_mapToFullNames(String written, String council) {
        assertThat(vocabulary.councilOf(written)).contains(council);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "U.P. Medical Council Regn. No. 61425; Uttar Pradesh Medical Council",
            "Telangana State Medical Council (formerly A.P. Medical Council); Telangana State Medical Council",
            "MMC Registration: 2008/02/0917; Maharashtra Medical Council",
            "Medical Council of India (MCI); Medical Council of India"})
    void councilInLine_isFound(String line, String council) {
        assertThat(vocabulary.councilIn(line)).contains(council);
    }

    @Test
    void councilInLine_ignoresOtherText() {
        assertThat(vocabulary.councilIn("Member, Indian Medical Association")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Bengaluru, Bangalore", "Bangalore, Bangalore", "Bombay, Mumbai", "New Delhi, Delhi",
            "Madras, Chennai", "Gurugram, Gurgaon", "Trivandrum, Thiruvananthapuram"})
    void cityNames_mapToCanonicalCity(String written, String city) {
        assertThat(vocabulary.cityOf(written)).contains(city);
    }

    @Test
    void languages_areFoundInASentence() {
        assertThat(vocabulary.languages().findAll("I speak Hindi, Awadhi and English; some Bangla."))
                .extracting(TermMatcher.Hit::canonical)
                .containsExactly("Hindi", "Awadhi", "English", "Bengali");
    }

    @Test
    void organisationAbbreviation_hasFullName() {
        assertThat(vocabulary.organisationOf("IMA")).contains("Indian Medical Association");
        assertThat(vocabulary.organisationOf("XYZ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "PROFESSIONAL EXPERIENCE (8 YEARS); EXPERIENCE",
            "Education & Qualifications; EDUCATION",
            "Awards & Honours:; AWARDS",
            "Medical Licensure; REGISTRATION",
            "Languages Known; LANGUAGES"})
    void headings_openTheirSection(String heading, Section section) {
        assertThat(vocabulary.sectionOf(heading.endsWith(":") ? heading.substring(0, heading.length() - 1) : heading))
                .contains(section);
    }

    @Test
    void superSpecialties_areMarked() {
        assertThat(vocabulary.isSuperSpecialty("Cardiology")).isTrue();
        assertThat(vocabulary.isSuperSpecialty("Pediatrics")).isFalse();
    }
}
