-- Bad values of the settings mcsql acts on are errors, not silently ignored.
-- case: unknown time zone
set odps.sql.timezone=Mars/Olympus;
-- case: empty time zone
set odps.sql.timezone=;
-- case: edition flag that is not a boolean
set odps.sql.hive.compatible=yes please;
