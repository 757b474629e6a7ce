package functions

import (
	"strings"
	"sync"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions/keyset"
)

// SYM_ENCRYPT and SYM_DECRYPT: single-key encryption. The page
// (user-guide/sym-encrypt) documents a 256-bit BINARY key, one method,
// AES-GCM-256, optional additional authenticated data, and a result laid
// out as IV ‖ ciphertext ‖ AEAD tag. Its printed ciphertexts decrypt with
// plain AES-256-GCM (12-byte IV, 16-byte tag, the AAD bytes as GCM's
// associated data) — no prefix, unlike ENHANCED_SYM_ENCRYPT — so the
// primitive is the keyset core's bare AES-GCM, without a keyset.
const (
	symEncryptName = "SYM_ENCRYPT"
	symDecryptName = "SYM_DECRYPT"
	// symKeySize is the documented key length: 256 bits.
	symKeySize = 32
)

// symCall is SYM_ENCRYPT or SYM_DECRYPT once the key's primitive exists.
type symCall struct {
	name string
	run  func(a keyset.RawAEAD, data, aad []byte) (eval.Value, error)
}

var (
	symEncrypt = &symCall{name: symEncryptName, run: symEncryptRow}
	symDecrypt = &symCall{name: symDecryptName, run: symDecryptRow}
)

func registerSym(r registrar) {
	r.Register(volatile(fn(symEncryptName,
		"BINARY SYM_ENCRYPT(STRING|BINARY value, BINARY key [, STRING encryption_method [, STRING additional_authenticated_data]])",
		"AES-256-GCM with a 32-byte key and a random IV: IV(12) ‖ ciphertext ‖ tag(16); the only method is AES-GCM-256",
		"select length(sym_encrypt('0001', cast('b75585cf321cdcad42451690cdb7bfc4' as binary))); -- 32 (bytes; a new IV every call)",
		symEncrypt.overloads(p("value_to_encrypt", plaintextKinds))...,
	)))
	r.Register(fn(symDecryptName,
		"BINARY SYM_DECRYPT(BINARY value, BINARY key [, STRING encryption_method [, STRING additional_authenticated_data]])",
		"decrypts SYM_ENCRYPT's output with the same key, method and additional data; fails rather than return garbage",
		"select cast(sym_decrypt(unbase64('frgJZAEAQMeEuHqpS8lK9VxQhgPYpZ317V+oUla/xEc='), cast('b75585cf321cdcad42451690cdb7bfc4' as binary)) as string); -- 0001",
		symDecrypt.overloads(p("value_to_decrypt", binaryKinds))...,
	))
}

// overloads declares the 2-, 3- and 4-argument forms. They are NullSafe: a
// NULL method means the default and a NULL AAD means none, while a NULL
// value or key gives NULL.
func (s *symCall) overloads(data eval.Param) []*eval.Overload {
	base := []eval.Param{data, p("key", binaryKinds)}
	var out []*eval.Overload
	for _, extra := range [][]eval.Param{nil, {p("encryption_method", stringKinds)},
		{p("encryption_method", stringKinds), p("additional_authenticated_data", stringKinds)}} {
		out = append(out, &eval.Overload{
			Params:   append(append([]eval.Param(nil), base...), extra...),
			Result:   eval.BinaryType,
			NullSafe: true,
			Impl: func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
				return s.call(&symKeyCache{name: s.name}, args)
			},
			Prepare: s.prepare,
		})
	}
	return out
}

// prepare checks a constant method once and builds a constant key's
// primitive once; a key read per row (the page's key-table join) goes
// through a one-entry cache.
func (s *symCall) prepare(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	if len(isConst) > 2 && isConst[2] {
		if err := symMethod(s.name, consts[2]); err != nil {
			return nil, err
		}
	}
	cache := &symKeyCache{name: s.name}
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		cache.mu.Lock()
		defer cache.mu.Unlock()
		return s.call(cache, args)
	}, nil
}

// call evaluates one row: value, key [, method [, aad]].
func (s *symCall) call(cache *symKeyCache, args []eval.Value) (eval.Value, error) {
	if err := argCount(args, 2, 4); err != nil {
		return nil, err
	}
	if args[0] == nil || args[1] == nil {
		return nil, nil
	}
	var data []byte
	switch d := args[0].(type) {
	case []byte:
		data = d
	case string:
		data = []byte(d)
	default:
		return nil, internalError("argument 1 is %T, want string or []uint8", d)
	}
	key, ok := args[1].([]byte)
	if !ok {
		return nil, internalError("argument 2 is %T, want []uint8", args[1])
	}
	if len(args) > 2 {
		if err := symMethod(s.name, args[2]); err != nil {
			return nil, err
		}
	}
	aad, err := optionalString(args, 3)
	if err != nil {
		return nil, err
	}
	a, err := cache.aead(key)
	if err != nil {
		return nil, err
	}
	return s.run(a, data, []byte(aad))
}

// symMethod accepts the one documented method, case-insensitively; NULL
// means the default, which is that method.
func symMethod(name string, v eval.Value) error {
	if v == nil {
		return nil
	}
	m, ok := v.(string)
	if !ok {
		return internalError("encryption_method is %T, want string", v)
	}
	if !strings.EqualFold(m, string(keyset.AESGCM256)) {
		return eval.InvalidArgument("%s: encryption_method %s is not supported; the only method is 'AES-GCM-256' (the default)", name, quote(m))
	}
	return nil
}

// symKeyCache keeps the primitive of the last key seen, so that rows
// sharing a key share its AES key schedule.
type symKeyCache struct {
	name string
	mu   sync.Mutex
	key  string
	a    keyset.RawAEAD
}

func (c *symKeyCache) aead(key []byte) (keyset.RawAEAD, error) {
	if c.a != nil && string(key) == c.key {
		return c.a, nil
	}
	if len(key) != symKeySize {
		return nil, eval.InvalidArgument("%s: the key is %d bytes; it must be 256 bits (32 bytes), "+
			"e.g. cast('b75585cf321cdcad42451690cdb7bfc4' as binary)", c.name, len(key))
	}
	a, err := keyset.NewRawAEAD(keyset.AESGCM256, key)
	if err != nil {
		return nil, keysetError(c.name, err)
	}
	c.key, c.a = string(key), a
	return a, nil
}

func symEncryptRow(a keyset.RawAEAD, plaintext, aad []byte) (eval.Value, error) {
	ct, err := a.Encrypt(plaintext, aad)
	if err != nil {
		return nil, keysetError(symEncryptName, err)
	}
	return ct, nil
}

// symMinSize is the size of the encryption of an empty value: IV and tag.
const symMinSize = 12 + 16

func symDecryptRow(a keyset.RawAEAD, ciphertext, aad []byte) (eval.Value, error) {
	if len(ciphertext) < symMinSize {
		return nil, eval.InvalidArgument("%s: the ciphertext is %d bytes, shorter than the %d of IV and tag; "+
			"pass the BINARY value SYM_ENCRYPT returned (unbase64 it if it was stored as Base64)", symDecryptName, len(ciphertext), symMinSize)
	}
	pt, err := a.Decrypt(ciphertext, aad)
	if err != nil {
		return nil, eval.InvalidArgument("%s: the ciphertext does not decrypt: wrong key, tampered data or different additional_authenticated_data", symDecryptName)
	}
	if pt == nil {
		pt = []byte{} // an empty plaintext is an empty BINARY, not NULL
	}
	return pt, nil
}
