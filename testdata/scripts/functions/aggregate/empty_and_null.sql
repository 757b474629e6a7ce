-- Every aggregate over no rows and over only NULLs (mcsql's edge cases;
-- the pages: "If a value of the column is null, the row is not used for
-- calculation", and WM_CONCAT's note that an empty input gives NULL):
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
create table e (b boolean, i bigint, d double, s string, m map<string, bigint>);
insert into e values (null, null, null, null, null);
@none := select * from e where i = 1;
select count(*), count(i), count_if(b), sum(i), avg(d), min(s), max(i), any_value(s), arg_max(i, s), min_by(s, i) from @none;
select count(*), count(i), count_if(b), sum(i), avg(d), min(s), max(i), any_value(s), arg_max(i, s), min_by(s, i) from e;
select any(b), bool_and(b), bool_or(b), bitwise_and_agg(i), bitwise_or_agg(i), bitwise_xor_agg(i) from @none;
select any(b), bool_and(b), bool_or(b), bitwise_and_agg(i), bitwise_or_agg(i), bitwise_xor_agg(i) from e;
select variance(d), var_samp(d), stddev(d), stddev_samp(d), covar_pop(d, i), covar_samp(d, i), corr(d, i) from e;
select collect_list(s), collect_set(s), wm_concat(',', s), histogram(s), map_agg(s, i), multimap_agg(s, i), map_union(m), map_union_sum(m) from e;
select median(d), percentile(i, 0.5), percentile_cont(d, 0.5), percentile_disc(s, 0.5), approx_distinct(s), numeric_histogram(3, d), percentile_approx(d, 0.5) from e;
-- Grouped: no rows, no groups.
select s, count(*), collect_list(i) from @none group by s;
-- FILTER that keeps nothing.
select sum(i) filter (where false), count(*) filter (where false), collect_list(s) filter (where false) from e;
