package eval

import "github.com/mcsql/mcsql/parser"

// maxSetOpBranches is MaxCompute's limit on the queries one chain of set
// operations combines ("a maximum of 256 datasets").
const maxSetOpBranches = 256

// setOpBranches counts the queries a set operation combines.
func setOpBranches(b parser.QueryBody) int {
	op, ok := b.(*parser.SetOp)
	if !ok {
		return 1
	}
	return setOpBranches(op.Left) + setOpBranches(op.Right)
}

// checkSetOpBranches refuses a chain of more than 256 queries. Only the
// root of a chain counts them: the operands are checked by being part of
// it.
func checkSetOpBranches(op *parser.SetOp) error {
	if n := setOpBranches(op); n > maxSetOpBranches {
		return semanticError(op.Pos, "%s combines %d queries; at most %d are allowed, split it with a subquery or a table variable", op.Op, n, maxSetOpBranches)
	}
	return nil
}

// setOpColumnType is the type column i of a set operation takes: the
// common type of both sides, except that MaxCompute disables the implicit
// conversion between STRING and the other types there ("cast columns
// explicitly when combining STRING with non-string types").
func setOpColumnType(op *parser.SetOp, i int, l, r Type) (Type, error) {
	if l.Kind != KindVoid && r.Kind != KindVoid && l.Kind.IsString() != r.Kind.IsString() {
		return Type{}, semanticError(op.Pos, "column %d of %s has types %s and %s: %s does not convert STRING implicitly, CAST one side", i+1, op.Op, l, r, op.Op)
	}
	t, ok := CommonType(l, r)
	if !ok {
		return Type{}, semanticError(op.Pos, "column %d of %s has types %s and %s, which have no common type", i+1, op.Op, l, r)
	}
	return t, nil
}
