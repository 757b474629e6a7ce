-- TRANS_COLS errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/trans-cols
-- case: more keys than columns
select trans_cols(3, 'a', 'b') as (idx, k1, k2);
-- case: num_keys not constant
select trans_cols(n, 'a', 'b') as (idx, v) from values (0) t(n);
-- case: values without a common type
select trans_cols(0, 1, array(1)) as (idx, v);
-- case: too few arguments
select trans_cols(0);
