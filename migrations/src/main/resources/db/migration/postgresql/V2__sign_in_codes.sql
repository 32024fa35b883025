-- One-time sign-in codes and the log of codes sent, kept in the database so that every API node enforces
-- the same expiry, wrong-try budget, resend cooldown and hourly limits. Codes are stored only as an
-- HMAC-SHA256 under a server secret.

CREATE TABLE otp_challenges (
    id          VARCHAR(36)              NOT NULL,
    phone       VARCHAR(20)              NOT NULL,
    code_hash   VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    wrong_tries INTEGER                  NOT NULL DEFAULT 0,
    consumed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_otp_challenges PRIMARY KEY (id),
    CONSTRAINT ck_otp_challenges_wrong_tries CHECK (wrong_tries >= 0)
);

CREATE INDEX ix_otp_challenges_phone_created_at ON otp_challenges (phone, created_at);

CREATE TABLE otp_sends (
    id         VARCHAR(36)              NOT NULL,
    phone      VARCHAR(20)              NOT NULL,
    ip_address VARCHAR(50),
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_otp_sends PRIMARY KEY (id)
);

CREATE INDEX ix_otp_sends_phone_sent_at ON otp_sends (phone, sent_at);
CREATE INDEX ix_otp_sends_ip_address_sent_at ON otp_sends (ip_address, sent_at);
