-- WIDTH_BUCKET: https://www.alibabacloud.com/help/en/maxcompute/user-guide/width-bucket
-- (the WIDTH_BUCKET section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select key,value,width_bucket(value,100,500,5) as value_group
from values 
    (1,99),
    (2,100),
    (3,199),
    (4,200),
    (5,499),
    (6,500),
    (7,501),
    (8,NULL)
as t(key,value);
-- documented value_group: 0 1 2 2 5 6 6 NULL
select key,value,width_bucket(value,100,500,null) as value_group
from values
    (1,99),
    (2,100),
    (3,199),
    (4,200),
    (5,499),
    (6,500),
    (7,501),
    (8,NULL)
as t(key,value);
-- documented value_group: NULL for every row
-- floor(num_buckets * (expr - min_value) / (max_value - min_value) + 1), exactly.
select width_bucket(5.35, 0.024, 10.06, 5), width_bucket(0.3, 0.1, 0.4, 3), width_bucket(2.5BD, 0, 10, 4), width_bucket(cast(1.5 as float), 1, 2, 2), width_bucket(null, 1, 2, 2);
