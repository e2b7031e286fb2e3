-- The demo's own responses carry a source id starting with 'demo:' (io.demo.DemoProgram), so that
-- removing the demo never removes answers imported or entered at a demo site since. In a program
-- made before this version every response at a demo site is taken as the demo's, as it was.
-- Portable SQL: the same script must run on H2 and, later, on PostgreSQL.
update response set source_id = 'demo:' || cast(id as varchar(20))
where source_id is null and site_id in (select id from site where demo = true);
