-- USE_WRAPPED_KEYSET: https://www.alibabacloud.com/help/en/maxcompute/user-guide/use-wrapped-keyset
-- The page's example, verbatim; '<wrapped_keyset>' and the ${<...>} placeholders come from
-- use_wrapped_keyset.args and use_wrapped_keyset.setup.sql (a keyset the local KMS wrapped).
-- The page's result: AES-GCM-256
@kms_resource_keyId := 'acs:kms:${<RegionId>}:${<UserId>}:key/${<CmkId>}';
@role_arn := 'acs:ram:${<UserId>}:role/${<roleName>}';
@origin_key := unhex('<wrapped_keyset>');
@role_chain := 'acs:ram:${<UserAId>}:role/${<roleName2>},acs:ram:${<UserBId>}:role/${<roleName3>}';
@use_keyset_new := USE_WRAPPED_KEYSET(@kms_resource_keyId, @role_arn, @origin_key, @role_chain);

select get_json_object(get_json_object(use_keyset_new.wrapped_keyset_info,'$.masked_keyset'), '$.key[0].key_meta_data.type');
-- The key material is masked; the STRUCT encrypts and decrypts like the keyset it wraps.
select get_json_object(use_keyset_new.wrapped_keyset_info, '$.masked_keyset.key[0].description') as description,
       get_json_object(use_keyset_new.wrapped_keyset_info, '$.masked_keyset.key[0].key_meta_data.value') as value,
       cast(ENHANCED_SYM_DECRYPT(@use_keyset_new, ENHANCED_SYM_ENCRYPT(@use_keyset_new, '13900001234')) as string) as round_trip;
-- A NULL wrapped keyset gives NULL.
select USE_WRAPPED_KEYSET(@kms_resource_keyId, @role_arn, cast(null as binary)) is null;
