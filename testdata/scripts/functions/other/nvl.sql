-- NVL: https://www.alibabacloud.com/help/en/maxcompute/user-guide/nvl (newest page)
-- (older versions, in user-guide/other-functions, use the same data with 2017 dates)
CREATE TABLE nvl_test (
  c1 STRING,
  c2 BIGINT,
  c3 DATETIME
);

INSERT INTO nvl_test VALUES
  ('aaa', 23, '2024-01-11 00:00:00'),
  ('bbb', NULL, '2024-01-12 08:00:00'),
  (NULL, 20, '2024-01-13 05:00:00'),
  ('ddd', 25, NULL);
-- Replace NULL in c1 with '00000', in c2 with 0 and in c3 with '-' (c3 is read as text):
-- aaa 23 2024-01-11 00:00:00 / bbb 0 2024-01-12 08:00:00 / 00000 20 2024-01-13 05:00:00 / ddd 25 -
SELECT nvl(c1, '00000'), nvl(c2, 0), nvl(c3, '-') FROM nvl_test;
-- Both NULL gives NULL; NVL(v, d) is COALESCE(v, d).
select nvl(cast(null as string), null), nvl('a', 'b'), nvl(null, 1) = coalesce(null, 1);
-- Like COALESCE, the default is evaluated only when value is NULL.
select x, nvl(x, if(failif(x is not null, 'never evaluated'), 0, -1)) from values (1), (cast(null as bigint)) t(x);
