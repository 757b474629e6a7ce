-- TRANS_ARRAY errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/trans-array
-- case: empty separator
select trans_array(1, '', 'a', 'b') as (k, v);
-- case: separator not constant
select trans_array(1, s, 'a', 'b') as (k, v) from values (',') t(s);
-- case: num_keys negative
select trans_array(-1, ',', 'a') as (v);
-- case: more keys than columns
select trans_array(3, ',', 'a', 'b') as (k, v);
-- case: too few arguments
select trans_array(1, ',');
-- case: a column to split that is not a string
select trans_array(1, ',', 'a', array(1)) as (k, v);
-- case: a select list with another column
select 1, trans_array(1, ',', 'a', 'b');
