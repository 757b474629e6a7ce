-- NEW_KEYSET: https://www.alibabacloud.com/help/en/maxcompute/user-guide/new-keyset
-- The page's example prints the hex of a new keyset (one AES-GCM-256 key described 'hello world',
-- 108 bytes), e.g. 0A10577567735A514541554D42776E684C42...; the key and its id are random, so mcsql's
-- differ (seeded randomness in the golden runs; the id starts with the clock, 2026-01-02).
select hex(NEW_KEYSET('AES-GCM-256', 'hello world'));
-- Its structure, which is what the page's value shows: length, type, description, origin.
@ks := NEW_KEYSET('AES-GCM-256', 'hello world');
select length(hex(@ks)) div 2 as bytes,
       get_json_object(keyset_to_json(@ks), '$.key[0].key_meta_data.type') as type,
       get_json_object(keyset_to_json(@ks), '$.key[0].description') as description,
       get_json_object(keyset_to_json(@ks), '$.key[0].key_meta_data.key_material_origin') as origin,
       get_json_object(keyset_to_json(@ks), '$.primary_key_id') = get_json_object(keyset_to_json(@ks), '$.key[0].key_id') as primary;
-- The other key types, the type in any case, no description; a new key every call.
select get_json_object(keyset_to_json(NEW_KEYSET('aes-siv-cmac-128')), '$.key[0].key_meta_data.type'),
       length(get_json_object(keyset_to_json(NEW_KEYSET('AES-SIV-CMAC-256')), '$.key[0].key_meta_data.value')),
       get_json_object(keyset_to_json(NEW_KEYSET('AES-GCM-256')), '$.key[0].description'),
       NEW_KEYSET('AES-GCM-256') = NEW_KEYSET('AES-GCM-256');
-- A NULL description means none.
select get_json_object(keyset_to_json(NEW_KEYSET('AES-GCM-256', null)), '$.key[0].description');
