-- INITCAP: https://www.alibabacloud.com/help/en/maxcompute/initcap
-- Documented: Odps Sql.
SELECT initcap("oDps sql");
-- Words are separated by spaces only; NULL gives NULL.
SELECT initcap('hello WORLD  foo-bar'), initcap(''), initcap(null);
