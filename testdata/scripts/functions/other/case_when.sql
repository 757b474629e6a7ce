-- CASE WHEN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/case-when
-- (also the CASE WHEN section of user-guide/other-functions)
create table sale_detail(shop_name string, customer_id string, total_price double, sale_date string, region string);
insert into sale_detail values
  ('s1','c1',100.1,'2013','china'), ('s2','c2',100.2,'2013','china'), ('s3','c3',100.3,'2013','china'),
  (null,'c5',null,'2014','shanghai'), ('s6','c6',100.4,'2014','shanghai'), ('s7','c7',100.5,'2014','shanghai');
-- The page's example: default_region three times, then sh_region three times.
select
case
when region='china' then 'default_region'
when region like 'shang%' then 'sh_region'
end as region
from sale_detail;
-- The simple form compares one value with each WHEN value.
select shop_name, case sale_date when '2013' then 'old' when '2014' then 'new' else 'other' end from sale_detail;
-- Result types: BIGINT and DOUBLE results give DOUBLE; a STRING among the results makes every
-- result a STRING; no ELSE and no match gives NULL; the first matching WHEN wins.
select case when true then 1 else 2.5 end, case when false then 1 else 'x' end, case when true then 1 else 'x' end,
       case when false then 'x' end, case 1 when 1 then 'first' when 1 then 'second' end;
-- A NULL value matches no WHEN, not even WHEN NULL (use the searched form with IS NULL).
select case null when null then 'matched' else 'not matched' end, case when null is null then 'matched' end;
-- An older version of the page: NULL shop names give default_region, names starting with hang give
-- zj_region, the rest NULL (no ELSE).
insert into sale_detail values ('hangzhou1','c8',100.6,'2015','zhejiang');
select shop_name,
case
when shop_name is null then 'default_region'
when shop_name like 'hang%' then 'zj_region'
end as region
from sale_detail;
-- Only the first WHEN is always evaluated; with constant arguments too, the conditions and
-- results after the one that holds are not: 'first' (mcsql, as IF and COALESCE document).
select case when 1 = 1 then 'first' when failif(true, 'never evaluated') then 'second' else if(failif(true, 'never evaluated'), 'x', 'y') end;
