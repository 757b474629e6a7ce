-- NEW_KEYSET bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/new-keyset
-- case: NULL key_type (required)
select NEW_KEYSET(null);
-- case: unknown key type
select NEW_KEYSET('AES-GCM-128');
-- case: no arguments
select NEW_KEYSET();
