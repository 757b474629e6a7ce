-- mcsql quick start: MaxCompute's keyset functions, run locally.
-- Every result column says what it shows; the table of step 4 is dropped at
-- the end, so the script leaves nothing in your warehouse and can be re-run.
-- 1. A keyset MaxCompute documents, and a ciphertext MaxCompute produced with it.
@doc_keyset := unhex('0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64');
select cast(enhanced_sym_decrypt(@doc_keyset,
            unbase64('nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQAwkVhYOocPQll8LmdzSwkRf3v2iTow+TAmnQ==')) as string) as decrypted_from_maxcompute;
-- 2. A new keyset of your own: encrypt a column, decrypt it back.
@ks := new_keyset('AES-SIV-CMAC-256', 'quick start');
@cards := select 1 as id, '13900001234' as tel union all select 2, '13900001111';
select id, base64(enhanced_sym_encrypt(@ks, tel, 'phone')) as tel_encrypted_base64,
       cast(enhanced_sym_decrypt(@ks, enhanced_sym_encrypt(@ks, tel, 'phone'), 'phone') as string) as tel_decrypted
from @cards;
-- 3. Rotate to another algorithm; old ciphertexts still decrypt.
@rotated := rotate_keyset(@ks, 'AES-GCM-256', 'rotated');
select get_json_object(keyset_to_json(@rotated), '$.key[1].key_meta_data.type') as new_primary_type,
       cast(enhanced_sym_decrypt(@rotated, enhanced_sym_encrypt(@ks, 'old', 'ad'), 'ad') as string) as old_still_decrypts;
-- 4. A table in the embedded warehouse, encrypted column by column, then decrypted
--    (re-runnable: IF NOT EXISTS and INSERT OVERWRITE; dropped at the end).
create table if not exists quickstart_users (id bigint, name string, tel string);
insert overwrite table quickstart_users values (1, 'bob', '13900001234'), (2, 'allen', '13900001111');
insert overwrite table quickstart_users
select id, name, base64(enhanced_sym_encrypt(@ks, tel)) as tel from quickstart_users;
select id, name, tel as tel_stored_encrypted from quickstart_users order by id;
insert overwrite table quickstart_users
select id, name, enhanced_sym_decrypt(@ks, unbase64(tel)) as tel from quickstart_users;
select id, name, tel as tel_stored_decrypted from quickstart_users order by id;
drop table quickstart_users;
-- 5. Script mode: variables and IF.
IF (@ks is not null) BEGIN
    select hex('abc') as hex_of_abc, unhex('616263') as unhex_616263, hex(-1) as hex_of_minus_1, hex(0.525) as hex_of_0_525;
END
