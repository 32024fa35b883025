package org.doctoronboarding.adapter.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.doctoronboarding.adapter.documents.CvDocumentReader;
import org.doctoronboarding.adapter.documents.DocumentLimits;
import org.doctoronboarding.application.port.in.ExtractedField;
import org.doctoronboarding.application.port.in.ExtractedProfile;
import org.doctoronboarding.application.port.in.UploadedDocument;
import org.doctoronboarding.application.port.out.DocumentText;
import org.junit.jupiter.api.Test;

/** Runs the extractor on CVs written in this test, one per layout and rule. */
class FixtureCvTest {

    private static final Clock MARCH_2025 = Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC);

    private static final String FULL_CV = """
            Dr. Kavya Rao
            Consultant Paediatrician | M.B.B.S., M.D. (Paed.), DCH
            Mobile: +91 98450 12345 | Email: Kavya.Rao@Example.com
            Location: Bengaluru, Karnataka

            PROFILE
            Paediatrician with 11 years of clinical experience in newborn care and childhood asthma.

            EDUCATION
            M.D. (Paediatrics) - Bangalore Medical College (2013)
            DCH - Rajiv Gandhi University of Health Sciences (2011)
            M.B.B.S. - Mysore Medical College (2009)

            EXPERIENCE
            2016 - present  Consultant Paediatrician, Sunrise Children's Hospital, Jayanagar, Bengaluru
            2013 - 2016     Senior Resident, Vani Vilas Hospital, Bengaluru

            MEDICAL REGISTRATION
            Karnataka Medical Council, Reg. No. 76543 (registered 2010)

            MEMBERSHIPS
            - Life Member, IAP (Bangalore branch)
            - Member, National Neonatology Forum (NNF)

            FELLOWSHIPS
            Fellowship in Neonatology, Cloudnine Hospital, Bengaluru - 2014 (1 year)

            AWARDS
            - Best Outgoing Postgraduate, Bangalore Medical College, 2013

            PUBLICATIONS
            1. Rao K, Shenoy A. Vitamin D in breastfed infants. Indian J Child Health. 2015;2(1):10-14.
            2. Rao K. Asthma action plans in a city clinic. Karnataka Paediatr J. 2019;5(2):33-37.

            AREAS OF INTEREST
            Newborn care; childhood asthma; growth monitoring

            CLINIC TIMINGS
            Sunrise Children's Hospital: Mon-Sat 10 am - 1 pm
            Consultation fee: Rs. 800/-

            LANGUAGES
            English, Kannada, Hindi, Tamil

            PERSONAL DETAILS
            Gender: Female
            """;

    private final RuleBasedProfileExtractor extractor = new RuleBasedProfileExtractor(MARCH_2025);
    private final CvDocumentReader reader = new CvDocumentReader(DocumentLimits.defaults());

    @Test
    void fullCv_identityAndContact() {
        ExtractedProfile profile = extractText(FULL_CV);

        assertThat(value(profile, "title")).isEqualTo("dr");
        assertThat(value(profile, "first_name")).isEqualTo("Kavya");
        assertThat(value(profile, "last_name")).isEqualTo("Rao");
        assertThat(value(profile, "full_name")).isEqualTo("Dr. Kavya Rao");
        assertThat(value(profile, "email")).isEqualTo("kavya.rao@example.com");
        assertThat(value(profile, "phone_number")).isEqualTo("+919845012345");
        assertThat(value(profile, "gender")).isEqualTo("female");
    }

    @Test
    void fullCv_educationAndSpecialty() {
        ExtractedProfile profile = extractText(FULL_CV);

        assertThat(value(profile, "specialty")).isEqualTo("Pediatrics");
        assertThat(value(profile, "qualifications")).isEqualTo(List.of("MBBS", "MD", "DCH"));
        assertThat(value(profile, "year_of_mbbs")).isEqualTo(2009);
        assertThat(value(profile, "year_of_specialisation")).isEqualTo(2013);
        assertThat(value(profile, "years_of_clinical_experience")).isEqualTo(11);
    }

    @Test
    void fullCv_registration() {
        ExtractedProfile profile = extractText(FULL_CV);

        assertThat(value(profile, "registration_number")).isEqualTo("76543");
        assertThat(value(profile, "medical_council")).isEqualTo("Karnataka Medical Council");
        assertThat(value(profile, "registration_year")).isEqualTo(2010);
    }

    @Test
    void fullCv_practice() {
        ExtractedProfile profile = extractText(FULL_CV);

        assertThat(value(profile, "primary_practice_location")).isEqualTo("Bengaluru");
        assertThat(value(profile, "centres_of_practice")).isEqualTo(List.of("Sunrise Children's Hospital"));
        assertThat(value(profile, "consultation_fee")).isEqualTo(800.0);
    }

    @Test
    void fullCv_lists() {
        ExtractedProfile profile = extractText(FULL_CV);

        assertThat(value(profile, "languages_spoken")).isEqualTo(List.of("English", "Kannada", "Hindi", "Tamil"));
        assertThat(value(profile, "professional_memberships")).isEqualTo(List.of(
                "Indian Academy of Pediatrics (IAP)", "National Neonatology Forum (NNF)"));
        assertThat(value(profile, "fellowships")).isEqualTo(List.of(
                "Fellowship in Neonatology, Cloudnine Hospital, Bengaluru"));
        assertThat(value(profile, "awards_academic_honours")).isEqualTo(List.of(
                "Best Outgoing Postgraduate, Bangalore Medical College, 2013"));
        assertThat((List<?>) value(profile, "publications")).hasSize(2);
        assertThat(value(profile, "areas_of_clinical_interest")).isEqualTo(List.of(
                "Newborn care", "Childhood asthma", "Growth monitoring"));
    }

    @Test
    void fullCv_sourcesPointToTheLine() {
        ExtractedProfile profile = extractText(FULL_CV);

        ExtractedField registration = profile.fields().get("registration_number");
        assertThat(registration.source().page()).isEqualTo(1);
        assertThat(registration.source().text()).isEqualTo("Karnataka Medical Council, Reg. No. 76543 (registered 2010)");
        assertThat(registration.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void cvWithoutRegistration_guessesNoCouncil() {
        ExtractedProfile profile = extractText("""
                Dr. Arvind Nair
                MBBS
                Phone: 9847012345
                Email: arvind.nair@example.in
                Worked in Kerala Medical College Hospital as a house surgeon.
                """);

        assertThat(profile.fields()).doesNotContainKeys("registration_number", "medical_council", "registration_year",
                "gender", "consultation_fee", "languages_spoken", "years_of_clinical_experience",
                "year_of_specialisation", "publications", "centres_of_practice");
        assertThat(profile.warnings()).anyMatch(warning -> warning.contains("registration number"));
        assertThat(value(profile, "qualifications")).isEqualTo(List.of("MBBS"));
    }

    @Test
    void emptyText_yieldsNoFields() {
        ExtractedProfile profile = extractor.extract(new DocumentText("text/plain",
                List.of(new DocumentText.Page(1, "Curriculum Vitae"))));

        assertThat(profile.fields()).isEmpty();
        assertThat(profile.warnings()).isNotEmpty();
    }

    @Test
    void clinicLandline_isNotTheMobile() {
        ExtractedProfile profile = extractText("""
                Dr. Farhan Qureshi
                Consultant Dermatologist
                +91 80 2345 6789 (clinic)
                Mobile: 077380 45612
                """);

        assertThat(value(profile, "phone_number")).isEqualTo("+917738045612");
        assertThat(value(profile, "specialty")).isEqualTo("Dermatology");
    }

    @Test
    void twoMobiles_raiseAWarning() {
        ExtractedProfile profile = extractText("""
                Dr. Leela Iyer
                Mobile: 98400 11111
                Alternate: 98400 22222
                """);

        assertThat(value(profile, "phone_number")).isEqualTo("+919840011111");
        assertThat(profile.warnings()).anyMatch(warning -> warning.contains("2 different phone numbers"));
    }

    @Test
    void capitalName_isWrittenAsAName() {
        ExtractedProfile profile = extractText("""
                PROF. DR. MOHAN DAS
                MBBS, MS (General Surgery)
                """);

        assertThat(value(profile, "title")).isEqualTo("prof.dr");
        assertThat(value(profile, "full_name")).isEqualTo("Prof. Dr. Mohan Das");
        assertThat(value(profile, "specialty")).isEqualTo("General Surgery");
    }

    @Test
    void honorific_impliesGender() {
        ExtractedProfile profile = extractText("""
                Dr. (Mrs.) Shalini Gupta
                Consultant Gynaecologist
                """);

        assertThat(value(profile, "gender")).isEqualTo("female");
        assertThat(value(profile, "first_name")).isEqualTo("Shalini");
    }

    @Test
    void experience_isCountedFromJobsWhenNotStated() {
        ExtractedProfile profile = extractText("""
                Dr. Vivek Joshi
                EDUCATION
                MBBS - Grant Medical College, Mumbai (2008)
                EXPERIENCE
                2007 - 2008 Intern, JJ Hospital, Mumbai
                2010 - present Consultant Physician, Lilavati Hospital, Mumbai
                """);

        assertThat(value(profile, "years_of_clinical_experience")).isEqualTo(15);
        assertThat(profile.fields().get("years_of_clinical_experience").confidence()).isLessThan(0.9);
        assertThat(value(profile, "centres_of_practice")).isEqualTo(List.of("Lilavati Hospital"));
        assertThat(value(profile, "primary_practice_location")).isEqualTo("Mumbai");
    }

    @Test
    void superSpecialty_setsTheSpecialisationYear() {
        ExtractedProfile profile = extractText("""
                Dr. Ravi Menon
                MBBS, MD, DM (Nephrology)
                QUALIFICATIONS
                DM Nephrology - PGIMER, Chandigarh (2016)
                MD General Medicine - AIIMS, New Delhi (2012)
                MBBS - Calicut Medical College (2008)
                """);

        assertThat(value(profile, "specialty")).isEqualTo("Nephrology");
        assertThat(value(profile, "year_of_specialisation")).isEqualTo(2016);
    }

    @Test
    void pdfWithRunningHeader_readsEachFactOnce() throws IOException {
        byte[] pdf = twoPagePdf(
                List.of("Dr. Nikhil Shah - Curriculum Vitae", "Dr. Nikhil Shah", "Consultant Cardiologist",
                        "MEDICAL REGISTRATION", "Gujarat Medical Council, Reg. No. G-23456"),
                List.of("Dr. Nikhil Shah - Curriculum Vitae", "LANGUAGES", "Gujarati, Hindi, English"));

        ExtractedProfile profile = extractor.extract(reader.read(new UploadedDocument("cv.pdf", pdf)));

        assertThat(value(profile, "full_name")).isEqualTo("Dr. Nikhil Shah");
        assertThat(value(profile, "specialty")).isEqualTo("Cardiology");
        assertThat(value(profile, "registration_number")).isEqualTo("G-23456");
        assertThat(value(profile, "medical_council")).isEqualTo("Gujarat Medical Council");
        assertThat(value(profile, "languages_spoken")).isEqualTo(List.of("Gujarati", "Hindi", "English"));
        assertThat(profile.fields().get("languages_spoken").source().page()).isEqualTo(2);
    }

    @Test
    void docxWithDegreeTable_readsYears() throws IOException {
        byte[] docx = docxWithDegreeTable();

        ExtractedProfile profile = extractor.extract(reader.read(new UploadedDocument("cv.docx", docx)));

        assertThat(value(profile, "qualifications")).isEqualTo(List.of("MBBS", "MS"));
        assertThat(value(profile, "year_of_mbbs")).isEqualTo(2005);
        assertThat(value(profile, "year_of_specialisation")).isEqualTo(2010);
        assertThat(value(profile, "specialty")).isEqualTo("ENT");
    }

    private ExtractedProfile extractText(String cv) {
        return extractor.extract(new DocumentText("text/plain", List.of(new DocumentText.Page(1, cv.strip()))));
    }

    private static Object value(ExtractedProfile profile, String field) {
        ExtractedField extracted = profile.fields().get(field);
        assertThat(extracted).as("field %s", field).isNotNull();
        return extracted.value();
    }

    private static byte[] twoPagePdf(List<String> first, List<String> second) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (List<String> lines : List.of(first, second)) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                float y = page.getMediaBox().getHeight() - 60;
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    for (String line : lines) {
                        stream.beginText();
                        stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                        stream.newLineAtOffset(60, y);
                        stream.showText(line);
                        stream.endText();
                        y -= 16;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docxWithDegreeTable() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Dr. Sameer Kulkarni");
            document.createParagraph().createRun().setText("ENT Surgeon, Pune");
            document.createParagraph().createRun().setText("Educational Qualifications");
            XWPFTable table = document.createTable(3, 3);
            String[][] rows = {
                    {"Degree", "Institution", "Year"},
                    {"M.B.B.S.", "B. J. Medical College, Pune", "2005"},
                    {"M.S. (ENT)", "KEM Hospital, Mumbai", "2010"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }
}
