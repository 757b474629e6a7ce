-- GET_USER_ID bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: an argument
select get_user_id(1);
