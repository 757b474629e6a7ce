-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/last-day
-- Page examples: a STRING yyyy-mm-dd.
select last_day('2017-03-04');               -- 2017-03-31
select last_day('2017-07-04 11:40:00');      -- 2017-07-31
select last_day('20170304');                 -- NULL
select last_day(date '2024-02-01'), last_day(datetime '2021-11-29 00:01:00'); -- 2024-02-29 2021-11-30
-- The newest page adds date_part: then the result is a DATE.
select last_day('2025-10-01');                   -- 2025-10-31
select last_day('2025-06-27 11:40:00', 'week(sunday)'), last_day('2025-06-27 11:40:00', 'isoweek'),
       last_day('2025-06-27 11:40:00', 'week'), last_day('2025-06-27 11:40:00', 'week(monday)'); -- 2025-06-28 2025-06-29 2025-06-29 2025-06-29
select last_day(date '2025-02-10', 'year'), last_day(date '2025-02-10', 'q'), last_day(datetime '2024-02-10 10:00:00', 'mm'),
       last_day(date '2024-12-30', 'isoyear'), last_day(date '2026-01-02', 'isoyear'); -- 2025-12-31 2025-03-31 2024-02-29 2025-12-28 2027-01-03
select last_day('20250101', 'year'), last_day(date '2025-02-10', null);
