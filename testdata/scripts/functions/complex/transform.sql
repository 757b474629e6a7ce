-- TRANSFORM: https://www.alibabacloud.com/help/en/maxcompute/user-guide/lambda-expression
-- The examples are the Lambda functions page's, which all use TRANSFORM.
-- Square each element; the page lists the rows in another order (no ORDER BY).
-- [1,2] [1,4] / [3,4] [9,16] / [5,6,7] [25,36,49]
SELECT numbers, transform(numbers, n -> n * n) AS squared_numbers
FROM (
    VALUES (ARRAY(1, 2)), (ARRAY(3, 4)), (ARRAY(5, 6, 7))
) AS t(numbers);
-- Format array elements as price strings: ["100$","200$"] ["30$","4$"]
SELECT transform(prices, n -> CAST(n AS STRING) || '$') AS price_tags
FROM (
    VALUES (ARRAY(100, 200)), (ARRAY(30, 4))
) AS t(prices);
-- A linear function of outer columns.
SELECT xvalues, a, b, transform(xvalues, x -> a * x + b) AS linear_values
FROM VALUES (ARRAY(1, 2, 3), 2, 1), (ARRAY(0, 5), -1, 10) AS t(xvalues, a, b);
-- The older version of the page (Sep 2023, same address; also the ja/tc versions) uses other rows:
-- [1,2] 10 5 [15,25] / [3,4] 4 2 [14,18]
SELECT xvalues, a, b, transform(xvalues, x -> a * x + b) as linear_function_values
FROM (VALUES (ARRAY(1, 2), 10, 5),(ARRAY(3, 4), 4, 2)) AS t(xvalues, a, b);
-- (x, i) -> ...: the element and its 0-based index.
select transform(array('a', 'b'), (x, i) -> concat(x, cast(i as string)));
-- Nested lambdas; an inner parameter may read the outer one.
select transform(array(array(1, 2), array(3)), r -> transform(r, x -> x * size(r)));
-- A lambda parameter shadows a column of the same name.
select transform(array(1, 2), x -> x + 1) from values (100) as t(x);
-- NULL elements reach the lambda; a NULL array gives NULL.
select transform(array(1, null), x -> coalesce(x, 0)), transform(cast(null as array<int>), x -> x);
