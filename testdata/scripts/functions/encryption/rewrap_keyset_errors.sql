-- REWRAP_KEYSET bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/rewrap-keyset
-- case: not a wrapped keyset
select REWRAP_KEYSET('acs:kms:cn-hangzhou:1:key/key-a', 'acs:ram::1:role/r', 'hello');
-- case: NULL CMK ARN (required)
select REWRAP_KEYSET(null, 'acs:ram::1:role/r', unhex('00'));
-- case: a plain keyset, not a wrapped one
select REWRAP_KEYSET('acs:kms:cn-hangzhou:1:key/key-a', 'acs:ram::1:role/r', NEW_KEYSET('AES-GCM-256'));
