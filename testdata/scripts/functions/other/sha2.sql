-- SHA2: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (SHA2 section)
-- Example 1: b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78
select sha2('ABC', 256);
-- Example 2: NULL
select sha2('ABC', null);
-- 0 means 256; 224, 384 and 512; a number outside the valid values gives NULL.
select sha2('ABC', 0) = sha2('ABC', 256), sha2('ABC', 224), sha2('ABC', 384);
select sha2('ABC', 512), sha2('ABC', 1), sha2(cast('ABC' as binary), 256) = sha2('ABC', 256);
