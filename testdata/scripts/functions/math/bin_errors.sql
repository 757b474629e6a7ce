-- BIN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/bin
-- (the BIN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- The page: "If the data type of number is not BIGINT, INT, SMALLINT, or TINYINT, an error is returned."
-- case: DOUBLE
select bin(1.5);
-- case: STRING
select bin('12');
-- case: DECIMAL
select bin(12BD);
