-- USE_WRAPPED_KEYSET bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/use-wrapped-keyset
-- case: the CMK that wrapped the keyset is not the one named
@w := NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-aaaaaaaaaaaaaaaaaaaaa', 'acs:ram::1:role/r', 'AES-GCM-256');
select USE_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-bbbbbbbbbbbbbbbbbbbbb', 'acs:ram::1:role/r', @w);
-- case: not a wrapped keyset
select USE_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-a', 'acs:ram::1:role/r', 'hello');
-- case: malformed role ARN
select USE_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-a', 'acs:ram::1:user/bob', 'hello');
