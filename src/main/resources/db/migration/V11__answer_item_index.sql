-- PeerPulse schema, version 11: the answers of one item, in response order, from an index that
-- holds every column a reading of a few items needs. A cross-tab reads two items of every
-- response and the ProQOL summary thirty; through the primary key (response, item) H2 visited
-- every answer of every response to find them: 9 million rows for a provincial program, 12 and
-- 18 seconds. From this index it reads only those items' entries, in order (issue 8; decision
-- benchmark, "Midday of 5 December"). A query must not join this index on the response id with
-- an IN list of items: H2 then scans the whole list's range for each response
-- (ResponseRepository reads it one item at a time).

create index answer_item on answer (item_code, response_id, answer_value);
