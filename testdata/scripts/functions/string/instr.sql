-- INSTR: https://www.alibabacloud.com/help/en/maxcompute/user-guide/instr
-- Example 1
select instr('Tech on the net', 'e'); -- 2
-- Example 2
select instr('Tech on the net', 'on'); -- 6
-- Example 3
select instr('Tech on the net', 'e', 3, 2); -- 14
-- Example 4
select instr('Tech on the net', null); -- NULL
-- The older page's examples.
select instr('Tech on the net', 'e', 1, 1), instr('Tech on the net', 'e', 1, 2), instr('Tech on the net', 'e', 1, 3); -- 2 11 14
-- An empty str2 always matches; a negative start_position searches backwards from the end.
select instr('abc', ''), instr('Tech on the net', 'e', -1), instr('Tech on the net', 'e', -1, 2);
-- Numbers and datetimes convert to STRING; characters, not bytes; NULL start or nth give NULL.
select instr(12345, 34), instr('阿里云阿里云', '云', 4), instr('abc', 'b', null), instr('abc', 'b', 1, null);
