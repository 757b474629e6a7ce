-- TANH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/tanh
-- (the TANH section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select tanh(true);
