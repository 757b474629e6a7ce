-- INITCAP: https://www.alibabacloud.com/help/en/maxcompute/initcap
-- Documented: Odps Sql.
SELECT initcap("oDps sql");
-- Words are separated by spaces only; NULL gives NULL.
SELECT initcap('hello WORLD  foo-bar'), initcap(''), initcap(null);
-- Only English letters change (the string functions' Limits section).
SELECT initcap('éCOLE über'), initcap('中文 ABC');
