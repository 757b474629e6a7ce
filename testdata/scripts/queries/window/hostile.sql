-- Hostile windows: frame offsets at the limits of BIGINT, RANGE frames
-- over BIGINTs past 2^53, infinities and NaN, and window functions where
-- they cannot go. Each gives the exact result or a clean error.
-- case: ROWS offsets of 2^63-1 reach the whole partition
select v, sum(v) over (order by v rows between 9223372036854775807 preceding and 9223372036854775807 following) s from values (1), (2), (3) t(v);
-- case: a frame wholly past the partition is empty
select v, sum(v) over (order by v rows between 9223372036854775807 following and 9223372036854775807 following) s from values (1), (2), (3) t(v);
-- case: a RANGE offset of 2^63-1 over BIGINTs at both ends of their range
select v, count(v) over (order by v range between 9223372036854775807 preceding and current row) c from values (-9223372036854775807L), (2L), (9223372036854775807L) t(v);
-- case: RANGE distances between BIGINTs are exact past 2^53
select v, count(v) over (order by v range between 0 preceding and 0 following) c from values (9007199254740993L), (9007199254740992L) t(v);
-- case: RANGE frames over infinities and NaN (NaN sorts after every number)
select v,
  count(v) over (order by v range between 1 preceding and 1 following) asc_c,
  count(v) over (order by v desc range between 1 preceding and 1 following) desc_c
from values (cast('inf' as double)), (1.0), (cast('-inf' as double)), (cast('nan' as double)), (null), (2.0) t(v);
-- case: a window function in a lambda body
select transform(array(1, 2), x -> lag(x) over (order by x)) from values (1) t(v);
-- case: an offset past BIGINT
select sum(v) over (order by v rows between 99999999999999999999 preceding and current row) from values (1) t(v);
-- case: a RANGE offset over a DATE key
select count(v) over (order by v range between 1 preceding and current row) from values (date '2020-01-01') t(v);
-- case: LAG's offset must be a non-negative constant
select lag(v, -1) over (order by v) from values (1) t(v);
-- case: NTILE of 2^63-1 buckets
select v, ntile(9223372036854775807) over (order by v) n from values (1), (2), (3) t(v);
-- case: DISTINCT aggregates over sliding frames (counted per tuple as rows enter and leave; NULL tuples skipped)
select k, v, w,
  count(distinct v) over (order by k rows between 1 preceding and 1 following) c,
  sum(distinct v) over (order by k rows between 1 preceding and current row) s,
  count(distinct v, w) over (order by k rows between 2 preceding and current row) c2
from values (1, 1, 'a'), (2, 1, 'a'), (3, 2, null), (4, 1, 'b'), (5, null, 'b'), (6, 3, 'a') t(k, v, w);
-- case: COUNT(DISTINCT) over a sliding frame of 10000 rows is quick
select count(*), sum(m) from (select count(distinct x % 100) over (order by x rows between 5000 preceding and 5000 following) m from (select explode(sequence(1, 10000)) as x) t) z;
-- case: integer RANGE offsets over BIGINT keys compare exactly, even where v + offset passes BIGINT
select v,
  sum(v) over (order by v range between 9223372036854775807 following and 9223372036854775807 following) asc_s,
  sum(v) over (order by v desc range between 9223372036854775807 preceding and 9223372036854775807 preceding) desc_s
from values (1L), (2L), (9223372036854775807L), (0L) t(v);
-- case: RANGE offsets, integer and fractional, both directions, NULL keys
select v,
  count(v) over (order by v range between 2 preceding and 1 following) a,
  count(v) over (order by v desc range between 2 preceding and 1 following) d,
  count(v) over (order by v range between 1.5 preceding and 0.5 following) f
from values (1L), (2L), (3L), (5L), (null), (6L), (6L) t(v);
