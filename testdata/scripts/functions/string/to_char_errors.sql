-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-char
-- case: a STRING is not a date in the 2.0 edition's TO_CHAR(value)
select to_char(x'01');
