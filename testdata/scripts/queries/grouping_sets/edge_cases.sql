-- GROUPING SETS, CUBE and ROLLUP beyond the documentation's examples.
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/grouping-sets
create table sales (region string, item string, qty bigint, price double);
insert into sales values
    ('east', 'pen', 2, 1.5), ('east', 'ink', null, 2.5), (null, 'pen', 3, null),
    ('west', 'pen', 4, 0.5), ('west', null, 4, -0.0), ('east', 'pen', 1, 1.5);

-- NULLs of the data next to the placeholders of ROLLUP: GROUPING and
-- GROUPING__ID tell them apart (the rows with region NULL: the grand
-- total, then the subtotal of the NULL region, then its detail).
select region, item, count(*) as n, sum(qty) as q, grouping(region) as gr, grouping(item) as gi, grouping__id
from sales group by rollup(region, item);

-- GROUPING in the select list, HAVING and ORDER BY.
select if(grouping(region) = 1, 'ALL', nvl(region, '(none)')) as region, sum(qty) as q
from sales group by cube(region)
having grouping(region) = 1 or sum(qty) > 3
order by grouping(region), q desc;

-- GROUPING_ID's first argument is its most significant bit.
select region, item, grouping_id(region, item) as ri, grouping_id(item, region) as ir, grouping_id(item) as i
from sales group by grouping sets ((region), (item), ()) order by ri, ir, region, item;

-- DISTINCT aggregates are computed per grouping set.
select region, item, count(distinct item) as items, count(distinct region) as regions, count(*) as n
from sales group by grouping sets ((region), (item), ());

-- Mixing elements is their cross product: region x ROLLUP(item) x (() or (qty)).
select region, item, qty, count(*) as n, grouping__id
from sales where region = 'east'
group by region, rollup(item), grouping sets ((), (qty));

-- A set written twice gives its rows twice, as UNION ALL would.
select region, count(*) as n from sales group by grouping sets ((region), (region), ());

-- Expressions as keys, and the empty set alone (one row, like no GROUP BY).
select qty % 2 as parity, upper(region) as r, count(*) as n from sales group by cube(qty % 2, upper(region));
select count(*) as n, sum(qty) as q from sales group by grouping sets (());

-- No input rows: only the empty set gives a row.
select region, count(*) as n, sum(qty) as q from sales where qty > 100 group by rollup(region);
select region, item, count(*) as n from sales where qty > 100 group by grouping sets ((region), (region, item));

-- SELECT DISTINCT over grouping sets, and the grouped rows as a subquery.
select distinct grouping__id as id from sales group by cube(region, item) order by id;
select lvl, count(*) as rows_at_level from (
    select grouping__id as lvl, region, item, sum(qty) as q from sales group by cube(region, item)
) s group by lvl order by lvl;

-- GROUP BY an alias of the select list (a FROM column of the same name
-- would win), and positions when odps.sql.groupby.position.alias is true.
select upper(region) as r, count(*) as n from sales group by rollup(r) order by r;
set odps.sql.groupby.position.alias=true;
select region, item, count(*) as n from sales group by 1, 2 order by region, item;
select region, qty > 2 as big, count(*) as n from sales group by cube(1, 2) order by region, big;
