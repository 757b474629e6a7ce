package functions

import (
	"errors"
	"sync"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions/keyset"
)

// A keyset argument is either a BINARY keyset (NEW_KEYSET, KEYSET_FROM_JSON)
// or the STRUCT USE_WRAPPED_KEYSET returns. That STRUCT carries the unwrapped
// keyset as a *keyset.Keyset in eval.Struct.Hidden — the contract between
// USE_WRAPPED_KEYSET and the functions here. The keyset rather than a built
// *keyset.Cipher travels, because USE_WRAPPED_KEYSET also needs it for the
// masked JSON; building the cipher is this file's job, once per statement.
var (
	keysetKinds    = []eval.Kind{eval.KindBinary, eval.KindStruct}
	plaintextKinds = []eval.Kind{eval.KindString, eval.KindVarchar, eval.KindChar, eval.KindBinary}
)

// cipherBuildHook, when set, is called every time a keyset argument is
// decoded into a cipher. Tests use it to prove that a constant keyset is
// decoded once per statement, not once per row.
var cipherBuildHook func()

// symOp is ENHANCED_SYM_ENCRYPT or ENHANCED_SYM_DECRYPT: the work done per
// row once the keyset's cipher exists.
type symOp struct {
	name string
	run  func(c *keyset.Cipher, data, ad []byte) (eval.Value, error)
}

const (
	encryptName = "ENHANCED_SYM_ENCRYPT"
	decryptName = "ENHANCED_SYM_DECRYPT"
)

var (
	encryptOp = &symOp{name: encryptName, run: encryptRow}
	decryptOp = &symOp{name: decryptName, run: decryptRow}
)

func registerEnhancedSym(r registrar) {
	r.Register(volatile(fn(encryptName,
		"BINARY ENHANCED_SYM_ENCRYPT(BINARY|STRUCT keyset, STRING|BINARY plaintext [, STRING additional_data])",
		"encrypts with the keyset's primary key: 32-byte prefix, then AES-GCM (randomized, +60 bytes in all) or AES-SIV (deterministic, +48)",
		"select length(hex(enhanced_sym_encrypt(new_keyset('AES-GCM-256'), '13900001234'))) div 2; -- 71",
		encryptOp.overload(p("plaintext", plaintextKinds)),
		encryptOp.overload(p("plaintext", plaintextKinds), p("additional_data", stringKinds)),
	)))
	r.Register(fn(decryptName,
		"BINARY ENHANCED_SYM_DECRYPT(BINARY|STRUCT keyset, BINARY ciphertext [, STRING additional_data])",
		"decrypts a ciphertext of ENHANCED_SYM_ENCRYPT (or of MaxCompute) with any key of the keyset; fails rather than return garbage",
		"select cast(enhanced_sym_decrypt(k, enhanced_sym_encrypt(k, 'abc')) as string) from values (new_keyset('AES-GCM-256')) t(k); -- abc",
		decryptOp.overload(p("ciphertext", binaryKinds)),
		decryptOp.overload(p("ciphertext", binaryKinds), p("additional_data", stringKinds)),
	))
}

// overload declares op with a keyset parameter followed by params. It is
// NullSafe because a NULL additional_data means absent, not a NULL result.
// Impl decodes the keyset on every call; Prepare, which eval prefers, does
// it once per statement.
func (op *symOp) overload(params ...eval.Param) *eval.Overload {
	return &eval.Overload{
		Params:   append([]eval.Param{p("keyset", keysetKinds)}, params...),
		Result:   eval.BinaryType,
		NullSafe: true,
		Impl: func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			return op.call(uncached{op.name}, new(rowScratch), args)
		},
		Prepare: op.prepare,
	}
}

// prepare builds the per-statement Impl. A constant keyset is decoded here,
// once; a keyset that varies per row goes through a one-entry cache, so
// consecutive rows with the same keyset share a cipher.
func (op *symOp) prepare(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	st := &statement{op: op, src: &lastCipher{name: op.name}}
	if len(isConst) > 0 && isConst[0] {
		// A decoding error is kept, not returned: the call fails only
		// when a row reaches it, as it would without preparation (a
		// NULL plaintext still gives NULL).
		c, err := buildCipher(op.name, consts[0])
		st.src = constCipher{c: c, err: err}
	}
	return st.impl, nil
}

// statement is the per-statement state of one call site: where its cipher
// comes from, and buffers reused for the bytes of a STRING plaintext and of
// the additional data, which saves an allocation each per row (the cipher
// copies its inputs and keeps none of them). eval evaluates a statement's
// rows one after another, never from several goroutines; the mutex makes
// that an assumption that fails safe rather than a data race.
type statement struct {
	op  *symOp
	src cipherSource

	mu      sync.Mutex
	scratch rowScratch
}

// rowScratch is reusable space for the bytes of a row's STRING arguments.
type rowScratch struct{ data, ad []byte }

func (st *statement) impl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.op.call(st.src, &st.scratch, args)
}

// call evaluates op on one row: args are keyset, data [, additional_data].
// sc is scratch space for the bytes of STRING arguments.
func (op *symOp) call(src cipherSource, sc *rowScratch, args []eval.Value) (eval.Value, error) {
	if err := argCount(args, 2, 3); err != nil {
		return nil, err
	}
	if args[0] == nil || args[1] == nil {
		return nil, nil
	}
	var data []byte
	switch d := args[1].(type) {
	case []byte:
		data = d
	case string:
		data = reuse(&sc.data, d)
	default:
		return nil, internalError("argument 2 is %T, want string or []uint8", d)
	}
	ad, err := optionalString(args, 2)
	if err != nil {
		return nil, err
	}
	c, err := src.cipher(args[0])
	if err != nil {
		return nil, err
	}
	return op.run(c, data, reuse(&sc.ad, ad))
}

// reuse returns the bytes of s, stored in *buf.
func reuse(buf *[]byte, s string) []byte {
	*buf = append((*buf)[:0], s...)
	return *buf
}

func encryptRow(c *keyset.Cipher, plaintext, ad []byte) (eval.Value, error) {
	ct, err := c.Encrypt(plaintext, ad)
	if err != nil {
		return nil, keysetError(encryptName, err)
	}
	return ct, nil
}

func decryptRow(c *keyset.Cipher, ciphertext, ad []byte) (eval.Value, error) {
	pt, err := c.Decrypt(ciphertext, ad)
	switch {
	case errors.Is(err, keyset.ErrDecrypt):
		return nil, eval.InvalidArgument("%s: ciphertext does not decrypt with any key of this keyset: "+
			"wrong keyset, tampered data or different additional_data", decryptName)
	case err != nil:
		return nil, eval.InvalidArgument("%s: %s; pass the BINARY value ENHANCED_SYM_ENCRYPT returned", decryptName, coreMessage(err))
	}
	if pt == nil {
		pt = []byte{} // an empty plaintext is an empty BINARY, not NULL
	}
	return pt, nil
}

// cipherSource gives the cipher of a keyset argument value.
type cipherSource interface {
	cipher(keysetValue eval.Value) (*keyset.Cipher, error)
}

// uncached decodes the keyset on every call (the Impl without Prepare).
type uncached struct{ name string }

func (u uncached) cipher(v eval.Value) (*keyset.Cipher, error) { return buildCipher(u.name, v) }

// constCipher is the cipher of a constant keyset, built by Prepare.
type constCipher struct {
	c   *keyset.Cipher
	err error
}

func (k constCipher) cipher(eval.Value) (*keyset.Cipher, error) { return k.c, k.err }

// lastCipher remembers the cipher of the last keyset seen, keyed by the
// keyset's bytes (a BINARY keyset) or identity (USE_WRAPPED_KEYSET's
// keyset). Its statement's mutex guards it.
type lastCipher struct {
	name   string
	valid  bool           // something is cached
	isBin  bool           // the last keyset was BINARY, not a STRUCT
	bin    string         // the last BINARY keyset
	hidden *keyset.Keyset // the last STRUCT's unwrapped keyset
	c      *keyset.Cipher
	err    error
}

func (l *lastCipher) cipher(v eval.Value) (*keyset.Cipher, error) {
	var hidden *keyset.Keyset
	switch k := v.(type) {
	case []byte:
		// The conversion in the comparison does not allocate.
		if l.valid && l.isBin && string(k) == l.bin {
			return l.c, l.err
		}
	case *eval.Struct:
		if k != nil {
			hidden, _ = k.Hidden.(*keyset.Keyset)
		}
		if l.valid && !l.isBin && hidden != nil && hidden == l.hidden {
			return l.c, l.err
		}
	}
	l.c, l.err = buildCipher(l.name, v)
	b, isBin := v.([]byte)
	l.valid, l.isBin, l.bin, l.hidden = true, isBin, string(b), hidden
	return l.c, l.err
}

// buildCipher decodes a keyset argument (BINARY or USE_WRAPPED_KEYSET's
// STRUCT) and builds its cipher. A NULL keyset gives a nil cipher: the
// caller returns NULL before using it.
func buildCipher(name string, v eval.Value) (*keyset.Cipher, error) {
	if v == nil {
		return nil, nil
	}
	if cipherBuildHook != nil {
		cipherBuildHook()
	}
	var ks *keyset.Keyset
	switch k := v.(type) {
	case []byte:
		var err error
		if ks, err = keysetArg(name, k); err != nil {
			return nil, err
		}
	case *eval.Struct:
		if k != nil {
			ks, _ = k.Hidden.(*keyset.Keyset)
		}
		if ks == nil {
			return nil, eval.InvalidArgument("%s: this STRUCT is not a keyset; the keyset argument is a BINARY keyset "+
				"or the STRUCT USE_WRAPPED_KEYSET returns", name)
		}
	default:
		return nil, internalError("keyset is %T, want []uint8 or *eval.Struct", v)
	}
	c, err := keyset.NewCipher(ks)
	if err != nil {
		return nil, invalidKeyset(name, err)
	}
	return c, nil
}
