package org.doctoronboarding.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionTextTest {

    @Test
    void clean_trimsAndCollapsesInnerWhitespace() {
        assertThat(OptionText.clean("  General   Medicine \n")).isEqualTo("General Medicine");
        assertThat(OptionText.clean("Obstetrics\tand\r\nGynecology")).isEqualTo("Obstetrics and Gynecology");
    }

    @Test
    void clean_keepsCaseAndPunctuation() {
        assertThat(OptionText.clean(" M.B.B.S. ")).isEqualTo("M.B.B.S.");
        assertThat(OptionText.clean("Ear, Nose & Throat (ENT)")).isEqualTo("Ear, Nose & Throat (ENT)");
    }

    @Test
    void clean_nullOrBlank_isEmpty() {
        assertThat(OptionText.clean(null)).isEmpty();
        assertThat(OptionText.clean(" \t\n ")).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"MBBS", "mbbs", " MBBS ", "M.B.B.S.", "m b b s", "M. B. B. S", "M-B-B-S", "ＭＢＢＳ"})
    void key_spellingsOfMbbs_areOneKey(String spelling) {
        assertThat(OptionText.key(spelling)).isEqualTo("mbbs");
    }

    @Test
    void key_ignoresSpacingBetweenWords() {
        assertThat(OptionText.key("General  Medicine")).isEqualTo("generalmedicine");
        assertThat(OptionText.key(" general medicine\t")).isEqualTo("generalmedicine");
    }

    @Test
    void key_keepsDigits() {
        assertThat(OptionText.key("Class 10 (CBSE)")).isEqualTo("class10cbse");
        assertThat(OptionText.key("MD 1")).isNotEqualTo(OptionText.key("MD 2"));
    }

    @Test
    void key_differentWords_differ() {
        assertThat(OptionText.key("MD")).isNotEqualTo(OptionText.key("DM"));
        assertThat(OptionText.key("Cardiology")).isNotEqualTo(OptionText.key("Cardiologist"));
    }

    @Test
    void key_devanagari_keepsVowelSignsAndVirama() {
        String hindi = "हिन्दी";

        assertThat(OptionText.key(hindi)).isEqualTo(hindi);
        assertThat(OptionText.key(" हिन्दी. ")).isEqualTo(hindi);
        assertThat(OptionText.key("मराठी")).isNotEqualTo(OptionText.key("मराठ"));
        assertThat(OptionText.key("किताब")).isNotEqualTo(OptionText.key("कताब"));
    }

    @Test
    void key_otherIndicScripts_keepVowelSigns() {
        assertThat(OptionText.key("தமிழ்")).isEqualTo("தமிழ்");
        assertThat(OptionText.key("ಕನ್ನಡ")).isEqualTo("ಕನ್ನಡ");
        assertThat(OptionText.key("বাংলা")).isEqualTo("বাংলা");
    }

    @Test
    void key_punctuationOnly_isEmpty() {
        assertThat(OptionText.key("...")).isEmpty();
        assertThat(OptionText.key(" - / ")).isEmpty();
        assertThat(OptionText.key(null)).isEmpty();
    }
}
