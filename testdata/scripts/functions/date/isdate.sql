-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/isdate
-- Page examples: true when TO_DATE(date, format) reads a date.
select isdate('2021-05-01', 'yyyy-mm-dd');   -- true
select isdate('20210501', 'yyyy-mm-dd');     -- false
select isdate('2021-02-29', 'yyyy-mm-dd'), isdate('20210501 12:30', 'yyyymmdd hh:mi'), isdate('2021', 'mm'); -- false true false
select isdate(null, 'yyyy-mm-dd'), isdate('2021-05-01', null);
