-- Semantics of ENHANCED_SYM_ENCRYPT / DECRYPT and the keyset functions.
@gcm := NEW_KEYSET('AES-GCM-256');
@siv128 := NEW_KEYSET('AES-SIV-CMAC-128');
@siv256 := NEW_KEYSET('AES-SIV-CMAC-256');

-- AES-SIV is deterministic: the same input gives the same ciphertext, so equality
-- works on encrypted columns. AES-GCM is randomized: two encryptions differ.
select ENHANCED_SYM_ENCRYPT(@siv128, '13900001234') = ENHANCED_SYM_ENCRYPT(@siv128, '13900001234') as siv128_same,
       ENHANCED_SYM_ENCRYPT(@siv256, '13900001234') = ENHANCED_SYM_ENCRYPT(@siv256, '13900001234') as siv256_same,
       ENHANCED_SYM_ENCRYPT(@gcm, '13900001234') = ENHANCED_SYM_ENCRYPT(@gcm, '13900001234') as gcm_same,
       ENHANCED_SYM_ENCRYPT(@siv128, '13900001234') = ENHANCED_SYM_ENCRYPT(@siv128, '13900001235') as siv128_other;
-- Per row too: a deterministic column can be joined or grouped on.
select s, base64(ENHANCED_SYM_ENCRYPT(@siv128, s)) as ciphertext from values ('a'), ('b'), ('a') t(s);

-- additional_data is bound to the ciphertext; absent, NULL and '' are the same.
@ct := ENHANCED_SYM_ENCRYPT(@gcm, '13900001234', 'row 7');
select cast(ENHANCED_SYM_DECRYPT(@gcm, @ct, 'row 7') as string) as with_ad;
@ct := ENHANCED_SYM_ENCRYPT(@gcm, '13900001234');
select cast(ENHANCED_SYM_DECRYPT(@gcm, @ct) as string) as absent,
       cast(ENHANCED_SYM_DECRYPT(@gcm, @ct, '') as string) as empty,
       cast(ENHANCED_SYM_DECRYPT(@gcm, @ct, NULL) as string) as null_ad;
select ENHANCED_SYM_ENCRYPT(@siv256, 'x') = ENHANCED_SYM_ENCRYPT(@siv256, 'x', '') as absent_is_empty,
       ENHANCED_SYM_ENCRYPT(@siv256, 'x', NULL) = ENHANCED_SYM_ENCRYPT(@siv256, 'x', '') as null_is_empty,
       ENHANCED_SYM_ENCRYPT(@siv256, 'x', 'a') = ENHANCED_SYM_ENCRYPT(@siv256, 'x', 'b') as ad_matters;

-- Plaintexts: STRING, BINARY, and numbers (converted to their text). A decrypted
-- BINARY of printable ASCII prints like a string.
select ENHANCED_SYM_DECRYPT(@siv128, ENHANCED_SYM_ENCRYPT(@siv128, '13900001234')) as printable,
       hex(ENHANCED_SYM_DECRYPT(@siv128, ENHANCED_SYM_ENCRYPT(@siv128, unhex('00FF7F')))) as binary_hex,
       cast(ENHANCED_SYM_DECRYPT(@siv128, ENHANCED_SYM_ENCRYPT(@siv128, 123)) as string) as number,
       cast(ENHANCED_SYM_DECRYPT(@siv128, ENHANCED_SYM_ENCRYPT(@siv128, '中文')) as string) as utf8;

-- A mixed keyset built with ROTATE_KEYSET decrypts what each earlier primary encrypted;
-- encryption uses the newest key's algorithm.
@m := NEW_KEYSET('AES-GCM-256', 'first');
@c1 := ENHANCED_SYM_ENCRYPT(@m, 'under AES-GCM-256');
@m := ROTATE_KEYSET(@m, 'AES-SIV-CMAC-128', 'second');
@c2 := ENHANCED_SYM_ENCRYPT(@m, 'under AES-SIV-CMAC-128');
@m := ROTATE_KEYSET(@m, 'AES-SIV-CMAC-256');
@c3 := ENHANCED_SYM_ENCRYPT(@m, 'under AES-SIV-CMAC-256');
select KEYSET_TO_JSON(@m);
select cast(ENHANCED_SYM_DECRYPT(@m, @c1) as string) as c1,
       cast(ENHANCED_SYM_DECRYPT(@m, @c2) as string) as c2,
       cast(ENHANCED_SYM_DECRYPT(@m, @c3) as string) as c3,
       length(hex(@c3)) div 2 - length('under AES-SIV-CMAC-256') as c3_overhead;
-- KEYSET_FROM_JSON(KEYSET_TO_JSON(k)) = k for a keyset of several keys.
select KEYSET_FROM_JSON(KEYSET_TO_JSON(@m)) = @m as json_round_trip;
-- Keysets and ciphertexts per row: each row's keyset is used for that row.
select n, cast(ENHANCED_SYM_DECRYPT(k, ENHANCED_SYM_ENCRYPT(k, s)) as string) as round_trip
from values (1, @gcm, 'row one'), (2, @siv128, 'row two'), (3, @siv128, 'row three'), (4, @m, 'row four') t(n, k, s);

-- NULL rules: a NULL keyset, plaintext or ciphertext gives NULL; a NULL description
-- means none; additional_data NULL is absent (above). NULL key_type is an error (errors.sql).
select isnull(ENHANCED_SYM_ENCRYPT(NULL, 'x')) as null_keyset,
       isnull(ENHANCED_SYM_ENCRYPT(@gcm, NULL)) as null_plaintext,
       isnull(ENHANCED_SYM_ENCRYPT(@gcm, NULL, 'ad')) as null_plaintext_ad,
       isnull(ENHANCED_SYM_DECRYPT(NULL, @ct)) as null_keyset_dec,
       isnull(ENHANCED_SYM_DECRYPT(@gcm, NULL)) as null_ciphertext;
select isnull(ROTATE_KEYSET(NULL, 'AES-GCM-256')) as rotate_null,
       isnull(ADD_KEY_TO_KEYSET(NULL, 'AES-GCM-256', unhex('00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF'))) as add_null_keyset,
       isnull(ADD_KEY_TO_KEYSET(@gcm, 'AES-GCM-256', NULL)) as add_null_raw_key,
       isnull(KEYSET_TO_JSON(NULL)) as to_json_null,
       isnull(KEYSET_FROM_JSON(NULL)) as from_json_null;
select KEYSET_TO_JSON(NEW_KEYSET('AES-GCM-256', NULL)) as null_description;
-- A NULL keyset row gives a NULL row, the others still decrypt.
select n, cast(ENHANCED_SYM_DECRYPT(k, c) as string) as plaintext
from values (1, @m, @c1), (2, NULL, @c2), (3, @m, NULL), (4, @m, @c3) t(n, k, c);
