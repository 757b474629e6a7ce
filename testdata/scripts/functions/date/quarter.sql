-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/quarter
-- Page examples.
select quarter('1970-11-12 10:00:00');       -- 4
select quarter('1970-11-12');                -- 4
select quarter('19701112'), quarter(date '2021-01-01'), quarter(datetime '2021-06-30 23:59:59'); -- NULL 1 2
select quarter(null);                        -- NULL
