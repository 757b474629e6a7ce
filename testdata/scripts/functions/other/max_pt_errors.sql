-- MAX_PT errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/max-pt
-- case: every partition is empty, so MAX_PT fails (the page's precaution)
create table empty_pt(id bigint) partitioned by (pt string);
select max_pt('empty_pt');
-- case: a table that is not partitioned
create table flat(id bigint);
insert into flat values (1);
select max_pt('flat');
-- case: no such table
select max_pt('no_such_table');
