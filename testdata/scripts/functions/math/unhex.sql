-- UNHEX: https://www.alibabacloud.com/help/en/maxcompute/user-guide/unhex
-- (the UNHEX section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select unhex('616263');  -- documented: abc
select unhex(616263);    -- documented: abc
select unhex(null);      -- documented: NULL
select unhex('6a6B'), hex(unhex('00FF')), unhex('');
