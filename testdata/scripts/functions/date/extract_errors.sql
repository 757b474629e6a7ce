-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/extract
-- case: unknown part
select extract(century from date '2019-05-01');
-- case: missing FROM operand
select extract(year from);
