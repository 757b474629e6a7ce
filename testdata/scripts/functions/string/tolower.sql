-- TOLOWER: https://www.alibabacloud.com/help/en/maxcompute/user-guide/tolower
-- Example 1. Documented: abcd, china fighting, and (Chinese page) 中国fighting.
select tolower('aBcd');
select tolower('China Fighting');
select tolower('中国Fighting');
-- Example 2. Documented: NULL.
select tolower(null);
-- Only English letters change, as the page says.
select tolower('ÉA'), lower('X');
-- An older Chinese version of the string functions page: tolower("哈哈Cd") = "哈哈cd".
select tolower("哈哈Cd");
