-- Initial schema of Doctor Onboarding Smart-Fill on SQLite: the seven tables of the data model,
-- a one-row doctor_id_seq table standing in for the PostgreSQL sequence, the seeded admin user and the system dropdown values.
-- Enumerations are lower-case VARCHAR values guarded by CHECK constraints. Constraint names are explicit
-- so that generated jOOQ keys and database error messages carry readable names.

-- SQLite has no sequences. Each new doctor takes its number with
-- UPDATE doctor_id_seq SET last_value = last_value + 1 WHERE id = 1 RETURNING last_value
-- inside the creating transaction, which holds SQLite's single write lock, so no two get the same number.
CREATE TABLE doctor_id_seq (
    id         INTEGER NOT NULL,
    last_value BIGINT  NOT NULL,
    CONSTRAINT pk_doctor_id_seq PRIMARY KEY (id),
    CONSTRAINT ck_doctor_id_seq_single_row CHECK (id = 1)
);

INSERT INTO doctor_id_seq (id, last_value) VALUES (1, 0);

CREATE TABLE doctor_identity (
    id                VARCHAR(36)              NOT NULL,
    doctor_id         BIGINT                   NOT NULL,
    title             VARCHAR(10),
    first_name        VARCHAR(100)             NOT NULL,
    last_name         VARCHAR(100)             NOT NULL,
    email             VARCHAR(255)             NOT NULL,
    phone_number      VARCHAR(20)              NOT NULL,
    onboarding_status VARCHAR(20)              NOT NULL DEFAULT 'pending',
    status_updated_at TIMESTAMP WITH TIME ZONE,
    status_updated_by VARCHAR(36),
    rejection_reason  TEXT,
    verified_at       TIMESTAMP WITH TIME ZONE,
    is_active         BOOLEAN                  NOT NULL DEFAULT TRUE,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')),
    deleted_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_doctor_identity PRIMARY KEY (id),
    CONSTRAINT uq_doctor_identity_doctor_id UNIQUE (doctor_id),
    CONSTRAINT uq_doctor_identity_email UNIQUE (email),
    CONSTRAINT ck_doctor_identity_title CHECK (title IN ('dr', 'prof', 'prof.dr')),
    CONSTRAINT ck_doctor_identity_onboarding_status
        CHECK (onboarding_status IN ('pending', 'submitted', 'verified', 'rejected'))
);

CREATE INDEX ix_doctor_identity_onboarding_status ON doctor_identity (onboarding_status);

CREATE TABLE doctor_details (
    detail_id                     VARCHAR(36)              NOT NULL,
    doctor_id                     BIGINT                   NOT NULL,
    -- Block 1: professional identity
    full_name                     VARCHAR(200),
    specialty                     VARCHAR(100),
    primary_practice_location     VARCHAR(100),
    centres_of_practice           JSON                     NOT NULL DEFAULT '[]',
    years_of_clinical_experience  INTEGER,
    years_post_specialisation     INTEGER,
    -- Block 2: credentials and trust markers
    year_of_mbbs                  INTEGER,
    year_of_specialisation        INTEGER,
    fellowships                   JSON                     NOT NULL DEFAULT '[]',
    qualifications                JSON                     NOT NULL DEFAULT '[]',
    professional_memberships      JSON                     NOT NULL DEFAULT '[]',
    awards_academic_honours       JSON                     NOT NULL DEFAULT '[]',
    -- Block 3: clinical focus and expertise
    areas_of_clinical_interest    JSON                     NOT NULL DEFAULT '[]',
    practice_segments             VARCHAR(50),
    conditions_commonly_treated   JSON                     NOT NULL DEFAULT '[]',
    conditions_known_for          JSON                     NOT NULL DEFAULT '[]',
    conditions_want_to_treat_more JSON                     NOT NULL DEFAULT '[]',
    -- Block 4: the human side
    training_experience           JSON                     NOT NULL DEFAULT '[]',
    motivation_in_practice        JSON                     NOT NULL DEFAULT '[]',
    unwinding_after_work          JSON                     NOT NULL DEFAULT '[]',
    recognition_identity          JSON                     NOT NULL DEFAULT '[]',
    quality_time_interests        JSON                     NOT NULL DEFAULT '[]',
    quality_time_interests_text   TEXT,
    professional_achievement      TEXT,
    personal_achievement          TEXT,
    professional_aspiration       TEXT,
    personal_aspiration           TEXT,
    -- Block 5: patient value and choice factors
    what_patients_value_most      TEXT,
    approach_to_care              TEXT,
    availability_philosophy       TEXT,
    -- Block 6: content seed
    content_seeds                 JSON                     NOT NULL DEFAULT '[]',
    -- Legacy and compatibility fields
    gender                        VARCHAR(20),
    speciality                    VARCHAR(100),
    sub_specialities              JSON                     NOT NULL DEFAULT '[]',
    areas_of_expertise            JSON                     NOT NULL DEFAULT '[]',
    registration_number           VARCHAR(100),
    medical_council               VARCHAR(200),
    registration_year             INTEGER,
    registration_authority        VARCHAR(100),
    consultation_fee              DOUBLE PRECISION,
    years_of_experience           INTEGER,
    conditions_treated            JSON                     NOT NULL DEFAULT '[]',
    procedures_performed          JSON                     NOT NULL DEFAULT '[]',
    age_groups_treated            JSON                     NOT NULL DEFAULT '[]',
    languages_spoken              JSON                     NOT NULL DEFAULT '[]',
    achievements                  JSON                     NOT NULL DEFAULT '[]',
    publications                  JSON                     NOT NULL DEFAULT '[]',
    practice_locations            JSON                     NOT NULL DEFAULT '[]',
    external_links                JSON                     NOT NULL DEFAULT '{}',
    professional_overview         TEXT,
    about_me                      TEXT,
    professional_tagline          TEXT,
    media_urls                    JSON                     NOT NULL DEFAULT '{}',
    profile_summary               TEXT,
    created_at                    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')),
    updated_at                    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')),
    CONSTRAINT pk_doctor_details PRIMARY KEY (detail_id),
    CONSTRAINT uq_doctor_details_doctor_id UNIQUE (doctor_id),
    CONSTRAINT uq_doctor_details_registration_number UNIQUE (registration_number),
    CONSTRAINT fk_doctor_details_doctor_identity FOREIGN KEY (doctor_id)
        REFERENCES doctor_identity (doctor_id) ON DELETE CASCADE
);

CREATE TABLE doctor_media (
    media_id       VARCHAR(36)              NOT NULL,
    doctor_id      BIGINT                   NOT NULL,
    field_name     VARCHAR(100),
    media_type     VARCHAR(50)              NOT NULL,
    media_category VARCHAR(50)              NOT NULL,
    file_uri       TEXT                     NOT NULL,
    file_name      VARCHAR(255)             NOT NULL,
    file_size      BIGINT,
    mime_type      VARCHAR(100),
    is_primary     BOOLEAN                  NOT NULL DEFAULT FALSE,
    upload_date    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')),
    metadata       JSON                     NOT NULL DEFAULT '{}',
    CONSTRAINT pk_doctor_media PRIMARY KEY (media_id),
    CONSTRAINT fk_doctor_media_doctor_identity FOREIGN KEY (doctor_id)
        REFERENCES doctor_identity (doctor_id) ON DELETE CASCADE
);

CREATE INDEX ix_doctor_media_doctor_id ON doctor_media (doctor_id);

CREATE TABLE doctor_status_history (
    history_id       VARCHAR(36)              NOT NULL,
    doctor_id        BIGINT                   NOT NULL,
    previous_status  VARCHAR(20),
    new_status       VARCHAR(20)              NOT NULL,
    changed_by       VARCHAR(36),
    changed_by_email VARCHAR(255),
    rejection_reason TEXT,
    notes            TEXT,
    ip_address       VARCHAR(50),
    user_agent       TEXT,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')),
    CONSTRAINT pk_doctor_status_history PRIMARY KEY (history_id),
    CONSTRAINT fk_doctor_status_history_doctor_identity FOREIGN KEY (doctor_id)
        REFERENCES doctor_identity (doctor_id) ON DELETE CASCADE,
    CONSTRAINT ck_doctor_status_history_previous_status
        CHECK (previous_status IN ('pending', 'submitted', 'verified', 'rejected')),
    CONSTRAINT ck_doctor_status_history_new_status
        CHECK (new_status IN ('pending', 'submitted', 'verified', 'rejected'))
);

CREATE INDEX ix_doctor_status_history_doctor_id ON doctor_status_history (doctor_id);

CREATE TABLE dropdown_options (
    id                 INTEGER                  NOT NULL,
    field_name         VARCHAR(100)             NOT NULL,
    value              VARCHAR(255)             NOT NULL,
    label              VARCHAR(255),
    status             VARCHAR(20)              NOT NULL DEFAULT 'approved',
    is_system          BOOLEAN                  NOT NULL DEFAULT FALSE,
    display_order      INTEGER                  NOT NULL DEFAULT 0,
    submitted_by       VARCHAR(36),
    submitted_by_email VARCHAR(255),
    reviewed_by        VARCHAR(36),
    reviewed_by_email  VARCHAR(255),
    reviewed_at        TIMESTAMP WITH TIME ZONE,
    review_notes       TEXT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')),
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')),
    CONSTRAINT pk_dropdown_options PRIMARY KEY (id),
    CONSTRAINT uq_dropdown_options_field_name_value UNIQUE (field_name, value),
    CONSTRAINT ck_dropdown_options_status CHECK (status IN ('approved', 'pending', 'rejected'))
);

CREATE INDEX ix_dropdown_options_field_name ON dropdown_options (field_name);
CREATE INDEX ix_dropdown_options_status ON dropdown_options (status);

CREATE TABLE doctors (
    id                            INTEGER                  NOT NULL,
    title                         VARCHAR(20),
    gender                        VARCHAR(20),
    first_name                    VARCHAR(100)             NOT NULL,
    last_name                     VARCHAR(100)             NOT NULL,
    email                         VARCHAR(100),
    phone                         VARCHAR(20),
    role                          VARCHAR(20)              NOT NULL DEFAULT 'user',
    onboarding_status             VARCHAR(20)              NOT NULL DEFAULT 'pending',
    -- Block 1: professional identity
    full_name                     VARCHAR(200),
    specialty                     VARCHAR(100),
    primary_practice_location     VARCHAR(100),
    centres_of_practice           JSON                     NOT NULL DEFAULT '[]',
    years_of_clinical_experience  INTEGER,
    years_post_specialisation     INTEGER,
    -- Block 2: credentials and trust markers
    year_of_mbbs                  INTEGER,
    year_of_specialisation        INTEGER,
    fellowships                   JSON                     NOT NULL DEFAULT '[]',
    qualifications                JSON                     NOT NULL DEFAULT '[]',
    professional_memberships      JSON                     NOT NULL DEFAULT '[]',
    awards_academic_honours       JSON                     NOT NULL DEFAULT '[]',
    -- Block 3: clinical focus and expertise
    areas_of_clinical_interest    JSON                     NOT NULL DEFAULT '[]',
    practice_segments             VARCHAR(50),
    conditions_commonly_treated   JSON                     NOT NULL DEFAULT '[]',
    conditions_known_for          JSON                     NOT NULL DEFAULT '[]',
    conditions_want_to_treat_more JSON                     NOT NULL DEFAULT '[]',
    -- Block 4: the human side
    training_experience           JSON                     NOT NULL DEFAULT '[]',
    motivation_in_practice        JSON                     NOT NULL DEFAULT '[]',
    unwinding_after_work          JSON                     NOT NULL DEFAULT '[]',
    recognition_identity          JSON                     NOT NULL DEFAULT '[]',
    quality_time_interests        JSON                     NOT NULL DEFAULT '[]',
    quality_time_interests_text   TEXT,
    professional_achievement      TEXT,
    personal_achievement          TEXT,
    professional_aspiration       TEXT,
    personal_aspiration           TEXT,
    -- Block 5: patient value and choice factors
    what_patients_value_most      TEXT,
    approach_to_care              TEXT,
    availability_philosophy       TEXT,
    -- Block 6: content seed
    content_seeds                 JSON                     NOT NULL DEFAULT '[]',
    -- Legacy compatibility fields
    primary_specialization        TEXT,
    years_of_experience           INTEGER,
    consultation_fee              DOUBLE PRECISION,
    consultation_currency         VARCHAR(10)                       DEFAULT 'INR',
    medical_registration_number   VARCHAR(100),
    medical_council               VARCHAR(200),
    registration_year             INTEGER,
    registration_authority        VARCHAR(100),
    conditions_treated            JSON                     NOT NULL DEFAULT '[]',
    procedures_performed          JSON                     NOT NULL DEFAULT '[]',
    age_groups_treated            JSON                     NOT NULL DEFAULT '[]',
    sub_specialties               JSON                     NOT NULL DEFAULT '[]',
    areas_of_expertise            JSON                     NOT NULL DEFAULT '[]',
    languages                     JSON                     NOT NULL DEFAULT '[]',
    achievements                  JSON                     NOT NULL DEFAULT '[]',
    publications                  JSON                     NOT NULL DEFAULT '[]',
    practice_locations            JSON                     NOT NULL DEFAULT '[]',
    onboarding_source             VARCHAR(50),
    resume_url                    VARCHAR(500),
    profile_photo                 VARCHAR(500),
    verbal_intro_file             VARCHAR(500),
    professional_documents        JSON                     NOT NULL DEFAULT '[]',
    achievement_images            JSON                     NOT NULL DEFAULT '[]',
    external_links                JSON                     NOT NULL DEFAULT '[]',
    raw_extraction_data           JSON,
    created_at                    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')),
    updated_at                    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_doctors PRIMARY KEY (id),
    CONSTRAINT uq_doctors_email UNIQUE (email),
    CONSTRAINT uq_doctors_phone UNIQUE (phone),
    CONSTRAINT ck_doctors_role CHECK (role IN ('admin', 'operational', 'user')),
    CONSTRAINT ck_doctors_onboarding_status
        CHECK (onboarding_status IN ('pending', 'submitted', 'verified', 'rejected')),
    CONSTRAINT ck_doctors_onboarding_source CHECK (onboarding_source IN ('manual', 'resume', 'voice'))
);

CREATE INDEX ix_doctors_first_name ON doctors (first_name);
CREATE INDEX ix_doctors_last_name ON doctors (last_name);
CREATE INDEX ix_doctors_role ON doctors (role);
CREATE INDEX ix_doctors_onboarding_status ON doctors (onboarding_status);
CREATE INDEX ix_doctors_onboarding_source ON doctors (onboarding_source);
CREATE INDEX ix_doctors_medical_registration_number ON doctors (medical_registration_number);
CREATE INDEX ix_doctors_first_name_last_name ON doctors (first_name, last_name);
CREATE INDEX ix_doctors_primary_specialization_years_of_experience
    ON doctors (primary_specialization, years_of_experience);

CREATE TABLE users (
    id            INTEGER                  NOT NULL,
    phone         VARCHAR(20)              NOT NULL,
    email         VARCHAR(255),
    role          VARCHAR(20)              NOT NULL DEFAULT 'user',
    is_active     BOOLEAN                  NOT NULL DEFAULT TRUE,
    doctor_id     INTEGER,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')),
    updated_at    TIMESTAMP WITH TIME ZONE,
    last_login_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uq_users_phone UNIQUE (phone),
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT ck_users_role CHECK (role IN ('admin', 'operational', 'user')),
    CONSTRAINT fk_users_doctors FOREIGN KEY (doctor_id) REFERENCES doctors (id) ON DELETE SET NULL
);

CREATE INDEX ix_users_role_is_active ON users (role, is_active);
CREATE INDEX ix_users_phone_is_active ON users (phone, is_active);

-- The seeded admin comes from ONBOARDING_ADMIN_PHONE / ONBOARDING_ADMIN_EMAIL, passed as Flyway placeholders.
INSERT INTO users (phone, email, role, is_active) VALUES ('${admin_phone}', '${admin_email}', 'admin', TRUE);

-- DROPDOWN SEED
