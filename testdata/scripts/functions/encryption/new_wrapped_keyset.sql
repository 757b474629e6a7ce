-- NEW_WRAPPED_KEYSET: https://www.alibabacloud.com/help/en/maxcompute/user-guide/new-wrapped-keyset
-- Run on mcsql's embedded local KMS, which creates a CMK on its first use and says so on stderr.
-- The page's results are the hex of 268 bytes: the ASCII Base64 text of a 200-byte KMS ciphertext
-- blob that starts with the CMK id ('a2V5LWh6ej...' = 'key-hzz...'). They are random, so mcsql's
-- differ in content but not in shape.
-- Create a wrapped keyset.
select hex(NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t','acs:ram::1**************7:role/kms', 'AES-GCM-256', 'hello'));
-- Create a wrapped keyset and allow other roles to call it (role_chain).
select hex(NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t','acs:ram::1**************7:role/kms', 'AES-GCM-256', 'hello','acs:ram::1**************7:role/kms1'));
-- The shape the page's values have: 268 bytes of Base64 text, a 200-byte blob (description
-- 'hello') whose header is the CMK id.
@w := NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t','acs:ram::1**************7:role/kms', 'AES-GCM-256', 'hello');
select length(hex(@w)) div 2 as bytes, cast(@w as string) rlike '^[A-Za-z0-9+/]+=*$' as base64_text,
       length(hex(unbase64(cast(@w as string)))) div 2 as blob_bytes, substr(cast(unbase64(cast(@w as string)) as string), 1, 25) as blob_header;
-- What it wraps: a one-key keyset of the requested type and description.
@ks := USE_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t','acs:ram::1**************7:role/kms', @w);
select get_json_object(ks.wrapped_keyset_info, '$.masked_keyset.key[0].key_meta_data.type') as type,
       get_json_object(ks.wrapped_keyset_info, '$.masked_keyset.key[0].description') as description;
-- A NULL description means none.
select length(hex(NEW_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t','acs:ram::1**************7:role/kms', 'AES-SIV-CMAC-256', null))) div 2 > 0;
