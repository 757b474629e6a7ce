-- The JOIN page's examples: https://www.alibabacloud.com/help/en/maxcompute/user-guide/join
-- (Chinese: https://help.aliyun.com/zh/maxcompute/user-guide/join).
-- The page first runs `alter table ... add partition (...)`; INSERT ...
-- PARTITION creates the partitions here, so those lines are left out.
-- MaxCompute returns join rows in no defined order: the page's order is one
-- of them, the rows below are the page's rows.
create table if not exists sale_detail
(
shop_name     string,
customer_id   string,
total_price   double
)
partitioned by (sale_date string, region string);
create table if not exists sale_detail_jt
(
shop_name     string,
customer_id   string,
total_price   double
)
partitioned by (sale_date string, region string);
insert into sale_detail partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s3','c3',100.3);
insert into sale_detail partition (sale_date='2014', region='shanghai') values ('null','c5',null),('s6','c6',100.4),('s7','c7',100.5);
insert into sale_detail_jt partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s5','c2',100.2);
-- The table the page joins with.
create table shop as select shop_name, customer_id, total_price from sale_detail;

-- LEFT OUTER JOIN; the page: (s2, s2), (s1, s1), (s5, NULL).
select a.shop_name as ashop, b.shop_name as bshop from sale_detail_jt a
       left outer join sale_detail b on a.shop_name=b.shop_name;

-- RIGHT OUTER JOIN; the page: (NULL, s3), (NULL, s6), (NULL, null), (s2, s2), (NULL, s7), (s1, s1).
select a.shop_name as ashop, b.shop_name as bshop from sale_detail_jt a
       right outer join sale_detail b on a.shop_name=b.shop_name;

-- FULL OUTER JOIN; the page: the RIGHT JOIN's rows and (s5, NULL).
select a.shop_name as ashop, b.shop_name as bshop from sale_detail_jt a
       full outer join sale_detail b on a.shop_name=b.shop_name;

-- INNER JOIN (INNER may be left out); the page: (s2, s2), (s1, s1).
select a.shop_name as ashop, b.shop_name as bshop from sale_detail_jt a
       inner join sale_detail b on a.shop_name=b.shop_name;
select a.shop_name as ashop, b.shop_name as bshop from sale_detail_jt a
       join sale_detail b on a.shop_name=b.shop_name;

-- NATURAL JOIN joins on every column both tables name (all five here) and
-- shows each once; the page: (s1, c1, 100.1, 2013, china), (s2, c2, 100.2, 2013, china).
select * from sale_detail_jt natural join sale_detail;
-- ... the same as this INNER JOIN.
select sale_detail_jt.shop_name as shop_name, sale_detail_jt.customer_id as customer_id,
       sale_detail_jt.total_price as total_price, sale_detail_jt.sale_date as sale_date,
       sale_detail_jt.region as region
from sale_detail_jt inner join sale_detail
on sale_detail_jt.shop_name = sale_detail.shop_name and sale_detail_jt.customer_id = sale_detail.customer_id
   and sale_detail_jt.total_price = sale_detail.total_price and sale_detail_jt.sale_date = sale_detail.sale_date
   and sale_detail_jt.region = sale_detail.region;

-- Implicit JOIN: the tables separated by a comma, the condition in WHERE.
-- Columns of the same name are shown as shop_name, shop_name2, ...
select * from sale_detail_jt, sale_detail where sale_detail_jt.shop_name = sale_detail.shop_name;

-- Multiple JOINs.
select a.* from sale_detail_jt a full outer join sale_detail b on a.shop_name=b.shop_name
        full outer join sale_detail c on a.shop_name=c.shop_name;
select a.* from sale_detail_jt a join sale_detail b on a.shop_name=b.shop_name
        join sale_detail c on a.shop_name=c.shop_name;

-- Parentheses join sale_detail_jt and sale_detail first, then shop.
select * from shop join (sale_detail_jt join sale_detail on sale_detail_jt.shop_name = sale_detail.shop_name)
on shop.shop_name = sale_detail_jt.shop_name;

-- JOIN with WHERE: filter each side first to keep the left rows; the page:
-- (s1, c1, 100.1, 100.1), (s2, c2, 100.2, 100.2), (s3, c3, 100.3, NULL).
select a.shop_name
    ,a.customer_id
    ,a.total_price
    ,b.total_price
from  (select * from sale_detail where region = "china") a
left join (select * from sale_detail_jt where region = "china") b
on   a.shop_name = b.shop_name;

-- ... while a WHERE after the LEFT JOIN drops the unmatched row (the page's
-- "wrong" example): (s1, c1, 100.1, 100.1), (s2, c2, 100.2, 100.2).
select a.shop_name
    ,a.customer_id
    ,a.total_price
    ,b.total_price
from  sale_detail a
left join sale_detail_jt b
on   a.shop_name = b.shop_name
where  a.region = "china" and b.region = "china";
