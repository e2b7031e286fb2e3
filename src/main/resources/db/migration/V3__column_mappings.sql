-- Column mappings saved by name, for survey files of other tools (Google/Microsoft Forms,
-- Kobo's "Labels" export…). The body is the plain-text form of ColumnMappingCodec.
create table column_mapping (
    name       varchar(200)   not null primary key,
    body       varchar(100000) not null,
    saved_at   timestamp      not null
);
