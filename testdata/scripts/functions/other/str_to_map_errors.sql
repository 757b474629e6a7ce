-- STR_TO_MAP bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (STR_TO_MAP section)
-- case: duplicate key with the exception policy
select str_to_map('exception', 'a=1,a=2');
-- case: an unknown policy with four arguments
select str_to_map('first_win', 'a=1', ',', '=');
-- case: a delimiter that is not a regular expression
select str_to_map('a=1', '(', '=');
-- case: too many arguments
select str_to_map('last_win', 'a=1', ',', '=', 'x');
-- case: duplicate key under SET odps.sql.map.key.dedup.policy=exception
set odps.sql.map.key.dedup.policy=exception;
select str_to_map('a=1,a=2');
