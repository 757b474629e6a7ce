-- REWRAP_KEYSET: https://www.alibabacloud.com/help/en/maxcompute/user-guide/rewrap-keyset
-- The page's two examples, verbatim; '<wrapped_keyset>' and the ${<...>} placeholders come from
-- rewrap_keyset.args and rewrap_keyset.setup.sql (a keyset the local KMS wrapped). The page shows no
-- result; the re-wrapped keyset is random KMS ciphertext under the new CMK.
@origin_key := unhex('<wrapped_keyset>'); 
select hex(REWRAP_KEYSET('acs:kms:cn-hangzhou:1**************7:key/key-hzz******************', 'acs:ram::1**************7:role/kms', @origin_key));
@origin_key := unhex('<wrapped_keyset>');
@role_chain := 'acs:ram:${<UserAId>}:role/${<roleName2>},acs:ram:${<UserBId>}:role/${<roleName3>}';
select hex(REWRAP_KEYSET('acs:kms:cn-hangzhou:1**************7:key/key-hzz******************', 'acs:ram:${<UserId>}:role/${<roleName>}', @origin_key, @role_chain));
-- The re-wrapped keyset holds the same keyset: it unwraps under the new CMK to the same masked
-- keyset, and not under the old one.
@rewrapped := REWRAP_KEYSET('acs:kms:cn-hangzhou:1**************7:key/key-hzz******************', 'acs:ram::1**************7:role/kms', @origin_key);
@old := USE_WRAPPED_KEYSET('acs:kms:${<RegionId>}:${<UserId>}:key/${<CmkId>}', 'acs:ram:${<UserId>}:role/${<roleName>}', @origin_key);
@new := USE_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1**************7:key/key-hzz******************', 'acs:ram::1**************7:role/kms', @rewrapped);
select get_json_object(old.wrapped_keyset_info, '$.masked_keyset') = get_json_object(new.wrapped_keyset_info, '$.masked_keyset') as same_keyset,
       @rewrapped = @origin_key as same_bytes;
-- A NULL wrapped keyset gives NULL.
select REWRAP_KEYSET('acs:kms:cn-hangzhou:1**************7:key/key-hzz******************', 'acs:ram::1**************7:role/kms', cast(null as binary));
