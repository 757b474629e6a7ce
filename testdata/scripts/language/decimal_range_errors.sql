-- A DECIMAL too large for its type is an error outside the Hive-compatible edition (where it is
-- NULL: decimal_range_editions.sql has the page).
-- case: cast
select cast('123456' as decimal(5,2));
-- case: arithmetic
select cast(99999999999999999999999999999999999999bd as decimal(38,0)) + 1;
-- case: insert
create table decimal_range (d decimal(5,2));
insert into decimal_range values (cast(123456 as decimal(10,2)));
-- case: not a number, Hive-compatible edition
set odps.sql.hive.compatible=true;
select cast('abc' as decimal(5,2));
