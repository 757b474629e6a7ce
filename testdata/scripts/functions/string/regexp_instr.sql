-- REGEXP_INSTR: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-instr
-- Example 1
select regexp_instr('i love www.taobao.com', 'o[[:alpha:]]{1}', 3, 2); -- 14
-- Example 2
select regexp_instr('i love www.taobao.com', 'o[[:alpha:]]{1}', 3, 2, 1); -- 16
-- Example 3
select regexp_instr('i love www.taobao.com', null, 3, 2); -- NULL
-- Defaults (start 1, occurrence 1, start of the match); no match is 0; characters, not bytes.
select regexp_instr('i love', 'o'), regexp_instr('i love', 'x'), regexp_instr('阿里云aliyun', 'a'), regexp_instr('阿里云aliyun', 'a', 1, 1, 1);
select regexp_instr('abc', 'a', 1, 1, null), regexp_instr('abc', 'b', 10);
