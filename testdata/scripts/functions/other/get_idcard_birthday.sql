-- GET_IDCARD_BIRTHDAY: https://www.alibabacloud.com/help/en/maxcompute/user-guide/get-idcard-birthday
-- The page has no example; the result is a DATETIME at midnight.
select get_idcard_birthday('11010519491231002X');
-- The 15-digit form has a yymmdd date in the 1900s; a lower-case x check character is accepted.
select get_idcard_birthday('110105700101123'), get_idcard_birthday('11010519491231002x');
-- Invalid numbers and NULL give NULL.
select get_idcard_birthday('110105194912310021'), get_idcard_birthday('abc'), get_idcard_birthday(null);
