-- ROTATE_WRAPPED_KEYSET: https://www.alibabacloud.com/help/en/maxcompute/user-guide/rotate-wrapped-keyset
-- The page's two examples, verbatim; '<wrapped_keyset>' and the ${<...>} placeholders come from
-- rotate_wrapped_keyset.args and rotate_wrapped_keyset.setup.sql (a keyset the local KMS wrapped).
-- The page shows no result; the new wrapped keyset is random KMS ciphertext.
@kms_resource_keyId := 'acs:kms:${<RegionId>}:${<UserId>}:key/${<CmkId>}';
@role_arn := 'acs:ram:${<UserId>}:role/${<roleName>}';
@origin_key := unhex('<wrapped_keyset>');
select hex(ROTATE_WRAPPED_KEYSET(@kms_resource_keyId, @role_arn, @origin_key, 'AES-GCM-256', 'hello world'));
@role_chain := 'acs:ram:${<UserAId>}:role/${<roleName2>},acs:ram:${<UserBId>}:role/${<roleName3>}';
select hex(ROTATE_WRAPPED_KEYSET(@kms_resource_keyId, @role_arn, @origin_key, 'AES-GCM-256', 'hello world', @role_chain));
-- What changed: a second key, of the requested type and description, is now primary; the first
-- key is still there, so old ciphertexts still decrypt.
@ks0 := USE_WRAPPED_KEYSET(@kms_resource_keyId, @role_arn, @origin_key);
@c := ENHANCED_SYM_ENCRYPT(@ks0, '13900001234');
@rotated := ROTATE_WRAPPED_KEYSET(@kms_resource_keyId, @role_arn, @origin_key, 'AES-SIV-CMAC-256', 'hello world');
@ks1 := USE_WRAPPED_KEYSET(@kms_resource_keyId, @role_arn, @rotated);
select get_json_object(ks1.wrapped_keyset_info, '$.masked_keyset.key[1].key_meta_data.type') as new_type,
       get_json_object(ks1.wrapped_keyset_info, '$.masked_keyset.key[1].description') as new_description,
       get_json_object(ks1.wrapped_keyset_info, '$.masked_keyset.primary_key_id') = get_json_object(ks1.wrapped_keyset_info, '$.masked_keyset.key[1].key_id') as new_is_primary,
       cast(ENHANCED_SYM_DECRYPT(@ks1, @c) as string) as old_ciphertext;
