-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-json
-- case: a scalar argument
select to_json(1);
