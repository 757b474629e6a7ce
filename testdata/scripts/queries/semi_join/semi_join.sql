-- The SEMI JOIN page's examples: https://www.alibabacloud.com/help/en/maxcompute/user-guide/semi-join
-- (Chinese: https://help.aliyun.com/zh/maxcompute/user-guide/semi-join).
-- sale_detail also gets the 2014 rows of the page's other examples (the
-- version of the page whose LEFT ANTI JOIN result shows them). The page's
-- `alter table ... add partition` lines are left out: INSERT ... PARTITION
-- creates the partitions. Row order is not defined by MaxCompute.
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
insert into sale_detail partition (sale_date='2014', region='shanghai') values ('null','c5',null),('s6','c6',100.4),('s7','c7',100.5);
insert into sale_detail_sj partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s5','c2',100.2),('s2','c2',100.2);

-- LEFT SEMI JOIN: the rows of sale_detail whose total_price is in
-- sale_detail_sj, each once however many rows match; the page: s2, s1.
select * from sale_detail a left semi join sale_detail_sj b on a.total_price=b.total_price;

-- LEFT ANTI JOIN: the others, the NULL total_price included; the page:
-- null/c5/NULL, s3, s6, s7.
select * from sale_detail a left anti join sale_detail_sj b on a.total_price=b.total_price;

-- The SUBQUERY page: IN is the LEFT SEMI JOIN, NOT IN the LEFT ANTI JOIN
-- when the subquery has no NULL (NOT IN drops the row whose total_price is NULL).
select * from sale_detail where total_price in (select total_price from sale_detail_sj);
select * from sale_detail where total_price not in (select total_price from sale_detail_sj);

-- A MAPJOIN hint is accepted (sale_detail_sj is the small table).
select /*+ mapjoin(b) */ a.shop_name from sale_detail a left semi join sale_detail_sj b on a.total_price=b.total_price;

-- More ON conditions than the key: the right side's other columns filter too.
select a.shop_name from sale_detail a left semi join sale_detail_sj b on a.total_price=b.total_price and b.shop_name <> a.shop_name;
select a.shop_name from sale_detail a left anti join sale_detail_sj b on a.total_price=b.total_price and b.shop_name = 's5';
-- Without an equality, every pair is tried.
select a.shop_name from sale_detail a left semi join sale_detail_sj b on a.total_price > b.total_price + 0.15;
