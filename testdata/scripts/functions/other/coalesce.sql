-- COALESCE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (COALESCE section)
-- Example 1: 1
select coalesce(null,null,1,null,3,5,7);
-- Example 2, correct statement: the common type of 1, 'abc', 5, 7 is STRING, so 1.
select coalesce(null,null,1,null,'abc',5,7);
-- Example 4: reading a table, all arguments NULL gives NULL.
create table sale_detail(shop_name string, customer_id string, total_price double);
insert into sale_detail values ('ad','10001',100.0), ('jk','10002',300.0), ('ad','10003',500.0), ('tt',null,null);
select coalesce(customer_id,total_price) from sale_detail where shop_name='tt';
select shop_name, coalesce(customer_id, total_price) from sale_detail;
-- A typed NULL is fine: NULL.
select coalesce(cast(null as string), null);
-- The newest page (Dec 2025): once a non-NULL value is found, the later arguments are not
-- evaluated, so the FAILIF below runs only for the row whose x is NULL (FAILIF of a false
-- condition returns true): 1, then 0.
select x, coalesce(x, if(failif(x is not null, 'never evaluated'), 0, -1)) from values (1), (cast(null as bigint)) t(x);
-- The same holds when every argument is a constant: folding the call at compile time is just
-- as lazy, so the FAILIF that is never needed raises nothing: 1, then 'a' (also NVL).
select coalesce(1, if(failif(true, 'never evaluated'), 0, -1));
select coalesce('a', upper(if(failif(true, 'never evaluated'), 'b', 'c'))), nvl(2, if(failif(true, 'never evaluated'), 0, -1));
