-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/current-timezone
-- Returns Asia/Shanghai.
SELECT CURRENT_TIMEZONE();
-- Change the project time zone to UTC.
SET odps.sql.timezone=Etc/GMT;
-- Returns Etc/GMT.
SELECT CURRENT_TIMEZONE();
-- An offset is returned as written.
SET odps.sql.timezone=GMT+8;
SELECT CURRENT_TIMEZONE();
