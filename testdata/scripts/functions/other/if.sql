-- IF: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (IF section)
-- Example: 200
select if(1=2, 100, 200);
-- A NULL condition counts as false; valueFalseOrNull may be NULL.
select if(null, 'yes', 'no'), if(1 = 2, 'yes', null), if(true, 1, 2.5);
