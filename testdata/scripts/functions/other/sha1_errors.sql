-- SHA1 bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: no argument
select sha1();
-- case: BOOLEAN argument
select sha1(false);
