-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/add-months
-- Page examples.
select add_months('2017-02-14', 3);            -- 2017-05-14
select add_months('20170214 38:40:32', 3);     -- NULL: not yyyy-mm-dd
select add_months('2017-02-14 21:30:00', 3);   -- 2017-05-14
select add_months(date '2021-11-29', 2), add_months(datetime '2021-11-29 00:01:00', 2),
       add_months(timestamp '2021-01-11 00:00:00.123456789', 2); -- 2022-01-29 2022-01-29 2021-03-11
-- A day past the target month's end becomes its last day.
select add_months('2024-01-31', 1), add_months('2023-03-31', -1), add_months('2024-02-29', 12); -- 2024-02-29 2023-02-28 2025-02-28
-- num_months NULL gives NULL; a NULL date gives NULL too (the page's "error" is for a NULL column of no type).
select add_months('2017-02-14', null), add_months(null, 1);
