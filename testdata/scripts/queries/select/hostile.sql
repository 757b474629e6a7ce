-- Hostile column lists and window calls: each is a clean error.
-- case: a column named twice in EXCEPT
select * except (v, V) from values (1, 2) t(v, w);
-- case: a column replaced twice in REPLACE
select * replace (1 as v, 2 as v) from values (1, 2) t(v, w);
-- case: EXCEPT of every column
select * except (v, w) from values (1, 2) t(v, w);
-- case: an invalid regular expression column
select `(` from values (1, 2) t(v, w);
-- case: a ranking function with FILTER
select rank() filter (where v > 0) over (order by v) from values (1) t(v);
-- case: a ranking function with WITHIN GROUP
select row_number() within group (order by v) over () from values (1) t(v);
