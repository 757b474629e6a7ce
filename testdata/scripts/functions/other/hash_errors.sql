-- HASH bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/hash
-- case: no argument
select hash();
-- case: BINARY
select hash(cast('a' as binary));
