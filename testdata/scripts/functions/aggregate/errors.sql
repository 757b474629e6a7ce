-- Aggregate misuse: https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
-- case: wrong number of arguments
select arg_max(x) from values (1) t(x);
-- case: ANY takes a BOOLEAN
select any(x) from values (1) t(x);
-- case: MAX refuses BOOLEAN
select max(x) from values (true) t(x);
-- case: BITWISE_XOR_AGG takes integers
select bitwise_xor_agg(x) from values (1.5D) t(x);
-- case: WM_CONCAT separator must be a constant
select wm_concat(s, x) from values (',', 'a') t(s, x);
-- case: WM_CONCAT refuses BOOLEAN values
select wm_concat(',', x) from values (true) t(x);
-- case: COUNT_IF takes no FILTER
select count_if(x > 1) filter (where x < 3) from values (1) t(x);
-- case: SUM takes no WITHIN GROUP
select sum(x) within group (order by x) from values (1) t(x);
-- case: every WITHIN GROUP orders alike
select wm_concat(',', x) within group (order by x), collect_list(x) within group (order by x desc) from values ('a') t(x);
-- case: DISTINCT orders by its argument
select wm_concat(distinct ',', x) within group (order by y) from values ('a', 'b') t(x, y);
-- case: DISTINCT orders by its argument's type
select wm_concat(distinct ',', sal) within group (order by sal) from values (1L) t(sal);
-- case: percentile out of range
select percentile(x, 1.5) from values (1) t(x);
-- case: PERCENTILE takes integers
select percentile(x, 0.5) from values ('a') t(x);
-- case: PERCENTILE_APPROX with a NULL accuracy
select percentile_approx(x, 0.5, cast(null as int)) from values (1D) t(x);
-- case: MAP_UNION_SUM needs numeric values
select map_union_sum(m) from values (map('a', 'b')) t(m);
-- case: NUMERIC_HISTOGRAM needs two buckets
select numeric_histogram(1, x) from values (1D) t(x);
-- case: aggregates do not nest
select sum(count(x)) from values (1) t(x);
-- case: an aggregate in FILTER
select sum(x) filter (where count(x) > 1) from values (1) t(x);
-- case: FILTER on a scalar function
select upper(x) filter (where x = 'a') from values ('a') t(x);
-- case: SUM overflow
select sum(x) from values (9223372036854775807L), (1L) t(x);
-- case: STDDEV of a date
select stddev(x) from values (date '2024-01-01') t(x);
-- case: PERCENTILE_APPROX's p must be a constant
select percentile_approx(x, w, y) from values (1D, 1D, 0.5D) t(x, w, y);
-- case: PERCENTILE's p must be a constant
select percentile(x, y) from values (1, 0.5D) t(x, y);
