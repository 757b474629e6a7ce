-- https://www.alibabacloud.com/help/en/maxcompute/use-cases/convert-data-types-among-string-timestamp-and-datetime
-- (2026-03; the older https://www.alibabacloud.com/help/doc-detail/326333.htm and the
-- Chinese page give the same examples). CAST from STRING to TIMESTAMP or DATETIME
-- needs yyyy-mm-dd hh:mi:ss. The page answers a date-only text
-- (cast('2009-07-01' as timestamp), cast('2009-07-01' as datetime)) with NULL,
-- which is the non-strict behaviour: the CAST page (2026-03) makes a failed
-- conversion an error under odps.function.strictmode=true, mcsql's only mode,
-- so mcsql reports an error there (cast_to_datetime_errors.sql and
-- functions/other/cast_errors.sql).
select cast('2009-07-01 16:09:00' as timestamp);   -- 2009-07-01 16:09:00 (the page prints 2009-07-01 16:09:00.000)
select cast('2009-07-01 16:09:00' as datetime);    -- 2009-07-01 16:09:00
select to_date('2009-07-01 16:09:00', 'yyyy-mm-dd hh:mi:ss'), to_date('2009-07-01', 'yyyy-mm-dd hh:mi:ss'); -- 2009-07-01 16:09:00 NULL
-- TIMESTAMP to STRING and to DATETIME.
select cast(cast('2009-07-01 16:09:00' as timestamp) as string);                     -- 2009-07-01 16:09:00
select to_char(cast('2009-07-01 16:09:00' as timestamp), 'yyyy-mm-dd hh:mi:ss');      -- 2009-07-01 16:09:00
select cast(cast('2009-07-01 16:09:00' as timestamp) as datetime);                   -- 2009-07-01 16:09:00
select to_date(cast('2009-07-01 16:09:00' as timestamp), 'yyyy-mm-dd hh:mi:ss');      -- 2009-07-01 16:09:00
-- DATETIME to TIMESTAMP and STRING: the page's GETDATE() is 2021-10-14 10:21:47.939;
-- the goldens' fixed clock reads 2026-01-02 11:04:05 in Asia/Shanghai.
select cast(getdate() as timestamp);
select to_char(getdate(), 'yyyy-mm-dd hh:mi:ss'), to_char(getdate(), 'yyyy-mm-dd'), to_char(getdate(), 'yyyy'); -- 2026-01-02 11:04:05 2026-01-02 2026
-- Text that is no date at all, or an impossible date, is still an error (cast_to_datetime_errors.sql).
