-- COMPRESS bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: BOOLEAN argument
select compress(true);
-- case: no argument
select compress();
