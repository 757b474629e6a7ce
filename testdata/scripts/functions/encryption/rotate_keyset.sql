-- ROTATE_KEYSET: https://www.alibabacloud.com/help/en/maxcompute/user-guide/rotate-keyset
-- The page's example prints the new keyset without HEX, in odpscmd's quoted-printable rendering of
-- BINARY: the old key byte for byte, then a new AES-SIV-CMAC-256 key (64 random bytes, described
-- 'hello world') that becomes primary. Its id and key are random, so mcsql's differ.
select ROTATE_KEYSET(unhex ('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), 'AES-SIV-CMAC-256', 'hello world') ;
@ks := ROTATE_KEYSET(unhex ('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), 'AES-SIV-CMAC-256', 'hello world');
select get_json_object(keyset_to_json(@ks), '$.key[0].key_id') as old_id,
       get_json_object(keyset_to_json(@ks), '$.key[1].key_meta_data.type') as new_type,
       get_json_object(keyset_to_json(@ks), '$.key[1].description') as new_description,
       get_json_object(keyset_to_json(@ks), '$.primary_key_id') = get_json_object(keyset_to_json(@ks), '$.key[1].key_id') as new_is_primary,
       substr(hex(@ks), 37, 180) = substr('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64', 37, 180) as old_key_unchanged;
-- Old ciphertexts still decrypt after a rotation; a NULL keyset gives NULL.
select cast(enhanced_sym_decrypt(@ks, unbase64('nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQAwkVhYOocPQll8LmdzSwkRf3v2iTow+TAmnQ==')) as string),
       ROTATE_KEYSET(null, 'AES-GCM-256');
