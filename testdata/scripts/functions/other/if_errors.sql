-- IF bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: two arguments
select if(true, 1);
-- case: values of no common type
select if(true, 1, false);
