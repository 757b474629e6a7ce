-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-char
-- Non-date values: BOOLEAN, BIGINT, DOUBLE, DECIMAL to STRING.
select to_char(123);                         -- 123
select to_char(true);                        -- TRUE (the 2023 page shows true; mcsql follows odpscmd's TRUE)
select to_char(1.23);                        -- 1.23
select to_char(null);                        -- NULL
-- Dates: yyyy mm dd hh mi ss ff3 (case-insensitive) are replaced, other characters are copied.
select to_char(datetime '2025-03-05 14:30:00', 'yyyy-mm-dd');             -- 2025-03-05
select to_char(datetime '2010-12-03 00:00:00', '阿里巴巴同学yyyy年mm月dd日'); -- 阿里巴巴同学2010年12月03日
select to_char(datetime '2008-07-18 00:00:00', 'yyyymmdd');                -- 20080718
select to_char(datetime '2008-07-18 21:10:05', 'yyyy-MM-dd hh:mi:ss');     -- 2008-07-18 21:10:05
select to_char(timestamp '2008-07-18 21:10:05.123', 'hh:mi:ss.ff3'), to_char(date '2008-07-18', 'dd/mm/yyyy'); -- 21:10:05.123 18/07/2008
-- format NULL gives NULL.
select to_char(datetime '2008-07-18 00:00:00', null);                      -- NULL
-- TIMESTAMP with %-directives, in the session zone (Asia/Shanghai by default) or a given one.
select to_char(timestamp '2025-07-20 07:30:00', '%Y-%m-%d %H:%M:%S');                -- 2025-07-20 07:30:00
select to_char(timestamp '2025-07-20 07:30:00', '%Y-%m-%d %H:%M:%S', 'UTC');         -- 2025-07-19 23:30:00
select to_char(timestamp '2025-07-20 07:30:00', '%F %T %p %b %a %%', 'Asia/Tokyo');  -- 2025-07-20 08:30:00 AM Jul Sun %
-- More examples of the date functions page.
select to_char(datetime '2010-12-03 00:00:00', 'Alibaba Finance yyyy-mm*dd');  -- Alibaba Finance 2010-12*03
select to_char(datetime '2021-11-29 00:01:00', 'yyyy-mm-dd');                  -- 2021-11-29 (table data)
set odps.sql.type.system.odps2=false;
select to_char('2008-07-18 00:00:00', 'yyyymmdd');                             -- 20080718
