package functions_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
	"testing/cryptotest"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
	"github.com/mcsql/mcsql/parser"
)

// goodArg is a well-formed literal of kind k, to fill the positions of a
// call that a bad-argument probe does not target.
func goodArg(k eval.Kind) string {
	switch {
	case k.IsInteger():
		return "3"
	}
	switch k {
	case eval.KindFloat, eval.KindDouble:
		return "1.5"
	case eval.KindDecimal:
		return "cast(1.5 as decimal(10,2))"
	case eval.KindBinary:
		return "cast('abc' as binary)"
	case eval.KindBoolean:
		return "true"
	case eval.KindDate:
		return "date '2020-01-02'"
	case eval.KindDatetime:
		return "datetime '2020-01-02 03:04:05'"
	case eval.KindTimestamp:
		return "timestamp '2020-01-02 03:04:05.123'"
	case eval.KindTimestampNTZ:
		return "timestamp_ntz '2020-01-02 03:04:05.123'"
	case eval.KindArray:
		return "array(1, 2, 3)"
	case eval.KindMap:
		return "map('a', 1)"
	case eval.KindStruct:
		return "named_struct('a', 1, 'b', 'x')"
	case eval.KindJSON:
		return `json '{"a":[1,2]}'`
	}
	return "'abc'"
}

// badArgs are the arguments every position of every function is tried
// with: each type the function may not take, NULL, empty and huge values,
// and malformed formats, zones, paths, patterns and charsets. The short
// list runs always; the full one with MCSQL_PROBE=1.
var badArgsShort = []string{
	"true", "cast('ab' as binary)", "date '2020-01-02'", "array(1, 2)",
	"map('a', 1)", "named_struct('a', 1)", `json '{"a":1}'`, "x -> x",
	"null", "''", "9223372036854775807", "-9223372036854775808", "-1",
	"'%'", "'['",
}

var badArgsFull = append(append([]string{}, badArgsShort...),
	"(a, b) -> a", "0", "-1.5", "1e308", "cast('nan' as double)", "2147483647", "100000000",
	"-100000000", "99999999999", "'xx'", "'\\\\'", "'('", "'yyyy-MM-dd HH:mi:ss'",
	"'Not/AZone'", "'$.a['", "'$..'", "'utf-99'", "'中文'", "'-1'", "'1e400'",
	"array()", "map()", "cast(null as array<int>)", "array(null)", "'a,b,c'",
	"cast(1e30 as decimal(38,0))", "datetime '9999-12-31 23:59:59'", "timestamp '0001-01-01 00:00:00'",
	"'%s%d%n'", "'{'", "'\\\\u'", "'$[*]'", "'+99:99'", "'GMT+25'", "'0x'",
	"map(1, array(1), 2, null)", "array(array(1), null)",
)

// bombArgs are big values (MCSQL_PROBE=bomb): a function whose result
// grows with them must fail with an error rather than allocate gigabytes.
var bombArgs = []string{
	"repeat('ab', 1000000)", "array_repeat(repeat('a', 100000), 1000)", "array_repeat(1, 5000000)",
	"100000000", "2000000000", "'%1000000000s'", "'%.1000000000f'", "repeat('$0', 100000)",
	"map_from_arrays(sequence(1, 10000), array_repeat(repeat('a', 10000), 10000))",
	"array_repeat(array_repeat(1, 3000), 3000)",
	// Doubling by CONCAT and ||: 2 MB values joined past the 8 MB STRING
	// and BINARY limits must fail in every position, and a 4 MB value
	// that a function doubles must not get through either.
	"concat(repeat('ab', 1000000), repeat('ab', 1000000))",
	"concat(repeat('ab', 1000000), repeat('ab', 1000000), repeat('ab', 1000000), repeat('ab', 1000000), repeat('ab', 1000000))",
	"repeat('ab', 1000000) || repeat('ab', 1000000) || repeat('ab', 1000000) || repeat('ab', 1000000) || repeat('ab', 1000000)",
	"cast(repeat('ab', 1000000) as binary) || cast(repeat('ab', 1000000) as binary) || cast(repeat('ab', 1000000) as binary) || cast(repeat('ab', 1000000) as binary) || cast(repeat('ab', 1000000) as binary)",
}

// badText matches what a user must never see in an error: Go-isms and
// internal failures.
var badText = regexp.MustCompile(`internal error|strconv\.|runtime error|%!|<nil>|invalid memory|goroutine|panic|\bGo\b|reflect\.|interface \{\}|\*eval\.|\[\]eval|eval\.Value`)

// arityArgs returns, for each arity worth probing, the good arguments of
// that arity (from the first fixed overload of the arity; three generic
// fillers for computed overloads).
func arityArgs(f *eval.Function) map[int][]string {
	out := map[int][]string{}
	maxN := 0
	for _, o := range f.Overloads {
		if o.Params == nil && o.Bind != nil {
			for n := 1; n <= 3; n++ {
				if _, ok := out[n]; !ok {
					out[n] = []string{"'abc'", "'abc'", "'abc'"}[:n]
				}
			}
			maxN = max(maxN, 3)
			continue
		}
		ns := []int{len(o.Params)}
		if o.Variadic {
			ns = append(ns, len(o.Params)+1)
		}
		for _, n := range ns {
			if _, ok := out[n]; ok || n > 5 {
				continue
			}
			args := make([]string, n)
			for i := range args {
				pi := min(i, len(o.Params)-1)
				k := eval.KindString
				if pi >= 0 && len(o.Params[pi].Kinds) > 0 {
					k = o.Params[pi].Kinds[0]
				}
				args[i] = goodArg(k)
			}
			out[n] = args
			maxN = max(maxN, n)
		}
	}
	// The documented example's arguments are the best good call: they
	// pass the type checks and run, so bad values reach the function body.
	if ex, ok := exampleOverride[f.Name]; ok {
		out[len(ex)] = ex
		maxN = max(maxN, len(ex))
	} else if ex := exampleArgs(f); len(ex) > 0 {
		out[len(ex)] = ex
		maxN = max(maxN, len(ex))
	}
	if _, ok := out[0]; !ok {
		out[0] = nil
	}
	if _, ok := out[maxN+1]; !ok && maxN+1 <= 6 {
		args := make([]string, maxN+1)
		for i := range args {
			args[i] = "1"
		}
		out[maxN+1] = args
	}
	return out
}

// badCall is one probe that broke a rule.
type badCall struct{ sql, problem string }

// probe runs sql in a fresh session and returns what is wrong with the
// outcome, or "".
func probe(reg *eval.Registry, sql string) (problem string) {
	var out, errOut bytes.Buffer
	s := eval.NewSession(eval.Config{
		Registry: reg, Stdout: &out, Stderr: &errOut,
		Rand: rand.NewChaCha8([32]byte{}),
		Now:  func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) },
	})
	defer func() {
		if r := recover(); r != nil {
			problem = fmt.Sprintf("panic: %v", r)
		}
	}()
	if traceFile != nil {
		fmt.Fprintln(traceFile, sql)
	}
	// A call that hangs would stall the whole test run: name it and stop.
	watchdog := time.AfterFunc(30*time.Second, func() {
		fmt.Fprintf(os.Stderr, "TestBadCalls: %s runs for more than 30 s\n", sql)
		os.Exit(3)
	})
	defer watchdog.Stop()
	// Work is bounded by allocation, not by timing: a timed assertion
	// fails on a slow machine, while a call that builds a huge result or
	// goes quadratic allocates far past the bound.
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	err := s.Run(sql)
	runtime.ReadMemStats(&m1)
	if a := m1.TotalAlloc - m0.TotalAlloc; a > 256<<20 {
		return fmt.Sprintf("allocated %d MB", a>>20)
	}
	if badText.MatchString(out.String()) {
		return "output: " + out.String()
	}
	if err == nil {
		return ""
	}
	msg := err.Error()
	if dumpFile != nil {
		fmt.Fprintf(dumpFile, "%s\t%s\n", sql, msg)
	}
	if badText.MatchString(msg) {
		return "message: " + msg
	}
	var pe *parser.Error
	if errors.As(err, &pe) {
		return ""
	}
	var e *eval.Error
	if !errors.As(err, &e) {
		return fmt.Sprintf("not an *eval.Error (%T): %s", err, msg)
	}
	if !e.HasPos {
		return "no position: " + msg
	}
	if _, ok := knownCodes[e.Code]; !ok {
		return "unknown code: " + msg
	}
	return ""
}

var dumpFile, _ = func() (*os.File, error) {
	if p := os.Getenv("MCSQL_PROBE_DUMP"); p != "" {
		return os.Create(p)
	}
	return nil, nil
}()

var traceFile, _ = func() (*os.File, error) {
	if p := os.Getenv("MCSQL_PROBE_TRACE"); p != "" {
		return os.Create(p)
	}
	return nil, nil
}()

var knownCodes = map[string]bool{
	eval.CodeParse: true, eval.CodeSemantic: true, eval.CodeArgumentType: true,
	eval.CodeArgumentCount: true, eval.CodeTypeCast: true, eval.CodeInvalidArgument: true,
	eval.CodeTableNotFound: true, eval.CodeTableExists: true,
}

// TestBadCalls calls every registered function with wrong arities, wrong
// types, NULLs, empty and huge values and malformed text in every position:
// each call either succeeds or fails with a positioned MaxCompute error of a
// known code whose message shows nothing of Go, without panicking, hanging
// or allocating hundreds of megabytes. MCSQL_PROBE=1 tries more values,
// MCSQL_PROBE=bomb huge ones.
func TestBadCalls(t *testing.T) {
	// Encryption results are printed, and random bytes now and then spell
	// something badText looks for ("%!"): seeded, every run prints the same.
	cryptotest.SetGlobalRandom(t, 42)
	reg := functions.NewRegistry()
	bad := badArgsShort
	switch os.Getenv("MCSQL_PROBE") {
	case "":
	case "bomb":
		bad = bombArgs
	default:
		bad = badArgsFull
	}
	// MCSQL_PROBE_FUNCS=SPLIT,STR_TO_MAP probes only those functions: the
	// bomb probe of every function takes about 25 minutes.
	only := map[string]bool{}
	for _, n := range strings.Split(os.Getenv("MCSQL_PROBE_FUNCS"), ",") {
		if n = strings.TrimSpace(n); n != "" {
			only[strings.ToUpper(n)] = true
		}
	}
	seen := map[*eval.Function]bool{}
	var found []badCall
	calls := 0
	for _, name := range reg.Names() {
		f, _ := reg.Lookup(name)
		if seen[f] || skipProbe[f.Name] || len(only) > 0 && !only[f.Name] {
			continue
		}
		seen[f] = true
		arities := arityArgs(f)
		ns := make([]int, 0, len(arities))
		for n := range arities {
			ns = append(ns, n)
		}
		sort.Ints(ns)
		for _, n := range ns {
			args := arities[n]
			sqls := []string{fmt.Sprintf("select %s(%s);", name, strings.Join(args, ", "))}
			for i := range args {
				for _, b := range bad {
					a := append([]string{}, args...)
					a[i] = b
					sqls = append(sqls, fmt.Sprintf("select %s(%s);", name, strings.Join(a, ", ")))
				}
			}
			for _, sql := range sqls {
				calls++
				if p := probe(reg, sql); p != "" {
					found = append(found, badCall{sql, p})
				}
			}
		}
	}
	for _, b := range found {
		t.Errorf("%s\n\t%s", b.sql, b.problem)
	}
	t.Logf("%d calls, %d problems", calls, len(found))
}

// exampleOverride are good calls for functions whose doc example uses
// variables or tables.
var exampleOverride = map[string][]string{
	"KEYSET_FROM_JSON":     {"keyset_to_json(new_keyset('AES-GCM-256'))"},
	"ENHANCED_SYM_ENCRYPT": {"new_keyset('AES-GCM-256')", "'abc'"},
	"ENHANCED_SYM_DECRYPT": {"new_keyset('AES-GCM-256')", "enhanced_sym_encrypt(new_keyset('AES-GCM-256'), 'abc')"},
}

// skipProbe are functions whose calls reach outside the process.
var skipProbe = map[string]bool{}

// exampleArgs splits the arguments of the first call of f in its doc
// example (text, at top-level commas), or nil.
func exampleArgs(f *eval.Function) []string {
	ex := f.Doc.Example
	i := strings.Index(strings.ToUpper(ex), f.Name+"(")
	if i < 0 {
		return nil
	}
	var args []string
	depth, start, quote := 0, i+len(f.Name)+1, byte(0)
	for j := start; j < len(ex); j++ {
		c := ex[j]
		switch {
		case quote != 0:
			if c == '\\' {
				j++
			} else if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '[':
			depth++
		case c == ',' && depth == 0:
			args = append(args, strings.TrimSpace(ex[start:j]))
			start = j + 1
		case c == ')' || c == ']':
			if depth == 0 {
				if a := strings.TrimSpace(ex[start:j]); a != "" || len(args) > 0 {
					args = append(args, a)
				}
				if args == nil {
					return []string{}
				}
				return args
			}
			depth--
		}
	}
	return nil
}

// TestSizeLimits keeps the size checks of functions whose result grows with
// an argument: each call fails with ODPS-0121095, fast, instead of
// allocating gigabytes or running for minutes.
func TestSizeLimits(t *testing.T) {
	reg := functions.NewRegistry()
	for _, sql := range []string{
		"select repeat(repeat('a', 2000000), 2000000);",
		"select replace(repeat('a', 2000000), 'a', repeat('b', 2000000));",
		"select regexp_replace(repeat('a', 2000000), 'a', repeat('b', 1000));",
		"select concat_ws(',', array_repeat(repeat('a', 100000), 10000));",
		"select array_join(array_repeat(repeat('a', 100000), 10000), ',');",
		"select flatten(array_repeat(array_repeat(1, 10000), 10000));",
		"select format_string('%1000000000s', 'a');",
		"select format_number(1.5, repeat('0', 100000));",
		"select array_repeat(1, 100000000);",
		"select sequence(1, 100000000);",
	} {
		t.Run(sql, func(t *testing.T) {
			var out bytes.Buffer
			alloc := allocatedBy(func() {
				err := eval.NewSession(eval.Config{Registry: reg, Stdout: &out, Stderr: &out}).Run(sql)
				var e *eval.Error
				if !errors.As(err, &e) || e.Code != eval.CodeInvalidArgument || !e.HasPos {
					t.Fatalf("got %v, want a positioned ODPS-0121095 error", err)
				}
			})
			// Refused before the result is built: the inputs themselves
			// are a few megabytes.
			if alloc > 64<<20 {
				t.Errorf("allocated %d MB before refusing", alloc>>20)
			}
		})
	}
}

// TestLongFormatsAreLinear: a long literal in a format costs work linear
// in its length (TO_CHAR, ISDATE, DATE_FORMAT and FORMAT_TIME were
// quadratic). Measured by allocation: quadratic building of 2 MB of text
// allocates terabytes, linear building a few times the text.
func TestLongFormatsAreLinear(t *testing.T) {
	reg := functions.NewRegistry()
	var out bytes.Buffer
	alloc := allocatedBy(func() {
		err := eval.NewSession(eval.Config{Registry: reg, Stdout: &out, Stderr: &out}).Run(
			"select isdate('2021-05-01', repeat('ab', 1000000)), length(to_char(date '2020-01-01', repeat('ab', 1000000)))," +
				" length(date_format(datetime '2020-01-01 00:00:00', repeat('.-', 1000000))), length(format_time(0, repeat('ab', 1000000)));")
		if err != nil {
			t.Fatal(err)
		}
	})
	if alloc > 512<<20 {
		t.Errorf("allocated %d MB for four 2 MB formats", alloc>>20)
	}
}

// allocatedBy returns the bytes f allocates.
func allocatedBy(f func()) uint64 {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc
}
