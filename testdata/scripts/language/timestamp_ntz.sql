-- The TIMESTAMP_NTZ type (MaxCompute 2.0): a wall-clock date and time with no
-- time zone, up to nanoseconds.
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-timestamp-ntz-data-type-introduction
SET odps.sql.type.system.odps2=true;
SET odps.sql.timezone=Asia/Shanghai;
CREATE TABLE ts_test02(a timestamp, b timestamp_ntz);
INSERT INTO TABLE ts_test02 VALUES(timestamp '1970-01-01 00:00:00', timestamp_ntz '1970-01-01 00:00:00');
SELECT * FROM ts_test02;
-- The page then switches the session to UTC: the TIMESTAMP column shows
-- 1969-12-31 16:00:00 and the TIMESTAMP_NTZ column still 1970-01-01 00:00:00.
-- mcsql keeps TIMESTAMP values as wall-clock readings, so only the
-- TIMESTAMP_NTZ half of that example holds here.
SET odps.sql.timezone=UTC;
SELECT b FROM ts_test02;
-- Literals, CAST to and from STRING and the other time types, comparison.
SELECT TIMESTAMP_NTZ '2025-03-27 15:39:40.123456789' AS ns, timestamp_ntz'2025-03-27 15:39:40' AS s;
SELECT CAST('2025-03-27 15:39:40.5' AS TIMESTAMP_NTZ) AS from_string,
       CAST(TIMESTAMP_NTZ '2025-03-27 15:39:40.5' AS STRING) AS to_string,
       CAST(TIMESTAMP_NTZ '2025-03-27 15:39:40.5' AS DATE) AS to_date,
       CAST(TIMESTAMP_NTZ '2025-03-27 15:39:40.5' AS DATETIME) AS to_datetime;
SELECT TIMESTAMP_NTZ '2025-01-01 00:00:00' < TIMESTAMP_NTZ '2025-01-01 00:00:00.000000001' AS lt,
       TIMESTAMP_NTZ '2025-01-01 00:00:00' = CAST('2025-01-01 00:00:00' AS TIMESTAMP_NTZ) AS eq;
-- A STRING is inserted into a TIMESTAMP_NTZ column through CAST's rules.
INSERT INTO TABLE ts_test02 VALUES(NULL, '2025-06-01 12:00:00.25');
SELECT b FROM ts_test02 ORDER BY b;
DESC ts_test02;
