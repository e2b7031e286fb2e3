-- PeerPulse schema, version 7: the summary counts added up over every site, one row per wave
-- (and item, value or domain), kept in the same transaction as the sites' counts. The whole
-- program's trend chart, the first chart a program manager sees, is drawn from these few hundred
-- rows instead of every site's counts (issue 8: reading and indexing a provincial program's site
-- counts took about 4 seconds before the first chart; decision benchmark).

create table program_wave_summary (
    wave_id   bigint not null references wave (id),
    responses bigint not null,
    primary key (wave_id)
);
create table program_item_summary (
    wave_id   bigint      not null references wave (id),
    item_code varchar(40) not null references item (code),
    answered  bigint      not null,
    primary key (wave_id, item_code)
);
create table program_value_summary (
    wave_id     bigint      not null references wave (id),
    item_code   varchar(40) not null references item (code),
    value_code  varchar(40) not null,
    respondents bigint      not null,
    primary key (wave_id, item_code, value_code)
);
create table program_domain_score_summary (
    wave_id           bigint      not null references wave (id),
    domain_code       varchar(20) not null references stress_domain (code),
    scored            bigint      not null,
    score_sum_60      bigint      not null,
    score_sq_sum_3600 bigint      not null,
    primary key (wave_id, domain_code)
);

insert into program_wave_summary (wave_id, responses)
    select wave_id, sum(responses) from site_wave_summary group by wave_id;
insert into program_item_summary (wave_id, item_code, answered)
    select wave_id, item_code, sum(answered) from item_summary group by wave_id, item_code;
insert into program_value_summary (wave_id, item_code, value_code, respondents)
    select wave_id, item_code, value_code, sum(respondents) from value_summary group by wave_id, item_code, value_code;
insert into program_domain_score_summary (wave_id, domain_code, scored, score_sum_60, score_sq_sum_3600)
    select wave_id, domain_code, sum(scored), sum(score_sum_60), sum(score_sq_sum_3600)
    from domain_score_summary group by wave_id, domain_code;
