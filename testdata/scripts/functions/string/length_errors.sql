-- LENGTH errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/length
-- case: a boolean
select length(true);
-- case: a binary
select length(x'61');
