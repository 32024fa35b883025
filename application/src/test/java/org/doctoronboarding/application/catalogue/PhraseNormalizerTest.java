package org.doctoronboarding.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseNormalizerTest {

    @Test
    void words_degreeWithDots_isOneAbbreviation() {
        assertThat(PhraseNormalizer.words("M.B.B.S.")).containsExactly(new Word("mbbs", true));
        assertThat(PhraseNormalizer.words("D. N. B.")).containsExactly(new Word("dnb", true));
        assertThat(PhraseNormalizer.words("M.Ch.")).containsExactly(new Word("mch", true));
    }

    @Test
    void words_ampersand_readsAsAnd() {
        assertThat(texts("Obs & Gynae")).containsExactly("obs", "and", "gyne");
    }

    @Test
    void words_britishAndAmericanSpellings_foldTogether() {
        assertThat(texts("Paediatrics")).isEqualTo(texts("Pediatrics"));
        assertThat(texts("Orthopaedics")).isEqualTo(texts("Orthopedics"));
        assertThat(texts("Haematology")).isEqualTo(texts("Hematology"));
        assertThat(texts("Foetal")).isEqualTo(texts("Fetal"));
        assertThat(texts("Fertilisation")).isEqualTo(texts("Fertilization"));
        assertThat(texts("Centre")).isEqualTo(texts("Center"));
    }

    @Test
    void words_roleNouns_foldToTheirField() {
        assertThat(texts("Cardiologist")).isEqualTo(texts("Cardiology"));
        assertThat(texts("Paediatrician")).isEqualTo(texts("Pediatrics"));
        assertThat(texts("Psychiatrist")).isEqualTo(texts("Psychiatry"));
        assertThat(texts("Neurosurgeon")).isEqualTo(texts("Neurosurgery"));
        assertThat(texts("Gynaecological")).isEqualTo(texts("Gynecology"));
    }

    @Test
    void words_shortWords_keepTheirEnding() {
        assertThat(texts("four hours")).containsExactly("four", "hour");
        assertThat(texts("MS")).containsExactly("ms");
    }

    private static List<String> texts(String text) {
        return PhraseNormalizer.words(text).stream().map(Word::text).toList();
    }
}
