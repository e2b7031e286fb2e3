-- The files imported, by a fingerprint of their bytes and of how they were read (wave, format,
-- mapping): the same file imported again adds nothing, even when its rows carry no respondent
-- code or source id to tell them by (a nightly import of an export that was not replaced).
-- Portable SQL: the same script must run on H2 and, later, on PostgreSQL.
create table imported_file (
    fingerprint varchar(64)  not null primary key,
    file_name   varchar(300) not null,
    imported_at timestamp    not null
);
