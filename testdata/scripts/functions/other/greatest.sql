-- GREATEST: https://www.alibabacloud.com/help/en/maxcompute/user-guide/greatest
-- (newest page, 2026: DATE is accepted; DECIMAL among numbers and strings gives DECIMAL)
-- Example 1: 9.9 (2.5, 5, 3.14BD and '9.9' meet at DECIMAL)
SELECT greatest(2.5, 5, 3.14BD, '9.9');
-- Example 2: 2025-10-01 12:00:00 (NULL counts as the smallest)
SELECT greatest(datetime'2025-10-01 12:00:00', null) AS result;
-- Example 3: 2026-01-01
SELECT greatest(date'2025-10-01', date'2025-10-03', date'2026-01-01');
-- Same types keep their type; DOUBLE, BIGINT and STRING meet at DOUBLE; STRING and DATETIME at DATETIME.
select greatest(1, 3, 2), greatest('a', 'c', 'b'), greatest(1, 2.5, '3'), greatest('2025-01-01 00:00:00', datetime'2024-01-01 00:00:00');
-- All NULL gives NULL.
select greatest(null, null);
-- Hive-compatible mode: any NULL gives NULL.
set odps.sql.hive.compatible=true;
select greatest(1, null, 3);
