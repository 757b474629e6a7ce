-- CONCAT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/concat
-- (page of Mar 25, 2026; the array and string overloads)
-- Array example 1. Documented: [10, 20, 20, -20] (odpscmd prints no spaces).
select concat(array(10, 20), array(20, -20));
-- Array example 2: NULL elements are kept. Documented: [10, null, 20, -20].
select concat(array(10, null), array(20, -20));
-- Array example 3: a NULL array. Documented: NULL.
select concat(array(10, 20), null);
-- String example: Documented: aabcabcde.
select concat('aabc', 'abcde');
-- No arguments. Documented: NULL.
select concat();
-- A NULL string. Documented: NULL.
select concat('aabc', 'abcde', null);
-- BIGINT, DOUBLE, DECIMAL and DATETIME convert to STRING.
select concat('a', 1, 2.5, 3.25BD, datetime'2024-01-02 03:04:05');
-- More arrays, of strings; and BINARY values join as bytes.
select concat(array('a'), array('b', 'c'), array('d')), concat(x'6162', x'63');
