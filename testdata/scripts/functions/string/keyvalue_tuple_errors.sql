-- KEYVALUE_TUPLE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/keyvalue-tuple
-- case: no key
select keyvalue_tuple('a:1', ';', ':');
-- case: a key that is not a string
select keyvalue_tuple('a:1', ';', ':', map('a', 1));
