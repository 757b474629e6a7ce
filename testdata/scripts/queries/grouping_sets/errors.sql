-- Errors of GROUPING SETS, CUBE, ROLLUP, GROUPING and GROUP BY positions.
-- case: setup
create table t (k string, v bigint, w double);
-- case: GROUPING of a column the query does not group by
select k, grouping(w) from t group by rollup(k);
-- case: GROUPING_ID of an expression not grouped
select k, grouping_id(k, v + 1) from t group by cube(k, v);
-- case: GROUPING takes one argument
select grouping(k, v) from t group by cube(k, v);
-- case: GROUPING in WHERE
select k from t where grouping(k) = 0 group by rollup(k);
-- case: GROUPING without GROUP BY
select grouping(k) from t;
-- case: GROUPING__ID without GROUP BY
select grouping__id from t;
-- case: GROUPING inside an aggregate
select sum(grouping(k)) from t group by rollup(k);
-- case: Hive form with a set expression missing from the list
select k from t group by k grouping sets ((k), (v));
-- case: Hive form after a CUBE
select k from t group by k, cube(v) grouping sets ((k));
-- case: too many grouping sets
select count(*) from values (1,2,3,4,5,6,7,8,9,10,11,12,13) s(a,b,c,d,e,f,g,h,i,j,l,m,n) group by cube(a,b,c,d,e,f,g,h,i,j,l,m,n);
-- case: a column neither grouped nor aggregated
select k, v from t group by rollup(k);
-- case: an empty CUBE
select count(*) from t group by cube();
-- case: an unclosed GROUPING SETS
select count(*) from t group by grouping sets ((k), v;
-- case: GROUP BY position out of range
set odps.sql.groupby.position.alias=true;
select k from t group by 2;
-- case: GROUP BY position of an aggregate
set odps.sql.groupby.position.alias=true;
select k, count(*) from t group by 1, 2;
-- case: GROUP BY position of a star
set odps.sql.groupby.position.alias=true;
select * from t group by 1;
-- case: GROUP BY alias of an aggregate
select k, count(*) as n from t group by cube(k, n);
