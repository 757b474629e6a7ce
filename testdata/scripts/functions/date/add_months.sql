-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/add-months
-- Page examples (static data).
select add_months('2017-02-14', 3);              -- 2017-05-14
select add_months('17-2-14', 3);                 -- 0017-05-14
select add_months('2017-02-14 21:30:00', 3);     -- 2017-05-14
select add_months('20170214', 3);                -- NULL
select add_months('2017-02-14 21:30:00', null);  -- NULL
-- Page examples (table data, first row of mf_date_fun_t).
select add_months(date '2021-11-29', 1), add_months(datetime '2021-11-29 00:01:00', 2),
       add_months(timestamp '2021-01-11 00:00:00.123456789', 3), add_months('2021-11-20', 4); -- 2021-12-29 2022-01-29 2021-04-11 2022-03-20
-- A day past the target month's end becomes its last day (as DATEADD does).
select add_months('2024-01-31', 1), add_months('2023-03-31', -1), add_months('2024-02-29', 12); -- 2024-02-29 2023-02-28 2025-02-28
-- A NULL num_months gives NULL; a NULL startdate is an error (add_months_errors).
