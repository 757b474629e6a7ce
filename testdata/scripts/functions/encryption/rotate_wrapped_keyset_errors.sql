-- ROTATE_WRAPPED_KEYSET bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/rotate-wrapped-keyset
-- case: NULL key_type (required)
@w := NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-aaaaaaaaaaaaaaaaaaaaa', 'acs:ram::1:role/r', 'AES-GCM-256');
select ROTATE_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-aaaaaaaaaaaaaaaaaaaaa', 'acs:ram::1:role/r', @w, null);
-- case: unknown key type
@w := NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-aaaaaaaaaaaaaaaaaaaaa', 'acs:ram::1:role/r', 'AES-GCM-256');
select ROTATE_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-aaaaaaaaaaaaaaaaaaaaa', 'acs:ram::1:role/r', @w, 'AES-GCM-512');
-- case: not a wrapped keyset
select ROTATE_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-a', 'acs:ram::1:role/r', 'hello', 'AES-GCM-256');
