-- The identity key of each dropdown option: the value in lower case with only letters and digits, as the
-- application computes it. The unique key makes "M.B.B.S.", "mbbs" and "MBBS" one option, and lets two
-- concurrent proposals of one value store one row. The application fills in keys for options that lack
-- one at start-up, so the rules for the key live in one place.

CREATE TABLE dropdown_option_keys (
    field_name VARCHAR(100) NOT NULL,
    value_key  VARCHAR(255) NOT NULL,
    option_id  INTEGER      NOT NULL,
    CONSTRAINT pk_dropdown_option_keys PRIMARY KEY (field_name, value_key),
    CONSTRAINT uq_dropdown_option_keys_option_id UNIQUE (option_id),
    CONSTRAINT fk_dropdown_option_keys_dropdown_options FOREIGN KEY (option_id)
        REFERENCES dropdown_options (id) ON DELETE CASCADE
);
