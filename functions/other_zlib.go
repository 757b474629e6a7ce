package functions

import "encoding/binary"

// zlibSingleBlock reproduces zlib's raw deflate output at its default
// level (6) for inputs zlib writes as one block, which is what MaxCompute's
// COMPRESS emits for values up to about 16 KB: the LZ77 parse is zlib's
// deflate_slow (3-byte hash chains, lazy matching, good/lazy/nice/chain =
// 8/16/128/128, no match of length 3 farther than 4096, and, as in zlib,
// no match against position 0), the block type is the one zlib's
// _tr_flush_block picks from the same costs, and a dynamic block uses
// zlib's own trees (other_zlibtree.go). It returns nil for longer inputs,
// which zlib splits into several blocks; the caller then uses Go's
// encoder. Nothing here is cryptographic; the caller checks the output by
// inflating it.
func zlibSingleBlock(data []byte) []byte {
	const maxInput = 16000 // one block: fewer symbols than zlib's buffer of 16383
	if len(data) > maxInput {
		return nil
	}
	syms := zlibParse(data)
	litFreq, distFreq := symbolFreqs(syms)
	l, d, bl, optLen, staticLen, blCodes := dynamicTrees(litFreq, distFreq)
	optLenb, staticLenb := (optLen+3+7)>>3, (staticLen+3+7)>>3
	if staticLenb <= optLenb {
		optLenb = staticLenb
	}
	switch {
	case len(data)+4 <= optLenb:
		return storedBlock(data)
	case staticLenb == optLenb:
		return fixedBlock(syms)
	}
	return dynamicBlock(syms, l, d, bl, blCodes)
}

// symbolFreqs counts the literal/length and distance codes of syms, with
// the end-of-block code.
func symbolFreqs(syms []lzSym) (lit, dist []int) {
	lit, dist = make([]int, zLCodes), make([]int, zDCodes)
	for _, s := range syms {
		if s.dist == 0 {
			lit[s.lit]++
			continue
		}
		lit[257+lengthCode(s.len)]++
		dist[distCode(s.dist)]++
	}
	lit[256] = 1
	return lit, dist
}

// lzSym is a literal (dist 0) or a match of length 3..258 at dist.
type lzSym struct {
	lit       byte
	len, dist int
}

// zlibParse is deflate_slow at level 6 over data, whole (no window slide).
func zlibParse(data []byte) []lzSym {
	const (
		minMatch   = 3
		goodMatch  = 8
		maxLazy    = 16
		niceMatch  = 128
		maxChain   = 128
		tooFar     = 4096
		hashMask   = 1<<15 - 1
		nilPos     = 0
		maxDistLim = 32768 - 262
	)
	n := len(data)
	at := func(i int) int {
		if i < n {
			return int(data[i])
		}
		return 0 // zlib zeroes the window beyond the data (WIN_INIT)
	}
	head := make(map[int]int)
	prev := make([]int, n+1)
	insert := func(p int) int {
		h := (at(p)<<10 ^ at(p+1)<<5 ^ at(p+2)) & hashMask
		old := head[h]
		prev[p] = old
		head[h] = p
		return old
	}
	var syms []lzSym
	strstart, lookahead := 0, n
	matchLen, matchStart := minMatch-1, 0
	prevLen, prevMatch := minMatch-1, 0
	available := false
	longest := func(cur int) int {
		chain := maxChain
		bestLen := prevLen
		nice := min(niceMatch, lookahead)
		limit := nilPos
		if strstart > maxDistLim {
			limit = strstart - maxDistLim
		}
		if prevLen >= goodMatch {
			chain >>= 2
		}
		for {
			l := 0
			for l < 258 && at(strstart+l) == at(cur+l) {
				l++
			}
			if l > bestLen {
				matchStart, bestLen = cur, l
				if l >= nice {
					break
				}
			}
			cur = prev[cur]
			chain--
			if cur <= limit || chain == 0 {
				break
			}
		}
		return min(bestLen, lookahead)
	}
	for lookahead > 0 {
		hashHead := nilPos
		if lookahead >= minMatch {
			hashHead = insert(strstart)
		}
		prevLen, prevMatch = matchLen, matchStart
		matchLen = minMatch - 1
		if hashHead != nilPos && prevLen < maxLazy && strstart-hashHead <= maxDistLim {
			matchLen = longest(hashHead)
			if matchLen <= 5 && matchLen == minMatch && strstart-matchStart > tooFar {
				matchLen = minMatch - 1
			}
		}
		switch {
		case prevLen >= minMatch && matchLen <= prevLen:
			maxInsert := strstart + lookahead - minMatch
			syms = append(syms, lzSym{len: prevLen, dist: strstart - 1 - prevMatch})
			lookahead -= prevLen - 1
			for k := prevLen - 2; k > 0; k-- {
				strstart++
				if strstart <= maxInsert {
					insert(strstart)
				}
			}
			available, matchLen = false, minMatch-1
			strstart++
		case available:
			syms = append(syms, lzSym{lit: data[strstart-1]})
			strstart++
			lookahead--
		default:
			available = true
			strstart++
			lookahead--
		}
	}
	if available {
		syms = append(syms, lzSym{lit: data[strstart-1]})
	}
	return syms
}

// Deflate's length and distance codes (RFC 1951 §3.2.5).
var (
	lengthBase  = [29]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]int{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]int{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]int{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
)

func lengthCode(l int) int {
	c := 0
	for c+1 < len(lengthBase) && lengthBase[c+1] <= l {
		c++
	}
	return c
}

func distCode(d int) int {
	c := 0
	for c+1 < len(distBase) && distBase[c+1] <= d {
		c++
	}
	return c
}

// fixedLitLen is the fixed Huffman code length of literal/length symbol s.
func fixedLitLen(s int) int {
	switch {
	case s < 144:
		return 8
	case s < 256:
		return 9
	case s < 280:
		return 7
	}
	return 8
}

// bitWriter writes deflate's LSB-first bit stream.
type bitWriter struct {
	out   []byte
	acc   uint32
	nbits uint
}

func (w *bitWriter) bits(v, n int) {
	w.acc |= uint32(v) << w.nbits
	w.nbits += uint(n)
	for w.nbits >= 8 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nbits -= 8
	}
}

// code writes a Huffman code of n bits, most significant bit first.
func (w *bitWriter) code(c, n int) {
	for i := n - 1; i >= 0; i-- {
		w.bits(c>>i&1, 1)
	}
}

func (w *bitWriter) flush() []byte {
	if w.nbits > 0 {
		w.out = append(w.out, byte(w.acc))
		w.acc, w.nbits = 0, 0
	}
	return w.out
}

// fixedLit writes literal/length symbol s with the fixed code.
func (w *bitWriter) fixedLit(s int) {
	switch {
	case s < 144:
		w.code(0x30+s, 8)
	case s < 256:
		w.code(0x190+s-144, 9)
	case s < 280:
		w.code(s-256, 7)
	default:
		w.code(0xc0+s-280, 8)
	}
}

// writeSyms writes the symbols and the end-of-block code with lit and
// dist, which write a literal/length or distance code.
func (w *bitWriter) writeSyms(syms []lzSym, lit, dist func(int)) {
	for _, s := range syms {
		if s.dist == 0 {
			lit(int(s.lit))
			continue
		}
		lc, dc := lengthCode(s.len), distCode(s.dist)
		lit(257 + lc)
		w.bits(s.len-lengthBase[lc], lengthExtra[lc])
		dist(dc)
		w.bits(s.dist-distBase[dc], distExtra[dc])
	}
	lit(256)
}

// fixedBlock is one final block with the fixed codes (BFINAL 1, BTYPE 01).
func fixedBlock(syms []lzSym) []byte {
	w := &bitWriter{}
	w.bits(1, 1) // BFINAL
	w.bits(1, 2) // BTYPE 01
	w.writeSyms(syms, w.fixedLit, func(c int) { w.code(c, 5) })
	return w.flush()
}

// storedBlock is one final stored block: header bits 1,0,0, then LEN,
// NLEN and the bytes.
func storedBlock(data []byte) []byte {
	out := make([]byte, 5, 5+len(data))
	out[0] = 1
	binary.LittleEndian.PutUint16(out[1:], uint16(len(data)))
	binary.LittleEndian.PutUint16(out[3:], ^uint16(len(data)))
	return append(out, data...)
}

// canonicalCodes is zlib's gen_codes: the code of each length, in symbol
// order within a length.
func canonicalCodes(t *zTree) []int {
	var count, next [16]int
	for n := 0; n <= t.maxCode; n++ {
		count[t.length[n]]++
	}
	count[0] = 0
	code := 0
	for bits := 1; bits <= 15; bits++ {
		code = (code + count[bits-1]) << 1
		next[bits] = code
	}
	codes := make([]int, t.maxCode+1)
	for n := range codes {
		if l := t.length[n]; l != 0 {
			codes[n] = next[l]
			next[l]++
		}
	}
	return codes
}

// dynamicBlock is one final block with zlib's dynamic trees (BTYPE 10),
// sent as send_all_trees and compress_block send them.
func dynamicBlock(syms []lzSym, l, d, bl *zTree, blCodes int) []byte {
	w := &bitWriter{}
	w.bits(1, 1) // BFINAL
	w.bits(2, 2) // BTYPE 10
	w.bits(l.maxCode+1-257, 5)
	w.bits(d.maxCode+1-1, 5)
	w.bits(blCodes-4, 4)
	for rank := 0; rank < blCodes; rank++ {
		w.bits(bl.length[blOrder[rank]], 3)
	}
	blc := canonicalCodes(bl)
	sendBL := func(c int) { w.code(blc[c], bl.length[c]) }
	sendTree(w, l, sendBL)
	sendTree(w, d, sendBL)
	lc, dc := canonicalCodes(l), canonicalCodes(d)
	w.writeSyms(syms, func(c int) { w.code(lc[c], l.length[c]) }, func(c int) { w.code(dc[c], d.length[c]) })
	return w.flush()
}

// sendTree is zlib's send_tree: t's code lengths, run-length coded with
// the code length codes (16 repeats the previous length 3-6 times, 17 and
// 18 repeat zero 3-10 and 11-138 times).
func sendTree(w *bitWriter, t *zTree, send func(int)) {
	prevLen, nextLen, count := -1, t.length[0], 0
	maxCount, minCount := 7, 4
	if nextLen == 0 {
		maxCount, minCount = 138, 3
	}
	for n := 0; n <= t.maxCode; n++ {
		curLen := nextLen
		nextLen = -1
		if n+1 <= t.maxCode {
			nextLen = t.length[n+1]
		}
		count++
		if count < maxCount && curLen == nextLen {
			continue
		}
		switch {
		case count < minCount:
			for ; count > 0; count-- {
				send(curLen)
			}
		case curLen != 0:
			if curLen != prevLen {
				send(curLen)
				count--
			}
			send(16)
			w.bits(count-3, 2)
		case count <= 10:
			send(17)
			w.bits(count-3, 3)
		default:
			send(18)
			w.bits(count-11, 7)
		}
		count, prevLen = 0, curLen
		switch {
		case nextLen == 0:
			maxCount, minCount = 138, 3
		case curLen == nextLen:
			maxCount, minCount = 6, 3
		default:
			maxCount, minCount = 7, 4
		}
	}
}
