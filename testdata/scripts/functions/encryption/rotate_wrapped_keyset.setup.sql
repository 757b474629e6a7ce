-- Setup: a keyset wrapped by the example's own CMK in the local KMS, passed as -D wrapped_keyset.
select hex(new_wrapped_keyset('acs:kms:${<RegionId>}:${<UserId>}:key/${<CmkId>}',
                              'acs:ram:${<UserId>}:role/${<roleName>}', 'AES-GCM-256', 'hello')) as wrapped_keyset;
