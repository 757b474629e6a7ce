-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-date
-- Without a format: yyyy-mm-dd or yyyy-mm-dd hh:mi:ss text gives a DATE.
select to_date('2025-01-29');                                        -- 2025-01-29
select to_date('2021-09-24'), to_date('2021-09-24 13:39:34');        -- 2021-09-24 2021-09-24
select to_date('20210924');                                          -- NULL
-- With a format: a DATETIME.
select to_date('Alibaba2025-01*27', 'Alibabayyyy-mm*dd');            -- 2025-01-27 00:00:00
select to_date('Alibaba 2010-12*03', 'Alibaba yyyy-mm*dd');          -- 2010-12-03 00:00:00
select to_date('20250112', 'yyyymmdd');                              -- 2025-01-12 00:00:00
select to_date('20080718', 'yyyymmdd');                              -- 2008-07-18 00:00:00
select to_date('202501281212', 'yyyymmddhhmi');                      -- 2025-01-28 12:12:00
select to_date('200807182030', 'yyyymmddhhmi');                      -- 2008-07-18 20:30:00
select to_date('20251030 15-13-12.345', 'yyyymmdd hh-mi-ss.ff3');    -- 2025-10-30 15:13:12
select to_date('2025-09-24T13:39:34.119Z', 'yyyy-MM-ddThh:mi:ss.ff3Z'); -- 2025-09-24 13:39:34
select to_date('2009-07-01 16:09:00', 'yyyy-mm-dd hh:mi:ss');        -- 2009-07-01 16:09:00
select to_date('2021-11-20', 'yyyy-mm-dd');                          -- 2021-11-20 00:00:00 (table data, date3)
-- NULL inputs.
select to_date(null, 'yyyymmdd hh-mi-ss.ff3');                       -- NULL
select to_date('20251030 15-13-12.345', null);                       -- NULL
-- Invalid inputs give NULL.
select to_date('2025112', 'yyyymmdd');                               -- NULL: the day lacks a digit
select to_date('2008718', 'yyyymmdd');                               -- NULL
select to_date('Alibaba2025-12*3', 'Alibabayyyy-mm*dd');             -- NULL
select to_date('2010-24-01', 'yyyy-mm-dd');                          -- NULL: no month 24
select to_date('2009-07-01', 'yyyy-mm-dd hh:mi:ss');                 -- NULL: the text is too short
-- The newest page: yyyy must appear exactly once (an older page read
-- to_date('1234-2234', 'yyyy-yyyy') as 1234-01-01 00:00:00).
select to_date('1234-2234', 'yyyy-yyyy');                            -- NULL
-- BIGINT and DATETIME arguments are read as their text.
select to_date(20250112, 'yyyymmdd'), to_date(datetime '2025-01-12 10:00:00', 'yyyy-mm-dd hh:mi:ss'); -- 2025-01-12 00:00:00 2025-01-12 10:00:00
