-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-json
-- case: the schema is not a type
select from_json('[1]', 'array<');
-- case: the schema names a scalar type
select from_json('1', 'bigint');
