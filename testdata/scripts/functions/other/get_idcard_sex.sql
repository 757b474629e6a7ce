-- GET_IDCARD_SEX: https://www.alibabacloud.com/help/en/maxcompute/user-guide/get-idcard-sex
-- The page has no example. M or F: the sequence number's last digit is odd for men.
-- 11010519491231002X has sequence 002 (F); a male
-- number is built with sequence 001: 110105194912310011.
select get_idcard_sex('11010519491231002X'), get_idcard_sex('110105194912310011');
-- 15-digit form: sequence 123 (M).
select get_idcard_sex('110105700101123');
-- Invalid numbers and NULL give NULL.
select get_idcard_sex('11010519491231002Y'), get_idcard_sex(''), get_idcard_sex(null);
