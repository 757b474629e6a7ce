-- SYM_ENCRYPT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sym-encrypt
-- The result is IV(12) ‖ ciphertext ‖ tag(16) of AES-256-GCM with a random IV, so the page's
-- ciphertexts (e.g. frgJZAEAQMeEuHqpS8lK9VxQhgPYpZ317V+oUla/xEc= for 0001) cannot be reproduced:
-- mcsql's IVs come from the golden runs' seeded randomness. Each result is therefore shown
-- (44 Base64 characters = 32 bytes for a 4-character value, as on the page) and decrypted
-- again; sym_decrypt.sql decrypts the page's own ciphertexts.
-- Sample data.
create table mf_user_info(id bigint,
                          name string,
                          gender string,
                          id_card_no string,
                          tel string);
insert overwrite table mf_user_info values(1,"bob","male","0001","13900001234"),
                                       (2,"allen","male","0011","13900001111"),
                                     (3,"kate","female","0111","13900002222"),
                                     (4,"annie","female","1111","13900003333");
select * from mf_user_info;
-- Example 1: encrypt with a plaintext key, AEAD algorithm (the default method).
insert overwrite table mf_user_info
select id,
    name,
    gender,
       base64(sym_encrypt(id_card_no,
                   cast('b75585cf321cdcad42451690cdb7bfc4' as binary)
                  ))as id_card_no,
      tel
from mf_user_info;
select * from mf_user_info;
select id, length(id_card_no) as b64_chars,
       cast(sym_decrypt(unbase64(id_card_no), cast('b75585cf321cdcad42451690cdb7bfc4' as binary)) as string) as plain
from mf_user_info;
-- Example 1 with additional authenticated data 'test'. (The page prints the same ciphertexts as
-- without AAD, which cannot be: those decrypt only without AAD. mcsql shows its own.)
create table mf_user_info_aad(id bigint, name string, gender string, id_card_no string, tel string);
insert overwrite table mf_user_info_aad values(1,"bob","male","0001","13900001234"),
                                       (2,"allen","male","0011","13900001111");
insert overwrite table mf_user_info_aad
select id,
             name,
             gender,
       base64(sym_encrypt(id_card_no,
              cast('b75585cf321cdcad42451690cdb7bfc4' as binary),
              'AES-GCM-256',
              'test'
              ))as id_card_no,
      tel
from mf_user_info_aad;
select * from mf_user_info_aad;
select id, cast(sym_decrypt(unbase64(id_card_no), cast('b75585cf321cdcad42451690cdb7bfc4' as binary), 'AES-GCM-256', 'test') as string) as plain
from mf_user_info_aad;
-- Example 2: keys kept in a key table, joined to the data.
create table mf_id_key(id bigint,key binary);
insert overwrite table mf_id_key
  values (1,cast('b75585cf321cdcad42451690cdb7bfc4' as binary));
select * from mf_id_key;
create table mf_user_info2(id bigint, name string, gender string, id_card_no string, tel string);
insert overwrite table mf_user_info2 values(1,"bob","male","0001","13900001234"),
                                       (2,"allen","male","0011","13900001111"),
                                     (3,"kate","female","0111","13900002222"),
                                     (4,"annie","female","1111","13900003333");
insert overwrite table mf_user_info2
select /*+mapjoin(b)*/
      a.id,
      a.name,
      a.gender,
      base64(
        (sym_encrypt(a.id_card_no, b.key))
      ) as id_card_no,
      a.tel
 from mf_user_info2 as a join mf_id_key as b on a.id>=b.id;
select * from mf_user_info2;
-- Randomized: the same value and key give a new ciphertext every call.
select sym_encrypt('0001', cast('b75585cf321cdcad42451690cdb7bfc4' as binary)) = sym_encrypt('0001', cast('b75585cf321cdcad42451690cdb7bfc4' as binary)) as same;
-- BINARY values, the method in any case, an empty value (IV and tag only: 28 bytes).
select length(hex(sym_encrypt(cast('abc' as binary), cast('b75585cf321cdcad42451690cdb7bfc4' as binary), 'aes-gcm-256'))) div 2 as binary_len,
       length(hex(sym_encrypt('', cast('b75585cf321cdcad42451690cdb7bfc4' as binary)))) div 2 as empty_len;
-- NULL value or key gives NULL; a NULL method means the default and a NULL AAD means none.
select sym_encrypt(null, cast('b75585cf321cdcad42451690cdb7bfc4' as binary)) as null_value,
       sym_encrypt('0001', null) as null_key,
       cast(sym_decrypt(sym_encrypt('0001', cast('b75585cf321cdcad42451690cdb7bfc4' as binary), null, null),
                        cast('b75585cf321cdcad42451690cdb7bfc4' as binary)) as string) as null_method_and_aad;
