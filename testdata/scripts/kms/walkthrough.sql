-- Wrapped keysets, start to finish, on the embedded local KMS (the README's walk-through).
-- The local KMS creates each CMK on its first use and says so on stderr.
@cmk := 'acs:kms:cn-hangzhou:123456789:key/key-walkthrough00000000001';
@cmk2 := 'acs:kms:cn-hangzhou:123456789:key/key-walkthrough00000000002';
@role := 'acs:ram::123456789:role/MyEncryptionRole';
-- 1. A new keyset, wrapped by the CMK: store this BINARY in a table, never the keyset itself.
@wrapped := new_wrapped_keyset(@cmk, @role, 'AES-GCM-256', 'walk-through');
-- 2. Unwrap it for use: the STRUCT shows the keyset with its key material masked.
@ks := use_wrapped_keyset(@cmk, @role, @wrapped);
select get_json_object(ks.wrapped_keyset_info, '$.masked_keyset.key[0].key_meta_data.type') as type,
       get_json_object(ks.wrapped_keyset_info, '$.masked_keyset.key[0].key_meta_data.value') as value;
-- 3. Encrypt with it.
@c := enhanced_sym_encrypt(@ks, '13900001234');
-- 4. Rotate: a new primary key (any algorithm), wrapped again.
@rotated := rotate_wrapped_keyset(@cmk, @role, @wrapped, 'AES-SIV-CMAC-256', 'rotated');
-- 5. Re-wrap under another CMK (for example before retiring the first one).
@rewrapped := rewrap_keyset(@cmk2, @role, @rotated);
-- Old ciphertexts still decrypt; new ones use the new primary key.
@ks2 := use_wrapped_keyset(@cmk2, @role, @rewrapped);
select cast(enhanced_sym_decrypt(@ks2, @c) as string) as old_ciphertext,
       get_json_object(ks2.wrapped_keyset_info, '$.masked_keyset.primary_key_id') = get_json_object(ks2.wrapped_keyset_info, '$.masked_keyset.key[1].key_id') as rotated,
       length(base64(@rewrapped)) > 0 as wrapped_under_cmk2;
