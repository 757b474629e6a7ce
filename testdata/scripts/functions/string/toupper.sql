-- TOUPPER: https://www.alibabacloud.com/help/en/maxcompute/user-guide/toupper
-- Example 1. Documented: ABCD, CHINA FIGHTING, and (Chinese page) 中国FIGHTING.
select toupper('aBcd');
select toupper('China Fighting');
select toupper('中国Fighting');
-- Example 2. Documented: NULL.
select toupper(null);
-- Only English letters change, as the page says; numbers convert to STRING.
select toupper('éa'), toupper(1.5), upper('x');
-- An older Chinese version of the string functions page: toupper("哈哈Cd") = "哈哈CD".
select toupper("哈哈Cd");
