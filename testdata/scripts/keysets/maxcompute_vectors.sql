-- MaxCompute's own byte strings (keysets.md sections 3 to 5): the documented keyset,
-- its JSON form, ADD_KEY_TO_KEYSET's result and four ciphertexts MaxCompute produced.
-- The four known-answer ciphertexts decrypt to 0001, 0011, 0111 and 1111.
select cast(ENHANCED_SYM_DECRYPT(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), unbase64('nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQAwkVhYOocPQll8LmdzSwkRf3v2iTow+TAmnQ==')) as string) as c0001,
       cast(ENHANCED_SYM_DECRYPT(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), unbase64('nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQBgj1hYOodIPdnyZ0ijZ9RmT+50xbxXh5cwcg==')) as string) as c0011,
       cast(ENHANCED_SYM_DECRYPT(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), unbase64('nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQCwp1hYOoentQgkfUqctPbmX96k9eD018xg9Q==')) as string) as c0111,
       cast(ENHANCED_SYM_DECRYPT(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), unbase64('nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQDQqFhYOodexhRmfh6VieEwePZscC4nUVTJXQ==')) as string) as c1111;
-- The same ciphertexts as rows of a table, with the keyset in a variable.
@ks := unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64');
select id_card_no, cast(ENHANCED_SYM_DECRYPT(@ks, unbase64(id_card_no)) as string) as plaintext
from values ('nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQAwkVhYOocPQll8LmdzSwkRf3v2iTow+TAmnQ=='),
            ('nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQBgj1hYOodIPdnyZ0ijZ9RmT+50xbxXh5cwcg=='),
            ('nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQCwp1hYOoentQgkfUqctPbmX96k9eD018xg9Q=='),
            ('nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQDQqFhYOodexhRmfh6VieEwePZscC4nUVTJXQ==') t(id_card_no);
-- KEYSET_TO_JSON and KEYSET_FROM_JSON of the documented pair, byte for byte in both directions.
@json := '{
    "key": [{
            "description": "hello world",
            "key_id": "r8MqZAEA8PDd3QSL",
            "key_meta_data": {
                "key_material_origin": "Origin_ALIYUN_MAXCOMPUTE",
                "key_material_type": "SYMMETRIC",
                "type": "AES-GCM-256",
                "value": "Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="},
            "output_prefix_type": "PREFIX_ALIYUN_MAXCOMPUTE",
            "status": "ENABLED"}],
    "primary_key_id": "r8MqZAEA8PDd3QSL"}';
select KEYSET_TO_JSON(@ks) = @json as to_json_exact, KEYSET_FROM_JSON(@json) = @ks as from_json_exact,
       KEYSET_FROM_JSON(KEYSET_TO_JSON(@ks)) = @ks as round_trip;
-- ADD_KEY_TO_KEYSET of section 4. The new key id is time-based and random, so the
-- structure is compared with the documented result once its id is put in place.
@added := ADD_KEY_TO_KEYSET(@ks, 'AES-SIV-CMAC-128', unhex('b75585cf321cdcad42451690cdb7bfc49c26092f60f854e72d43244c55620a3d'), 'description');
select KEYSET_TO_JSON(@added);
@new_id := get_json_object(KEYSET_TO_JSON(@added), '$.primary_key_id');
select replace(hex(@added), hex(@new_id), hex('Ye0sZQEAAPDrsBLB'))
       = '0A10596530735A5145414150447273424C4212580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64125D0A380A104145532D5349562D434D41432D3132381220B75585CF321CDCAD42451690CDB7BFC49C26092F60F854E72D43244C55620A3D1801200110011A10596530735A5145414150447273424C4220022A0B6465736372697074696F6E'
       as documented_structure,
       substr(hex(@added), 37, 180) = substr(hex(@ks), 37) as old_key_unchanged;
-- ROTATE_KEYSET with another algorithm: the new AES-SIV-CMAC-256 key is primary, the
-- documented AES-GCM-256 key still decrypts MaxCompute's ciphertexts.
@rotated := ROTATE_KEYSET(@ks, 'AES-SIV-CMAC-256', 'rotated');
select KEYSET_TO_JSON(@rotated);
select cast(ENHANCED_SYM_DECRYPT(@rotated, unbase64('nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQAwkVhYOocPQll8LmdzSwkRf3v2iTow+TAmnQ==')) as string) as old_ciphertext,
       length(hex(ENHANCED_SYM_ENCRYPT(@rotated, '0001'))) div 2 as siv_bytes,
       cast(ENHANCED_SYM_DECRYPT(@rotated, ENHANCED_SYM_ENCRYPT(@rotated, '0001')) as string) as round_trip;
