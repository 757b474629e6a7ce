-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/isdate
-- Page examples: true when date reads as a date with format.
select isdate('2021-10-11', 'yyyy-mm-dd');   -- true
select isdate('1234-yyyy', 'yyyy-yyyy');     -- true: the second yyyy is text
select isdate('2021-11-20', 'yyyy-mm-dd');   -- true (table data, date3)
select isdate('20210501', 'yyyy-mm-dd'), isdate('2021-02-29', 'yyyy-mm-dd'), isdate('20210501 12:30', 'yyyymmdd hh:mi'), isdate('2021', 'mm'); -- false false true false
select isdate(null, 'yyyy-mm-dd'), isdate('2021-05-01', null);  -- NULL NULL
set odps.sql.type.system.odps2=false;
select isdate(1678952314, 'yyyy-mm-dd');     -- false
