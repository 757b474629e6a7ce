-- E: https://www.alibabacloud.com/help/en/maxcompute/user-guide/e
-- (the E section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select e();  -- documented: 2.718281828459045
select e() * 2, ln(e());
