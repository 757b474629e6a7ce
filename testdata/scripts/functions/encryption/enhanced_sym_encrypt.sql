-- ENHANCED_SYM_ENCRYPT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/enhanced-sym-encrypt
-- Example 1: encrypt with a basic keyset. The page's results are Base64 ciphertexts such as
-- nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQAwkVhYOocPQll8LmdzSwkRf3v2iTow+TAmnQ== (88
-- characters: a 32-byte prefix, a random 12-byte nonce, 4 bytes of ciphertext and a 16-byte tag).
-- AES-GCM is randomized and the prefix derivation is unpublished, so mcsql's ciphertexts differ;
-- they have the same length and decrypt (see enhanced_sym_decrypt.sql for the page's own).
create table mf_user_info(id bigint,
                          name string,
                          gender string,
                          id_card_no string,
                          tel string);
insert overwrite table mf_user_info values(1,"bob","male","0001","13900001234"),
                                       (2,"allen","male","0011","13900001111"),
                                     (3,"kate","female","0111","13900002222"),
                                     (4,"annie","female","1111","13900003333");
insert overwrite table mf_user_info
select id,
    name,
    gender,
       base64(ENHANCED_SYM_ENCRYPT(unhex ('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), id_card_no ))as id_card_no,
      tel
from mf_user_info;
select * from mf_user_info;
select id, length(id_card_no) as b64_chars,
       cast(ENHANCED_SYM_DECRYPT(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), unbase64(id_card_no)) as string) as plain
from mf_user_info;
-- Example 2: encrypt with a wrapped keyset kept in a table, through USE_WRAPPED_KEYSET (the page's
-- wrapped keyset belongs to MaxCompute's KMS, so one wrapped by the local KMS stands in for it).
create table mf_keyset_kms (id string,ks binary);
insert into mf_keyset_kms
      select '1',
             NEW_WRAPPED_KEYSET(
                'acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t',
                'acs:ram::1**************7:role/kms',
                'AES-GCM-256',
               'description');
create table mf_user_info_kms as
select /*+ MAPJOIN(a) */
       u.id, name, gender, id_card_no,
       ENHANCED_SYM_ENCRYPT(
           USE_WRAPPED_KEYSET('acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t',
                              'acs:ram::1**************7:role/kms',
                              a.ks),
           tel
       ) as tel
 FROM (select * from mf_user_info) u join mf_keyset_kms a on a.id = '1';
select id, length(hex(tel)) div 2 as tel_bytes from mf_user_info_kms;
-- additional_data binds the ciphertext; AES-SIV keysets are deterministic; BINARY plaintexts.
@siv := NEW_KEYSET('AES-SIV-CMAC-256');
select cast(ENHANCED_SYM_DECRYPT(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), ENHANCED_SYM_ENCRYPT(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), '13900001234', 'row 1'), 'row 1') as string) as with_ad,
       ENHANCED_SYM_ENCRYPT(@siv, 'x') = ENHANCED_SYM_ENCRYPT(@siv, 'x') as siv_deterministic,
       ENHANCED_SYM_ENCRYPT(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), 'x') = ENHANCED_SYM_ENCRYPT(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), 'x') as gcm_deterministic,
       hex(ENHANCED_SYM_DECRYPT(@siv, ENHANCED_SYM_ENCRYPT(@siv, unhex('00FF')))) as binary_plaintext;
-- A NULL keyset or plaintext gives NULL; a NULL additional_data means none.
select ENHANCED_SYM_ENCRYPT(null, 'x'), ENHANCED_SYM_ENCRYPT(unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64'), null),
       cast(ENHANCED_SYM_DECRYPT(@siv, ENHANCED_SYM_ENCRYPT(@siv, 'x', null)) as string);
