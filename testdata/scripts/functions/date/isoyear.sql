-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/isoyear
-- Returns 2025.
SELECT ISOYEAR(DATE '2025-03-12');
SET odps.sql.type.system.odps2 = true;
-- STRING input. Returns 2025.
SELECT ISOYEAR('2025-03-12 12:22:00.123');
-- TIMESTAMP input. Returns 2025.
SELECT ISOYEAR(TIMESTAMP '2025-03-31 12:43:00');
-- DATE input. Returns 2025.
SELECT ISOYEAR(DATE '2025-01-01');
-- DATETIME input: Monday 2024-01-01 starts ISO year 2024. Returns 2024.
SELECT ISOYEAR(DATETIME '2024-01-01 12:30:00');
-- TIMESTAMP_NTZ input. Returns 2025.
SELECT ISOYEAR(TIMESTAMP_NTZ '2025-06-06 12:43:00.123');
-- Year boundaries: Friday 2021-01-01 belongs to ISO year 2020, Monday
-- 2024-12-30 to ISO year 2025.
SELECT ISOYEAR(DATE '2021-01-01'), ISOYEAR('2021-01-04'), ISOYEAR(DATE '2024-12-30'), ISOYEAR('2024-12-29 23:59:59');
-- A STRING in another format gives NULL, as does NULL.
SELECT ISOYEAR('2025/03/12'), ISOYEAR(NULL);
-- (The page's INTERVAL_YEAR_MONTH examples need the INTERVAL type, which mcsql lacks.)
