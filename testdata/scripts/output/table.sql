-- odpscmd's result table: widths, trailing spaces, _c names, value rendering.
select 1, 'abc' as name, true;
select 'a_much_longer_value_than_ten' as short, 1 as a_column_name_longer_than_ten;
select null as n, cast(null as boolean) as b, 1.0 as d, 1.0E10 as e, 0.001 as f, 1.0E-4 as g;
select X'0A10' as bin, cast('hello world|=' as binary) as qp, cast('13900001234' as binary) as digits;
select 'line1\nline2' as multi;
select * from values (1, 'a'), (2, 'b') t(id, v) where id > 5;
select '中文' as unicode;
