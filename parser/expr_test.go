package parser

import "testing"

var expressionTests = []struct {
	name, src, want string
}{
	{"mul over add", "1 + 2 * 3", "(+ 1 (* 2 3))"},
	{"left associative", "1 - 2 - 3", "(- (- 1 2) 3)"},
	{"parentheses", "(1 + 2) * 3", "(* (+ 1 2) 3)"},
	{"and over or", "a or b and c", "(OR a (AND b c))"},
	{"or left associative", "a or b or c", "(OR (OR a b) c)"},
	{"not under comparison", "not a = b", "(NOT (= a b))"},
	{"not over and", "not a and b", "(AND (NOT a) b)"},
	{"not not", "not not a", "(NOT (NOT a))"},
	{"and not", "a and not b or c", "(OR (AND a (NOT b)) c)"},
	{"concat under add", "a || b + c", "(|| a (+ b c))"},
	{"concat over bitand", "a & b || c", "(& a (|| b c))"},
	{"bitand over bitor", "a | b & c", "(| a (& b c))"},
	{"bitor over comparison", "a = b | c", "(= a (| b c))"},
	{"xor over mul", "a * b ^ c", "(* a (^ b c))"},
	{"unary over xor", "-a ^ b", "(^ (- a) b)"},
	{"div and mod", "a DIV b % c / d", "(/ (% (DIV a b) c) d)"},
	{"keyword operators are upper case", "a div b and c or d", "(OR (AND (DIV a b) c) d)"},
	{"equality as written", "a == b and c != d and e <> f and g <=> h", "(AND (AND (AND (== a b) (!= c d)) (<> e f)) (<=> g h))"},
	{"comparisons", "a < b and a <= b and a > b and a >= b", "(AND (AND (AND (< a b) (<= a b)) (> a b)) (>= a b))"},
	{"comparison chain", "a = b = c", "(= (= a b) c)"},
	{"unary operators", "-a + +b - ~c", "(- (+ (- a) (+ b)) (~ c))"},
	{"is null", "a is null", "(IS NULL a)"},
	{"is not null", "a + 1 IS NOT NULL", "(IS NOT NULL (+ a 1))"},
	{"is distinct from", "a is distinct from b + 1 and c IS NOT DISTINCT FROM d", "(AND (NOT (<=> a (+ b 1))) (<=> c d))"},
	{"is null under not", "not a is null", "(NOT (IS NULL a))"},
	{"like", "a like 'x%'", `(LIKE a "x%")`},
	{"not like", "a not like 'x' || 'y'", `(NOT LIKE a (|| "x" "y"))`},
	{"rlike", "a rlike 'x'", `(RLIKE a "x")`},
	{"regexp", "a NOT REGEXP 'x'", `(NOT RLIKE a "x")`},
	{"in list", "a in (1, 2 + 3)", "(IN a 1 (+ 2 3))"},
	{"not in", "a not in (1)", "(NOT IN a 1)"},
	{"in subquery", "a in (select b from t)", "(IN a (select b (from (table t))))"},
	{"row in subquery", "(a, b) in (select c, d from t)", "(IN (row a b) (select c d (from (table t))))"},
	{"row not in rows", "(a, b + 1) not in ((1, 3), (1, 1))", "(NOT IN (row a (+ b 1)) (row 1 3) (row 1 1))"},
	{"row equals subquery", "c > 3 and (a, b) = (select a, b from t)", "(AND (> c 3) (= (row a b) (subquery (select a b (from (table t))))))"},
	{"between", "a between 1 and 2 and b", "(AND (BETWEEN a 1 2) b)"},
	{"not between", "a not between b + 1 and c * 2", "(NOT BETWEEN a (+ b 1) (* c 2))"},
	{"between then or", "a between 1 and 2 or c", "(OR (BETWEEN a 1 2) c)"},
	{"dotted name", "t.a.b", "t.a.b"},
	{"quoted names", "`t`.`select`", "t.select"},
	{"variable", "@v", "@v"},
	{"variable field", "@v.f", "(. @v f)"},
	{"call field", "f(x).y.z", "(. (. (call f x) y) z)"},
	{"index", "a[0][1]", "([] ([] a 0) 1)"},
	{"index then field", "f()[0].k", "(. ([] (call f) 0) k)"},
	{"postfix under unary", "-a[0]", "(- ([] a 0))"},
	{"call", "concat('a', b, 1)", `(call concat "a" b 1)`},
	{"call no args", "now()", "(call now)"},
	{"count star", "count(*)", "(call count *)"},
	{"count distinct", "COUNT(DISTINCT a, b)", "(call COUNT distinct a b)"},
	{"keyword function names", "if(a, left(b, 1), right(c, 2))", "(call if a (call left b 1) (call right c 2))"},
	{"non-reserved function names", "date(x) + replace(a, b, c)", "(+ (call date x) (call replace a b c))"},
	{"cast", "cast(a as bigint)", "(cast a BIGINT)"},
	{"cast decimal", "CAST('1.5' AS DECIMAL(10, 2))", `(cast "1.5" DECIMAL(10,2))`},
	{"cast complex", "cast(x as map<string, array<struct<a:int, `b`:string>>>)", "(cast x MAP<STRING,ARRAY<STRUCT<a:INT,b:STRING>>>)"},
	{"searched case", "case when a then 1 when b then 2 else 3 end", "(case (when a 1) (when b 2) (else 3))"},
	{"simple case", "CASE x WHEN 1 THEN 'a' END", `(case x (when 1 "a"))`},
	{"scalar subquery", "(select max(a) from t) + 1", "(+ (subquery (select (call max a) (from (table t)))) 1)"},
	{"nested parentheses", "((a))", "a"},
	{"extract from", "extract(year from d) + EXTRACT(Hour FROM cast(s as datetime))", `(+ (call extract "YEAR" d) (call EXTRACT "HOUR" (cast s DATETIME)))`},
	{"extract as a plain call", "extract('year', d)", `(call extract "year" d)`},
	{"string concat of literals", "'a' || 'b'", `(|| "a" "b")`},
	{"lambda", "transform(a, x -> x + 1)", "(call transform a (lambda (x) (+ x 1)))"},
	{"lambda two params", "zip_with(a, b, (x, `y`) -> x || y)", "(call zip_with a b (lambda (x y) (|| x y)))"},
	{"lambda no params", "f(() -> 1)", "(call f (lambda () 1))"},
	{"lambda one param in parentheses", "filter(a, (x) -> x > 0)", "(call filter a (lambda (x) (> x 0)))"},
	{"parenthesized argument is no lambda", "f((x), (x + 1))", "(call f x (+ x 1))"},
	{"lambda with reserved-word parameters", "array_sort(a, (left, right) -> case when left < right then -1 when left.x > right then 1 else 0 end)", "(call array_sort a (lambda (left right) (case (when (< left right) (- 1)) (when (> left.x right) 1) (else 0))))"},
	{"reserved-word parameter does not outlive its lambda", "f(left -> left, left(s, 1))", "(call f (lambda (left) left) (call left s 1))"},
	{"lambda outside a call parses (the evaluator rejects it)", "x -> x + 1", "(lambda (x) (+ x 1))"},
	{"nested lambdas", "transform(a, x -> transform(x, y -> y * 2))", "(call transform a (lambda (x) (call transform x (lambda (y) (* y 2)))))"},
	{"lambda body with a lambda call and operators", "array_reduce(a, 0, (s, x) -> s + x, s -> s * 10)", "(call array_reduce a 0 (lambda (s x) (+ s x)) (lambda (s) (* s 10)))"},
}

func TestExpressions(t *testing.T) {

	for _, tc := range expressionTests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dump(parseExpr1(t, tc.src)); got != tc.want {
				t.Errorf("%s:\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}
