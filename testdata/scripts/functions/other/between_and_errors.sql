-- BETWEEN AND errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: bounds of a type that does not compare with the value
select 1 between true and false;
