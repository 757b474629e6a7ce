-- A placeholder outside a string fails to parse; the parse error names
-- every undefined placeholder of the script.
select '<wrapped_keyset>' as k from ${tbl};
