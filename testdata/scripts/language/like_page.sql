-- The examples of MaxCompute's "LIKE" page:
-- https://www.alibabacloud.com/help/en/maxcompute/like-usage
-- (https://www.alibabacloud.com/help/doc-detail/27870.html).
-- Page: true.
select 'abcd' like 'ab%';
-- Page: false ('ab_' matches exactly three characters).
select 'abcd' like 'ab_';
-- Page: true (\\_ is a literal underscore).
select 'ab_cde' like 'ab\\_c%';
-- The page's WHERE form.
select * from values ('MaxCompute'), ('Hologres'), ('Max') t(product_name) where product_name like 'Max%';
