-- LEAST: https://www.alibabacloud.com/help/en/maxcompute/user-guide/least (newest page, Oct 2025;
-- also the LEAST section of user-guide/other-functions, whose only example is the first one)
-- Returns 2.
SELECT least(5, 2, 7);
-- Returns 1.1111 (DOUBLE, BIGINT and STRING meet at DOUBLE).
SELECT least(3,2.5,'1.1111');
-- Returns 12345678901234567890.123456789012345679: the DOUBLE literal meets a DECIMAL and is
-- compared as a DECIMAL made from its digits (rounded to the 18 decimals of DECIMAL(38,18)),
-- not from the double 1.2345678901234567E19, which no longer holds the fraction.
SELECT least(12345678901234567890.12345678901234567890,12345678901234567890.523456789012345679BD);
-- The same for a negative literal, GREATEST and ORDINAL; a DOUBLE that is not a literal
-- (here a product) is still converted from its value.
SELECT greatest(-12345678901234567890.12345678901234567890, -12345678901234567890.523456789012345679BD),
       ordinal(1, 12345678901234567890.12345678901234567890, 12345678901234567890.523456789012345679BD),
       least(12345678901234567890.12345678901234567890 * 1, 12345678901234567890.523456789012345679BD);
-- Returns 2025-07-01 12:00:00 (STRING and DATETIME meet at DATETIME).
set odps.sql.type.system.odps2=false;
SELECT LEAST(datetime'2025-07-01 12:00:00', '2025-07-02 12:00:00') AS result;
-- Returns 2025-02-02.
set odps.sql.type.system.odps2=true;
SELECT LEAST(date'2025-10-01', date'2025-10-03', date'2026-01-01',date'2025-02-02') AS result;
-- NULLs are skipped, all NULL gives NULL; mixed types convert as for GREATEST.
select least(5, null, 3), least(null, null), least(1.5, 2, '0.5'), least(3.14BD, 5, 2.5), least(date'2025-10-01', date'2024-02-29');
-- Hive-compatible mode: any NULL gives NULL.
set odps.sql.hive.compatible=true;
select least(5, null, 3);
