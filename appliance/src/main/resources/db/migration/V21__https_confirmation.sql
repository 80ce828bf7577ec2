-- The administrator's word that the school's devices trust Parta's HTTPS certificate: from then on
-- browsers are told to use HTTPS only (HSTS). One row at most; removing it withdraws the word.
CREATE TABLE https_confirmation (
    id           BIGINT PRIMARY KEY,
    confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
