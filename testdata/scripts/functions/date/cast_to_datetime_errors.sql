-- https://www.alibabacloud.com/help/en/maxcompute/use-cases/convert-data-types-among-string-timestamp-and-datetime
-- case: a date-only text (the conversion page's NULL is the non-strict answer; strict mode is an error)
select cast('2009-07-01' as timestamp);
-- case: not a date
select cast('2009/07/01 16:09:00' as datetime);
-- case: an impossible date
select cast('2009-02-30 00:00:00' as timestamp);
