-- Setup for rewrap_keyset.sql: a keyset wrapped by the local KMS, passed as -D wrapped_keyset.
select hex(new_wrapped_keyset('acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t',
                              'acs:ram::1**************7:role/kms', 'AES-GCM-256', 'hello')) as wrapped_keyset;
