-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/extract
-- case: a part other than YEAR, MONTH, DAY, HOUR, MINUTE or SECOND
select extract(quarter from date '2019-05-01');
-- case: missing FROM operand
select extract(year from);
-- case: the part is checked whatever the date's type
select extract(quarter from true);
