-- MASK_HASH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/mask-hash
-- The SHA-256 of abc. Documented: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.
select mask_hash("abc");
-- A non-string argument. Documented: NULL.
select mask_hash(100);
-- BINARY, VARCHAR and CHAR are hashed too; NULL and other types give NULL.
select mask_hash(cast('abc' as binary)) = mask_hash('abc'), mask_hash(cast('abc' as varchar(10))), mask_hash(null), mask_hash(1.5), mask_hash(true);
