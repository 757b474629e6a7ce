-- STRUCT, ARRAY and MAP values: constructors, field access by bare variable
-- name (as the USE_WRAPPED_KEYSET documentation reads use_keyset_new.field),
-- indexing, and their JSON rendering.
@s := struct(1, 'x', struct(true, X'0A'));
select s.col1, s.col2, s.col3.col1 as nested, @s as whole;
select array(1, 2, null) as arr, array(1, 2)[1] as second, array(1, 2)[5] as missing;
select map('a', 1.5, 'b', null) as m, map('k', 'v')['k'] as hit, map('k', 'v')['z'] as miss;
select size(array(1, 2)), size(map(1, 2)), size(null);
select get_json_object(to_json_text, '$.b') from values ('{"a":1,"b":[true,null]}') t(to_json_text);
