-- SYM_DECRYPT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sym-decrypt
-- The page decrypts the table SYM_ENCRYPT's page encrypted; its printed ciphertexts are
-- known-answer vectors: AES-256-GCM, IV(12) ‖ ciphertext ‖ tag(16), key 'b75585cf321cdcad42451690cdb7bfc4'.
create table mf_user_info(id bigint, name string, gender string, id_card_no string, tel string);
-- The encrypted table as the SYM_ENCRYPT page prints it (Example 1).
insert overwrite table mf_user_info values
  (1,"bob","male","frgJZAEAQMeEuHqpS8lK9VxQhgPYpZ317V+oUla/xEc=","13900001234"),
  (2,"allen","male","frgJZAIAQMeEuHqpLeXQfETsFSLJxBwHhPx6tpzWUg4=","13900001111"),
  (3,"kate","female","frgJZAMAQMeEuHqpdphXAU6iWelWenlDnVy+R0HMvAY=","13900002222"),
  (4,"annie","female","frgJZAQAQMeEuHqpR5c8bj21dYCeM0C25bLRZIrP71c=","13900003333");
-- Example 1, AEAD: id_card_no is 0001, 0011, 0111, 1111 again.
insert overwrite table mf_user_info
select id,
    name,
    gender,
       cast(sym_decrypt(unbase64(id_card_no),
                   cast('b75585cf321cdcad42451690cdb7bfc4' as binary)
                  ) as string) as id_card_no,
       tel
from mf_user_info;
select * from mf_user_info;
-- Example 1 with AAD 'test': the page's AAD ciphertexts are printed identical to the ones above,
-- which decrypt only without AAD, so this runs on values SYM_ENCRYPT made with AAD 'test'.
-- The page inserts the BINARY result into the STRING column directly.
insert overwrite table mf_user_info
select id, name, gender,
       base64(sym_encrypt(id_card_no, cast('b75585cf321cdcad42451690cdb7bfc4' as binary), 'AES-GCM-256', 'test')) as id_card_no,
       tel
from mf_user_info;
insert overwrite table mf_user_info
select id,
             name,
             gender,
       sym_decrypt(unbase64(id_card_no),
                   cast('b75585cf321cdcad42451690cdb7bfc4' as binary),
                   'AES-GCM-256',
                       'test'
                  )as id_card_no,
       tel
from mf_user_info;
select * from mf_user_info;
-- Example 2: the key from a key table (the SYM_ENCRYPT page's Example 2 ciphertexts).
create table mf_id_key(id bigint,key binary);
insert overwrite table mf_id_key values (1,cast('b75585cf321cdcad42451690cdb7bfc4' as binary));
insert overwrite table mf_user_info values
  (1,"bob","male","9esKZAEAoBquXVJo3ZptvoI09XuM4bSFTqF1mXH1BO4=","13900001234"),
  (2,"allen","male","9esKZAIAoBquXVJoJYqnXieAANih7FR59luePvdHB9U=","13900001111"),
  (3,"kate","female","9esKZAMAoBquXVJoppwxgVwPYBnvjIMklWLmJ/sU0Y8=","13900002222"),
  (4,"annie","female","9esKZAQAoBquXVJoB85RUFCLMbdyEBSz7LdS4M3Guvk=","13900003333");
insert overwrite table mf_user_info
select /*+mapjoin(b)*/
      a.id,
      a.name,
      a.gender,
      cast(sym_decrypt(unbase64(a.id_card_no), b.key) as string) as id_card_no,
      a.tel
 from mf_user_info as a join mf_id_key as b on a.id>=b.id;
select * from mf_user_info;
-- NULL ciphertext or key gives NULL; an empty plaintext decrypts to an empty BINARY.
select sym_decrypt(null, cast('b75585cf321cdcad42451690cdb7bfc4' as binary)) as null_value,
       sym_decrypt(unbase64('frgJZAEAQMeEuHqpS8lK9VxQhgPYpZ317V+oUla/xEc='), null) as null_key,
       length(hex(sym_decrypt(sym_encrypt('', cast('b75585cf321cdcad42451690cdb7bfc4' as binary)), cast('b75585cf321cdcad42451690cdb7bfc4' as binary)))) as empty_hex_len;
