-- ARRAY_REDUCE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-reduce
-- The return value is 6.
select array_reduce(array(1, 2, 3), 0, (buf, e)->buf + e, buf->buf);
-- The return value is 2.5.
select array_reduce(array(1, 2, 3, 4), named_struct('sum', 0, 'count', 0), (buf, e)->named_struct('sum', buf.sum + e, 'count', buf.count + 1), buf -> buf.sum / buf.count);
-- The accumulator may be a string; final may change the type.
select array_reduce(array('a', 'b', 'c'), '', (s, x) -> concat(s, x), s -> length(s));
-- Empty array: final of init. NULL array: NULL.
select array_reduce(cast(array() as array<int>), 10, (b, x) -> b + x, b -> b), array_reduce(cast(null as array<int>), 0, (b, x) -> b + x, b -> b);
-- NULL elements reach merge.
select array_reduce(array(1, null, 3), 0, (b, x) -> b + coalesce(x, 100), b -> b);
