-- ORDINAL bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: nth beyond the number of values
select ordinal(4, 1, 2, 3);
-- case: nth below 1
select ordinal(0, 1, 2, 3);
-- case: no values
select ordinal(1);
-- case: BOOLEAN values
select ordinal(1, true, false);
