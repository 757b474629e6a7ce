-- ENHANCED_SYM_ENCRYPT bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/enhanced-sym-encrypt
-- case: not a keyset
select ENHANCED_SYM_ENCRYPT(unhex('DEADBEEF'), '13900001234');
-- case: a wrapped keyset passed without USE_WRAPPED_KEYSET
@w := NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1:key/key-aaaaaaaaaaaaaaaaaaaaa', 'acs:ram::1:role/r', 'AES-GCM-256');
select ENHANCED_SYM_ENCRYPT(@w, 'x');
-- case: a keyset given as a STRING
select ENHANCED_SYM_ENCRYPT('keyset', 'x');
