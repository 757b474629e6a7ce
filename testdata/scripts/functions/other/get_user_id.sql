-- GET_USER_ID: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (GET_USER_ID section)
-- The page returns the account's UID (1117xxxxxxxx8519). A local tool has no account: mcsql
-- returns $MCSQL_USER_ID when it is set, else the placeholder 1234567890123456 (the golden
-- runs set no MCSQL_USER_ID).
select get_user_id();
