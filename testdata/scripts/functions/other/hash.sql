-- HASH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/hash
-- The newest page writes BIGINT literals (0L, 2L, 4L); the older one plain literals. Both give:
-- Example 1: 66
select hash(0L, 2L, 4L), hash(0, 2, 4);
-- Example 2: 97
select hash(0L, 'a'), hash(0, 'a');
-- Example 3: 0 and 0
select hash(0L, null), hash(0L, '');
-- Hive's hash codes: a string hashes like Java's String.hashCode ('abc' = 96354), true = 1,
-- a DOUBLE as Double.hashCode (1.5 = 1073217536), a BIGINT beyond 32 bits folds its halves.
select hash('abc'), hash(true), hash(false), hash(1.5), hash(4294967297L), hash(-1L);
-- The hash depends on the type, as in Hive: an INT is its value, a BIGINT Long.hashCode, a FLOAT
-- Float.floatToIntBits (1.5F = 1069547520), a DATE its epoch day (2024-01-01 = 19723).
select hash(-1), hash(-1L), hash(cast(1.5 as float)), hash(date'2024-01-01'), hash('1') = hash(1);
-- Hive-compatible mode gives the same values.
set odps.sql.hive.compatible=true;
select hash(0, 2, 4), hash(0, 'a'), hash('abc');
