-- NEW_WRAPPED_KEYSET bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/new-wrapped-keyset
-- case: malformed CMK ARN
select NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:key/abc', 'acs:ram::1:role/r', 'AES-GCM-256');
-- case: NULL role ARN (required)
select NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-a', null, 'AES-GCM-256');
-- case: unknown key type
select NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-a', 'acs:ram::1:role/r', 'AES-CBC-256');
-- case: malformed role chain
select NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-a', 'acs:ram::1:role/r', 'AES-GCM-256', 'd', 'acs:ram::2:role/ok,,');
