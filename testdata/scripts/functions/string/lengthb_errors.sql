-- LENGTHB errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/lengthb
-- case: a boolean
select lengthb(false);
