-- DECODE (if-then-else form): https://www.alibabacloud.com/help/en/maxcompute/user-guide/decode
-- (and the DECODE section of user-guide/other-functions)
create table sale_detail(shop_name string, customer_id string, total_price double, sale_date string, region string);
insert into sale_detail values
  ('s1','c1',100.1,'2013','china'), ('s2','c2',100.2,'2013','china'), ('s3','c3',100.3,'2013','china'),
  (null,'c5',null,'2014','shanghai'), ('s6','c6',100.4,'2014','shanghai'), ('s7','c7',100.5,'2014','shanghai');
-- The page's example: c1 -> Taobao, c2 -> Alipay, c3 -> Aliyun, NULL -> N/A, others -> Others.
-- (The page's result column lists the rows in another order; per row the mapping is as below.)
select
decode(customer_id,
'c1', 'Taobao',
'c2', 'Alipay',
'c3', 'Aliyun',
Null, 'N/A',
'Others') as result
from sale_detail;
-- NULL matches NULL; without a default, no match gives NULL; the first match wins.
select decode(null, 1, 'one', null, 'null'), decode(3, 1, 'one', 2, 'two'), decode(1, 1, 'first', 1, 'second');
-- Integers of different widths, and numbers, meet at their common type.
select decode(2, 2L, 'two', 'other'), decode(1, 1, 10, 2.5);
-- Evaluated like CASE: the searches in order, then only the matching result (or the default).
select x, decode(x, 1, 'one', 2, if(failif(x <> 2, 'never evaluated'), 'two', 'unreachable'), 'other') from values (1), (2), (3) t(x);
