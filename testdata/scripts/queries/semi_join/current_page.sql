-- The SEMI JOIN page's current version (its sample rows in partition
-- sale_date='2026'): https://www.alibabacloud.com/help/zh/maxcompute/semi-join
-- (English: https://www.alibabacloud.com/help/en/maxcompute/semi-join).
-- Its ALTER TABLE ... ADD PARTITION lines are left out (INSERT ...
-- PARTITION creates the partitions). The copy read here shows the SEMI
-- JOIN result's opening only; the rows follow the page's definitions.
CREATE TABLE IF NOT EXISTS sale_detail (
  shop_name     STRING,
  customer_id   STRING,
  total_price   DOUBLE
)
PARTITIONED BY (
  sale_date STRING,
  region STRING
);

CREATE TABLE IF NOT EXISTS sale_detail_sj (
  shop_name     STRING,
  customer_id   STRING,
  total_price   DOUBLE
)
PARTITIONED BY (
  sale_date STRING,
  region STRING
);
INSERT INTO sale_detail PARTITION (sale_date='2026', region='china') VALUES ('s1','c1',100.1),('s2','c2',100.2),('s3','c3',100.3);
INSERT INTO sale_detail_sj PARTITION (sale_date='2026', region='china') VALUES ('s1','c1',100.1),('s2','c2',100.2),('s5','c2',100.2),('s2','c2',100.2);

-- LEFT SEMI JOIN: s1 and s2, once each although s2's price occurs three
-- times in sale_detail_sj.
SELECT * FROM sale_detail a
LEFT SEMI JOIN sale_detail_sj b
  ON a.total_price = b.total_price;

-- LEFT ANTI JOIN: s3.
SELECT * FROM sale_detail a
LEFT ANTI JOIN sale_detail_sj b
  ON a.total_price = b.total_price;
