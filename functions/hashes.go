package functions

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"hash/crc32"

	"github.com/mcsql/mcsql/eval"
)

func registerHashes(r registrar) {
	r.Register(inCategory(eval.CategoryString, fn("MD5", "STRING MD5(STRING|BINARY x)",
		"MD5 digest as lower-case hex",
		"select md5('Tech on the net'); -- ddc4c4796880633333d77a60fcda9af6",
		digestOverloads(eval.StringType, func(b []byte) (eval.Value, error) { return hexDigest(md5.New(), b), nil })...,
	)))
	r.Register(fn("SHA1", "STRING SHA1|SHA(STRING|BINARY x)",
		"SHA-1 digest as lower-case hex",
		"select sha1('ABC'); -- 3c01bdbb26f358bab27f267924aa2c9a03fcfdb8",
		digestOverloads(eval.StringType, func(b []byte) (eval.Value, error) { return hexDigest(sha1.New(), b), nil })...,
	))
	r.Alias("SHA", "SHA1")
	r.Register(fn("SHA2", "STRING SHA2(STRING|BINARY x, BIGINT bits)",
		"SHA-2 digest as lower-case hex; bits is 224, 256, 384 or 512 (0 means 256), any other value gives NULL",
		"select sha2('ABC', 256); -- b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78",
		ov(eval.StringType, impl2(func(s string, bits int64) (eval.Value, error) { return sha2([]byte(s), bits), nil }),
			p("x", stringKinds), p("bits", integerKinds)),
		ov(eval.StringType, impl2(func(b []byte, bits int64) (eval.Value, error) { return sha2(b, bits), nil }),
			p("x", binaryKinds), p("bits", integerKinds)),
	))
	r.Register(fn("CRC32", "BIGINT CRC32(STRING|BINARY x)",
		"CRC-32 (IEEE) checksum",
		"select crc32('ABC'); -- 2743272264",
		digestOverloads(eval.BigintType, func(b []byte) (eval.Value, error) { return int64(crc32.ChecksumIEEE(b)), nil })...,
	))
}

// digestOverloads declares f over a STRING (its UTF-8 bytes) and a BINARY.
func digestOverloads(result eval.Type, f func([]byte) (eval.Value, error)) []*eval.Overload {
	return []*eval.Overload{
		ov(result, impl1(func(s string) (eval.Value, error) { return f([]byte(s)) }), p("x", stringKinds)),
		ov(result, impl1(f), p("x", binaryKinds)),
	}
}

func hexDigest(h hash.Hash, b []byte) string {
	h.Write(b) // hash.Hash.Write never fails
	return hex.EncodeToString(h.Sum(nil))
}

// sha2 returns nil (NULL) for an unsupported bit length, as MaxCompute does.
func sha2(b []byte, bits int64) eval.Value {
	switch bits {
	case 224:
		return hexDigest(sha256.New224(), b)
	case 0, 256:
		return hexDigest(sha256.New(), b)
	case 384:
		return hexDigest(sha512.New384(), b)
	case 512:
		return hexDigest(sha512.New(), b)
	}
	return nil
}
