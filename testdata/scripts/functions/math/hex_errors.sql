-- HEX: https://www.alibabacloud.com/help/en/maxcompute/user-guide/hex
-- (the HEX section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select hex(true);
