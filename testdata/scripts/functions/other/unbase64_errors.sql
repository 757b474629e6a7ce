-- UNBASE64 bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: not Base64
select unbase64('YWxp*mFiYQ==');
-- case: padding missing
select unbase64('YWxpYmFiYQ');
