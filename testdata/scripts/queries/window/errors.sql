-- Window function errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/window-functions-1
-- case: a window function without OVER
select rank() from values (1) t(a);
-- case: a window function in WHERE
select a from values (1) t(a) where row_number() over (order by a) = 1;
-- case: in GROUP BY
select count(*) from values (1) t(a) group by row_number() over (order by a);
-- case: in HAVING
select a from values (1) t(a) group by a having rank() over (order by a) = 1;
-- case: nested window functions
select sum(rank() over (order by a)) over () from values (1) t(a);
-- case: LAG needs ORDER BY
select lag(a) over (partition by a) from values (1) t(a);
-- case: a frame on a ranking function
select rank() over (order by a rows between 1 preceding and current row) from values (1) t(a);
-- case: a scalar function with OVER
select abs(a) over () from values (1) t(a);
-- case: an unknown window
select sum(a) over w from values (1) t(a);
-- case: a window defined twice
select sum(a) over w from values (1) t(a) window w as (), w as (order by a);
-- case: frame start after its end
select sum(a) over (order by a rows between current row and 1 preceding) from values (1) t(a);
-- case: frame end UNBOUNDED PRECEDING
select sum(a) over (order by a rows between unbounded preceding and unbounded preceding) from values (1) t(a);
-- case: a negative offset
select sum(a) over (order by a rows between -1 preceding and current row) from values (1) t(a);
-- case: a RANGE offset needs one numeric ORDER BY key
select sum(a) over (order by b range between 1 preceding and current row) from values (1, 'x') t(a, b);
-- case: NTILE needs a positive constant
select ntile(0) over (order by a) from values (1) t(a);
-- case: a non-constant offset
select lag(a, a) over (order by a) from values (1) t(a);
-- case: wrong number of arguments
select row_number(1) over () from values (1) t(a);
-- case: a syntax error in the frame
select sum(a) over (order by a rows between 1 and 2) from values (1) t(a);
-- case: CLUSTER_SAMPLE takes a ratio m/n with m at most n
select cluster_sample(1, 2) over () from values (1) t(a);
-- case: CLUSTER_SAMPLE needs a constant
select cluster_sample(a) over () from values (1) t(a);
