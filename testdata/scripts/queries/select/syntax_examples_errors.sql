-- Errors of the SELECT syntax page's examples.
-- case: setup
create table if not exists sale_detail
(shop_name string, customer_id string, total_price double)
partitioned by (sale_date string, region string);
-- case: a column neither grouped nor aggregated (the page's wrong example)
select region, total_price from sale_detail group by region;
