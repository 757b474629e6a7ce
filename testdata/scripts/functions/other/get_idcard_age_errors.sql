-- GET_IDCARD_* bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: no argument
select get_idcard_age();
-- case: BOOLEAN argument
select get_idcard_sex(true);
