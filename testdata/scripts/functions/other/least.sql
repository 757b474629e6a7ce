-- LEAST: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (LEAST section)
-- Example: 2
select least(5, 2, 7);
-- NULLs are skipped, all NULL gives NULL; mixed types convert as for GREATEST.
select least(5, null, 3), least(null, null), least(1.5, 2, '0.5'), least(3.14BD, 5, 2.5), least(date'2025-10-01', date'2024-02-29');
-- Hive-compatible mode: any NULL gives NULL.
set odps.sql.hive.compatible=true;
select least(5, null, 3);
