-- SEQUENCE: https://www.alibabacloud.com/help/en/maxcompute/sequence-1
-- (older https://www.alibabacloud.com/help/en/maxcompute/latest/sequence, zh/ja/tc versions: same examples).
-- [1, 2, 3, 4, 5]
SELECT sequence(1, 5);
-- [5, 4, 3, 2, 1]
SELECT sequence(5, 1);
-- The page's third example, sequence(to_date('2018-01-01'), to_date('2018-03-01'), interval 1 month)
-- = [2018-01-01, 2018-02-01, 2018-03-01], needs INTERVAL literals, which mcsql
-- does not parse yet; a date sequence without a step goes by days.
SELECT sequence(to_date('2018-01-01'), to_date('2018-01-04')), sequence(date '2018-01-03', date '2018-01-01');
SELECT sequence(datetime '2018-01-01 10:00:00', datetime '2018-01-03 09:00:00');
-- Steps; stop is included when a step lands on it; equal ends give one element.
SELECT sequence(-2, 2, 3), sequence(1, 10, 4), sequence(10, 1, -3), sequence(3, 3), sequence(3, 3, -1);
-- The element type is the common type of start and stop.
SELECT sequence(cast(1 as tinyint), cast(3 as tinyint)), sequence(1, 3, cast(1 as int));
-- Huge steps do not overflow.
SELECT sequence(-9223372036854775807, 9223372036854775807, 9223372036854775807);
-- NULL arguments: NULL.
SELECT sequence(1, null), sequence(null, 2), sequence(1, 2, null);
-- The 10000-element limit moves with odps.sql.max.sequence.length.
set odps.sql.max.sequence.length=20000;
SELECT size(sequence(1, 20000));
