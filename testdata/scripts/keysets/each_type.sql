-- Each key type: NEW_KEYSET, its JSON, an encryption and the round trip.
-- Ciphertexts are a 32-byte prefix and the body: AES-GCM-256 adds 60 bytes in all
-- (prefix, 12-byte nonce, 16-byte tag), the AES-SIV types 48 (prefix, 16-byte SIV).
@gcm := NEW_KEYSET('AES-GCM-256', 'gcm keyset');
select KEYSET_TO_JSON(@gcm);
@ct := ENHANCED_SYM_ENCRYPT(@gcm, '13900001234');
select base64(@ct) as ciphertext, length(hex(@ct)) div 2 as bytes,
       cast(ENHANCED_SYM_DECRYPT(@gcm, @ct) as string) as plaintext;

@siv128 := NEW_KEYSET('aes-siv-cmac-128', 'siv-128 keyset');
select KEYSET_TO_JSON(@siv128);
@ct := ENHANCED_SYM_ENCRYPT(@siv128, '13900001234');
select base64(@ct) as ciphertext, length(hex(@ct)) div 2 as bytes,
       cast(ENHANCED_SYM_DECRYPT(@siv128, @ct) as string) as plaintext;

@siv256 := NEW_KEYSET('AES-SIV-CMAC-256');
select KEYSET_TO_JSON(@siv256);
@ct := ENHANCED_SYM_ENCRYPT(@siv256, '13900001234');
select base64(@ct) as ciphertext, length(hex(@ct)) div 2 as bytes,
       cast(ENHANCED_SYM_DECRYPT(@siv256, @ct) as string) as plaintext;

-- Lengths for several plaintexts, the empty one included, under each type.
select s, length(hex(ENHANCED_SYM_ENCRYPT(@gcm, s))) div 2 as gcm,
       length(hex(ENHANCED_SYM_ENCRYPT(@siv128, s))) div 2 as siv128,
       length(hex(ENHANCED_SYM_ENCRYPT(@siv256, s))) div 2 as siv256,
       cast(ENHANCED_SYM_DECRYPT(@siv256, ENHANCED_SYM_ENCRYPT(@siv256, s)) as string) = s as round_trip
from values (''), ('a'), ('13900001234'), ('a plaintext longer than one AES block') t(s);
