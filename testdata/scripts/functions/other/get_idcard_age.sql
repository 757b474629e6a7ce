-- GET_IDCARD_AGE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/get-idcard-age
-- (and the GET_IDCARD_AGE section of user-guide/other-functions). Old versions of that section
-- returned NULL when the age exceeds 100; the SQL engine update of February 24, 2020 (release
-- notes) dropped the limit, and the current pages follow it.
-- The page has no example. The age is the current year minus the birth year; the golden runs'
-- clock is 2026-01-02, so a holder born on 1949-12-31 is 2026 - 1949 = 77.
-- 11010519491231002X is the sample number of the ID standard GB 11643 (check character X).
select get_idcard_age('11010519491231002X');
-- The 15-digit form (born 1970-01-01; years are 19yy).
select get_idcard_age('110105700101123');
-- Invalid numbers give NULL: wrong check character, unknown province code (00), wrong length,
-- not a date (Feb 30), letters.
select get_idcard_age('110105194912310021'), get_idcard_age('00010519491231002X'),
       get_idcard_age('1101051949'), get_idcard_age('110105700230123'), get_idcard_age('11010519491231ABCX');
-- The release notes' example: 120 in 2020, so 2026 - 1900 = 126 in the golden runs (before the
-- change it was NULL); born 1925: 101.
select get_idcard_age('110101190001011009');
select get_idcard_age('110105192501011237'), get_idcard_birthday('110105192501011237'), get_idcard_age(null);
