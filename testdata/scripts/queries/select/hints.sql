-- Hints are accepted and ignored: the forms of the MAPJOIN, DISTRIBUTED
-- MAPJOIN, SKEWJOIN and CTE MATERIALIZE pages.
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/mapjoin-hints
create table sale_detail_sj (shop_name string, total_price double);
create table sale_detail (shop_name string, customer_id string, total_price double);
create table shop (shop_name string);
insert into sale_detail_sj values ('s1', 100.0), ('s2', 450.0);
insert into sale_detail values ('s1', 'c1', 200.0), ('s3', 'c3', 50.0);
insert into shop values ('s1'), ('s2');

-- The page's MAPJOIN example: a non-equi join, allowed with MAPJOIN.
SELECT /*+ mapjoin(a) */ a.shop_name, a.total_price, b.total_price
FROM sale_detail_sj a JOIN sale_detail b
ON a.total_price < b.total_price OR a.total_price + b.total_price < 500;
-- The older page's form, with a space after /*: a plain comment.
select /* + mapjoin(a) */
        a.shop_name,
        b.customer_id,
        b.total_price
from shop a join sale_detail b
on a.shop_name = b.shop_name;
-- Several small tables; other hints; two hint comments.
select /*+mapjoin(a,b)*/ count(*) as n from shop a join sale_detail b on a.shop_name = b.shop_name;
select /*+ distmapjoin(b(shard_count=5)) */ count(*) as n from shop a join sale_detail b on a.shop_name = b.shop_name;
select /*+ skewjoin(a(shop_name)(("s1"), ("s2"))) */ count(*) as n from shop a join sale_detail b on a.shop_name = b.shop_name;
select /*+ mapjoin(a) */ /*+ split_size(128) */ count(*) as n from shop a;
-- A hint in a subquery and in a CTE.
with c as (select /*+ MATERIALIZE */ shop_name from shop)
select * from (select /*+ mapjoin(c) */ c.shop_name from c join sale_detail d on c.shop_name = d.shop_name) s;
