-- The MAPJOIN hints page: https://www.alibabacloud.com/help/en/maxcompute/user-guide/mapjoin-hints
-- (Chinese: https://help.aliyun.com/zh/maxcompute/user-guide/mapjoin-hints).
-- mcsql accepts the hints and ignores them: every join is an in-memory hash
-- join (with a nested loop for conditions that have no equality), so the
-- non-equi and OR conditions the page allows with MAPJOIN work with or
-- without the hint. The page's `alter table ... add partition` lines are
-- left out (INSERT ... PARTITION creates the partitions); row order is not
-- defined by MaxCompute.
create table if not exists sale_detail
(
shop_name     string,
customer_id   string,
total_price   double
)
partitioned by (sale_date string, region string);
create table if not exists sale_detail_sj
(
shop_name     string,
customer_id   string,
total_price   double
)
partitioned by (sale_date string, region string);
insert into sale_detail partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s3','c3',100.3);
insert into sale_detail_sj partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s5','c2',100.2),('s2','c2',100.2);

-- The page: 12 rows, every sale_detail_sj row with every sale_detail row
-- (the OR's second side, a.total_price + b.total_price < 500, holds for all).
select /*+ mapjoin(a) */
        a.shop_name,
        a.total_price,
        b.total_price
from sale_detail_sj a join sale_detail b
on a.total_price < b.total_price or a.total_price + b.total_price < 500;

-- The hint's other documented forms: several small tables, an alias of a
-- subquery, a cartesian product written ON 1 = 1, and the spaced "/* + ... */".
select /*+ mapjoin(a,b) */ count(*) from sale_detail a join sale_detail_sj b on a.shop_name = b.shop_name join sale_detail c on c.shop_name = b.shop_name;
select /*+mapjoin(s)*/ s.shop_name, d.customer_id from (select * from sale_detail_sj where shop_name = 's5') s join sale_detail d on s.customer_id = d.customer_id;
select /*+ mapjoin(a) */ count(*) from sale_detail a join sale_detail_sj b on 1 = 1;
select /* + mapjoin(a) */ a.shop_name, b.customer_id, b.total_price from sale_detail a join sale_detail_sj b on a.shop_name = b.shop_name;
-- SKEWJOIN and DISTMAPJOIN hints are accepted the same way.
select /*+ skewjoin(a) */ count(*) from sale_detail a join sale_detail_sj b on a.shop_name = b.shop_name;
select /*+ skewjoin(a(shop_name)(("s1"), ("s2"))) */ count(*) from sale_detail a join sale_detail_sj b on a.shop_name = b.shop_name;
select /*+ distmapjoin(b(shard_count=2)) */ count(*) from sale_detail a join sale_detail_sj b on a.shop_name = b.shop_name;
