-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-millis
-- case: a NULL date (the page: an error)
select to_millis(null);
-- case: a NULL value at run time is an error too
@t := select * from values (datetime '2021-03-31 15:15:00'), (cast(null as datetime)) t(d);
select to_millis(d) from @t;
