package org.doctoronboarding.adapter.extraction;

import org.doctoronboarding.application.port.in.ExtractedField;

/**
 * One non-blank line of a CV.
 *
 * @param page the page number, from 1
 * @param index the position of the line in the whole document, from 0
 * @param text the line without surrounding white space
 * @param section the section the line sits in
 * @param heading whether the line is the section heading itself
 */
record CvLine(int page, int index, String text, Section section, boolean heading) {

    ExtractedField.Source source() {
        return new ExtractedField.Source(page, text);
    }
}
