package eval

import "testing"

// decRegistry registers EXACT(x): a computed overload that, like
// GREATEST meeting DECIMALs, gives a DOUBLE literal a DECIMAL parameter
// and leaves any other argument as it is.
func decRegistry() *Registry {
	r := NewRegistry()
	r.Register(&Function{Name: "EXACT", Overloads: []*Overload{{
		Bind: func(site *CallSite) (Binding, error) {
			t := site.Args[0]
			if site.DecimalLiteral(0, DecimalType) {
				t = DecimalType
			}
			return Binding{Params: []Type{t}, Result: t}, nil
		},
		Impl: func(_ *CallContext, args []Value) (Value, error) { return args[0], nil },
	}}})
	return r
}

// TestDecimalLiteral checks that a DOUBLE literal converts to DECIMAL from
// its digits, with its sign, and that nothing else does.
func TestDecimalLiteral(t *testing.T) {
	tests := []struct{ name, expr, want string }{
		{"more digits than a double", "exact(12345678901234567890.12345678901234567890)", "12345678901234567890.123456789012345679"},
		{"negative literal", "exact(-12345678901234567890.12345678901234567890)", "-12345678901234567890.123456789012345679"},
		{"double negation", "exact(-(-0.1))", "0.1"},
		{"exponent", "exact(1.25e3)", "1250"},
		{"integer too large for BIGINT", "exact(123456789012345678901234567890)", "123456789012345678901234567890"},
		{"too large for DECIMAL stays DOUBLE", "exact(1e50)", "1.0E50"},
		{"a computed DOUBLE stays DOUBLE", "exact(0.1 * 3)", "0.30000000000000004"},
		{"an explicit CAST reads the double", "cast(12345678901234567890.12345678901234567890 as decimal)", "12345678901234567000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := runScript(t, decRegistry(), "select "+tc.expr+";")
			if want := "_c0\n" + tc.want + "\n"; err != nil || out != want {
				t.Fatalf("got %q, %v; want %q", out, err, want)
			}
		})
	}
}
