-- REGEXP_INSTR errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-instr
-- case: empty pattern
select regexp_instr('abc', '');
-- case: start_position 0
select regexp_instr('abc', 'a', 0);
-- case: occurrence 0
select regexp_instr('abc', 'a', 1, 0);
-- case: return_option 2
select regexp_instr('abc', 'a', 1, 1, 2);
