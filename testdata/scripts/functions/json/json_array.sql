-- https://www.alibabacloud.com/help/en/maxcompute/json-array
-- Empty array: []
select json_array();
-- Mixed types: ["a",45,true,13,{"a":456}]
select json_array('a', 45, true, 13, json '{"a":456}');
-- NULL elements become JSON null; DOUBLE and DECIMAL are numbers too (CAST's rule).
select json_array(null, 1.5, 2.50BD, json 'null');
