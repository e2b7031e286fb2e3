-- PeerPulse schema, version 8: the summary tables without foreign keys. H2 gives every foreign key
-- an index of its own (it does not reuse the primary key's or a wider one), so each value_summary
-- row was written into six places: the row, its primary key, an index each for site, wave and item,
-- and the item index of version 6. Summary rows are counts derived from responses and answers, which
-- keep their keys: they are written and removed only with those (the summaries always equal a
-- recount, which the tests check after every kind of write), and a site or wave is removed only
-- when no response refers to it. Without the keys an import writes about half as many summary
-- index entries: 10% faster on a 60-site program (issue 8; decision benchmark).
-- Each table is made again under its own name, its rows copied, the old one dropped.

create table site_wave_summary_v8 (
    site_id   bigint not null,
    wave_id   bigint not null,
    responses int    not null,
    primary key (site_id, wave_id)
);
insert into site_wave_summary_v8 (site_id, wave_id, responses)
    select site_id, wave_id, responses from site_wave_summary order by site_id, wave_id;
drop table site_wave_summary;
alter table site_wave_summary_v8 rename to site_wave_summary;

create table item_summary_v8 (
    site_id   bigint      not null,
    wave_id   bigint      not null,
    item_code varchar(40) not null,
    answered  int         not null,
    primary key (site_id, wave_id, item_code)
);
insert into item_summary_v8 (site_id, wave_id, item_code, answered)
    select site_id, wave_id, item_code, answered from item_summary order by site_id, wave_id, item_code;
drop table item_summary;
alter table item_summary_v8 rename to item_summary;
create index item_summary_item on item_summary (item_code, site_id, wave_id, answered);

create table value_summary_v8 (
    site_id     bigint      not null,
    wave_id     bigint      not null,
    item_code   varchar(40) not null,
    value_code  varchar(40) not null,
    respondents int         not null,
    primary key (site_id, wave_id, item_code, value_code)
);
insert into value_summary_v8 (site_id, wave_id, item_code, value_code, respondents)
    select site_id, wave_id, item_code, value_code, respondents from value_summary order by site_id, wave_id, item_code, value_code;
drop table value_summary;
alter table value_summary_v8 rename to value_summary;
create index value_summary_item on value_summary (item_code, site_id, wave_id, value_code, respondents);

create table domain_score_summary_v8 (
    site_id           bigint      not null,
    wave_id           bigint      not null,
    domain_code       varchar(20) not null,
    scored            int         not null,
    score_sum_60      bigint      not null,
    score_sq_sum_3600 bigint      not null,
    primary key (site_id, wave_id, domain_code)
);
insert into domain_score_summary_v8 (site_id, wave_id, domain_code, scored, score_sum_60, score_sq_sum_3600)
    select site_id, wave_id, domain_code, scored, score_sum_60, score_sq_sum_3600 from domain_score_summary order by site_id, wave_id, domain_code;
drop table domain_score_summary;
alter table domain_score_summary_v8 rename to domain_score_summary;

create table program_wave_summary_v8 (
    wave_id   bigint not null,
    responses bigint not null,
    primary key (wave_id)
);
insert into program_wave_summary_v8 (wave_id, responses)
    select wave_id, responses from program_wave_summary order by wave_id;
drop table program_wave_summary;
alter table program_wave_summary_v8 rename to program_wave_summary;

create table program_item_summary_v8 (
    wave_id   bigint      not null,
    item_code varchar(40) not null,
    answered  bigint      not null,
    primary key (wave_id, item_code)
);
insert into program_item_summary_v8 (wave_id, item_code, answered)
    select wave_id, item_code, answered from program_item_summary order by wave_id, item_code;
drop table program_item_summary;
alter table program_item_summary_v8 rename to program_item_summary;

create table program_value_summary_v8 (
    wave_id     bigint      not null,
    item_code   varchar(40) not null,
    value_code  varchar(40) not null,
    respondents bigint      not null,
    primary key (wave_id, item_code, value_code)
);
insert into program_value_summary_v8 (wave_id, item_code, value_code, respondents)
    select wave_id, item_code, value_code, respondents from program_value_summary order by wave_id, item_code, value_code;
drop table program_value_summary;
alter table program_value_summary_v8 rename to program_value_summary;

create table program_domain_score_summary_v8 (
    wave_id           bigint      not null,
    domain_code       varchar(20) not null,
    scored            bigint      not null,
    score_sum_60      bigint      not null,
    score_sq_sum_3600 bigint      not null,
    primary key (wave_id, domain_code)
);
insert into program_domain_score_summary_v8 (wave_id, domain_code, scored, score_sum_60, score_sq_sum_3600)
    select wave_id, domain_code, scored, score_sum_60, score_sq_sum_3600 from program_domain_score_summary order by wave_id, domain_code;
drop table program_domain_score_summary;
alter table program_domain_score_summary_v8 rename to program_domain_score_summary;
