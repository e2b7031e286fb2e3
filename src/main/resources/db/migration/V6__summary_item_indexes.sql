-- PeerPulse schema, version 6: the views read the counts of a few items (each domain's overall
-- item, the top three, health and wellbeing) for every site and wave. These indexes hold every
-- column those reads need, in item order, so H2 reads only the rows of those items, from the index
-- alone, instead of every site's rows of every item (issue 8: a provincial program's first chart
-- read 1.1 million value rows to use 176,000; decision benchmark).

create index value_summary_item on value_summary (item_code, site_id, wave_id, value_code, respondents);
create index item_summary_item on item_summary (item_code, site_id, wave_id, answered);
