package org.doctoronboarding.domain.doctor;

/** The shape of a profile field's value, which decides how it is validated and stored. */
public enum FieldKind {
    /** A short string with a maximum length (a VARCHAR column). */
    TEXT,
    /** A long free text, such as a questionnaire response (a TEXT column). */
    LONG_TEXT,
    /** A whole number within bounds. */
    INTEGER,
    /** A non-negative amount such as a fee. */
    DECIMAL,
    /** A list of short strings (a JSON array column). */
    STRING_LIST,
    /** A list of objects with string keys (a JSON array column), such as content seeds. */
    OBJECT_LIST,
    /** An object with string keys (a JSON object column), such as external links. */
    OBJECT
}
