-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/isoyear
-- case: a BOOLEAN is not a date
SELECT ISOYEAR(true);
