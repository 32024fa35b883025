package org.doctoronboarding.adapter.extraction;

/** The part of a CV a line belongs to, decided by the heading above it. */
enum Section {
    /** Lines above the first heading: name, headline, often degrees and contact details. */
    TOP,
    CONTACT,
    PERSONAL,
    SUMMARY,
    EDUCATION,
    EXPERIENCE,
    REGISTRATION,
    LANGUAGES,
    MEMBERSHIPS,
    FELLOWSHIPS,
    AWARDS,
    PUBLICATIONS,
    CONFERENCES,
    PRACTICE,
    INTERESTS,
    DECLARATION
}
