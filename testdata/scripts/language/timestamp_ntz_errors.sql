-- TIMESTAMP_NTZ literal errors (a script that fails to compile runs nothing,
-- so they are kept apart from timestamp_ntz.sql, whose results they would hide).
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-timestamp-ntz-data-type-introduction
SET odps.sql.type.system.odps2=true;
SET odps.sql.timezone=Asia/Shanghai;
-- An impossible date is an error.
SELECT TIMESTAMP_NTZ '2025-02-30 00:00:00';
