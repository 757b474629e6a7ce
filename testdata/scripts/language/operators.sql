-- Arithmetic, precedence and comparisons with MaxCompute's types.
select 1 + 2 * 3, (1 + 2) * 3, 7 / 2, 7 div 2, 7 % 3, -7 % 3, 2 ^ 3;
select 1 = 1, 1 == 1, 1 <> 2, 1 != 1, 2 > 1, 2 >= 2, 1 < 2, 1 <= 0;
select '10' > 9, '1.5' + 1, 1 / 0, 5 & 3, 5 | 3, ~0;
select 'a' || 'b' || 1, 1.5 * 2, 1.5D + 1L, 0.1 + 0.2;
select not 1 = 2, not (1 = 1) or true, true and not false;
