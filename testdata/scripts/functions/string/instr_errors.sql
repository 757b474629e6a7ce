-- INSTR errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/instr
-- case: nth_appearance 0
select instr('Tech on the net', 'e', 1, 0);
-- case: start_position of another type
select instr('Tech on the net', 'e', true);
