-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-date
-- Without a format: yyyy-mm-dd text (a date-time text keeps its date) gives a DATE.
select to_date('2025-01-29');                                        -- 2025-01-29
select to_date('2025-01-29 10:11:12'), to_date('20250129'), to_date('2025-02-30'); -- 2025-01-29 NULL NULL
-- With a format: a DATETIME.
select to_date('Alibaba2025-01*27', 'Alibabayyyy-mm*dd');            -- 2025-01-27 00:00:00
select to_date('20250112', 'yyyymmdd');                              -- 2025-01-12 00:00:00
select to_date('202501281212', 'yyyymmddhhmi');                      -- 2025-01-28 12:12:00
select to_date('20251030 15-13-12.345', 'yyyymmdd hh-mi-ss.ff3');    -- 2025-10-30 15:13:12
select to_date('2025-09-24T13:39:34.119Z', 'yyyy-MM-ddThh:mi:ss.ff3Z'); -- 2025-09-24 13:39:34
select to_date('2009-07-01 16:09:00', 'yyyy-mm-dd hh:mi:ss');        -- 2009-07-01 16:09:00
-- NULL inputs.
select to_date(null, 'yyyymmdd hh-mi-ss.ff3');                       -- NULL
select to_date('20251030 15-13-12.345', null);                       -- NULL
-- Invalid inputs give NULL.
select to_date('2025112', 'yyyymmdd');                               -- NULL: the day lacks a digit
select to_date('Alibaba2025-12*3', 'Alibabayyyy-mm*dd');             -- NULL
select to_date('2025-24-01', 'yyyy');                                -- NULL: text left over
select to_date('1234-2234', 'yyyy-yyyy');                            -- NULL: yyyy twice
select to_date('2009-07-01', 'yyyy-mm-dd hh:mi:ss');                 -- NULL: the text is too short
-- BIGINT and DATETIME arguments are read as their text.
select to_date(20250112, 'yyyymmdd'), to_date(datetime '2025-01-12 10:00:00', 'yyyy-mm-dd hh:mi:ss'); -- 2025-01-12 00:00:00 2025-01-12 10:00:00
