package functions

// zlib's Huffman tree construction (trees.c: build_tree, gen_bitlen,
// scan_tree, build_bl_tree), ported for one purpose: computing the code
// lengths and the cost of a dynamic block exactly as zlib does, ties and
// length limits included, so that zlibSingleBlock chooses the block type
// zlib chooses and can write dynamic blocks zlib would write.

const (
	zLCodes  = 286 // literal/length codes
	zDCodes  = 30  // distance codes
	zBLCodes = 19  // code length codes
	zHeap    = 2*zLCodes + 1
)

// blOrder is the order in which code length code lengths are sent.
var blOrder = [zBLCodes]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// treeDesc describes one of zlib's three trees.
type treeDesc struct {
	elems, maxLength int
	extra            []int // extra bits of codes from extraBase on
	extraBase        int
	static           func(n int) int // static code length, nil for the bit-length tree
}

var (
	litDesc = treeDesc{elems: zLCodes, maxLength: 15, extra: lengthExtra[:], extraBase: 257, static: fixedLitLen}
	dstDesc = treeDesc{elems: zDCodes, maxLength: 15, extra: distExtra[:], extraBase: 0, static: func(int) int { return 5 }}
	blDesc  = treeDesc{elems: zBLCodes, maxLength: 7, extra: []int{2, 3, 7}, extraBase: 16}
)

// zTrees is the state build_tree works on: one deflate_state's heap and
// cost counters, and the three trees' frequencies and lengths.
type zTrees struct {
	heap              [zHeap + 1]int
	heapLen, heapMax  int
	depth             [zHeap + 1]int
	optLen, staticLen int
}

// zTree is one tree: frequencies in, lengths out; internal nodes use the
// entries from elems on.
type zTree struct {
	freq, length, dad [zHeap + 1]int
	maxCode           int
}

func (s *zTrees) smaller(t *zTree, n, m int) bool {
	return t.freq[n] < t.freq[m] || t.freq[n] == t.freq[m] && s.depth[n] <= s.depth[m]
}

func (s *zTrees) downHeap(t *zTree, k int) {
	v := s.heap[k]
	j := k << 1
	for j <= s.heapLen {
		if j < s.heapLen && s.smaller(t, s.heap[j+1], s.heap[j]) {
			j++
		}
		if s.smaller(t, v, s.heap[j]) {
			break
		}
		s.heap[k] = s.heap[j]
		k = j
		j <<= 1
	}
	s.heap[k] = v
}

// buildTree is zlib's build_tree followed by gen_bitlen.
func (s *zTrees) buildTree(t *zTree, d treeDesc) {
	s.heapLen, s.heapMax = 0, zHeap
	maxCode := -1
	for n := 0; n < d.elems; n++ {
		if t.freq[n] != 0 {
			s.heapLen++
			s.heap[s.heapLen], maxCode = n, n
			s.depth[n] = 0
		} else {
			t.length[n] = 0
		}
	}
	for s.heapLen < 2 { // at least two codes
		node := 0
		if maxCode < 2 {
			maxCode++
			node = maxCode
		}
		s.heapLen++
		s.heap[s.heapLen] = node
		t.freq[node] = 1
		s.depth[node] = 0
		s.optLen--
		if d.static != nil {
			s.staticLen -= d.static(node)
		}
	}
	t.maxCode = maxCode
	for n := s.heapLen / 2; n >= 1; n-- {
		s.downHeap(t, n)
	}
	node := d.elems
	for {
		n := s.heap[1]
		s.heap[1] = s.heap[s.heapLen]
		s.heapLen--
		s.downHeap(t, 1)
		m := s.heap[1]
		s.heapMax--
		s.heap[s.heapMax] = n
		s.heapMax--
		s.heap[s.heapMax] = m
		t.freq[node] = t.freq[n] + t.freq[m]
		s.depth[node] = max(s.depth[n], s.depth[m]) + 1
		t.dad[n], t.dad[m] = node, node
		s.heap[1] = node
		node++
		s.downHeap(t, 1)
		if s.heapLen < 2 {
			break
		}
	}
	s.heapMax--
	s.heap[s.heapMax] = s.heap[1]
	s.genBitLen(t, d)
}

// genBitLen is zlib's gen_bitlen: code lengths from the tree, limited to
// d.maxLength the way zlib redistributes them, and the costs.
func (s *zTrees) genBitLen(t *zTree, d treeDesc) {
	var blCount [16]int
	overflow := 0
	t.length[s.heap[s.heapMax]] = 0
	h := s.heapMax + 1
	for ; h < zHeap; h++ {
		n := s.heap[h]
		bits := t.length[t.dad[n]] + 1
		if bits > d.maxLength {
			bits = d.maxLength
			overflow++
		}
		t.length[n] = bits
		if n > t.maxCode {
			continue // not a leaf
		}
		blCount[bits]++
		xbits := 0
		if n >= d.extraBase && n-d.extraBase < len(d.extra) {
			xbits = d.extra[n-d.extraBase]
		}
		f := t.freq[n]
		s.optLen += f * (bits + xbits)
		if d.static != nil {
			s.staticLen += f * (d.static(n) + xbits)
		}
	}
	if overflow == 0 {
		return
	}
	for overflow > 0 {
		bits := d.maxLength - 1
		for blCount[bits] == 0 {
			bits--
		}
		blCount[bits]--
		blCount[bits+1] += 2
		blCount[d.maxLength]--
		overflow -= 2
	}
	for bits := d.maxLength; bits != 0; bits-- {
		for n := blCount[bits]; n != 0; {
			h--
			m := s.heap[h]
			if m > t.maxCode {
				continue
			}
			if t.length[m] != bits {
				s.optLen += (bits - t.length[m]) * t.freq[m]
				t.length[m] = bits
			}
			n--
		}
	}
}

// scanTree is zlib's scan_tree: the frequencies of the code length codes
// that send t's lengths.
func scanTree(t *zTree, bl *zTree) {
	prevLen, nextLen, count := -1, t.length[0], 0
	maxCount, minCount := 7, 4
	if nextLen == 0 {
		maxCount, minCount = 138, 3
	}
	for n := 0; n <= t.maxCode; n++ {
		curLen := nextLen
		nextLen = -1 // zlib's guard after max_code
		if n+1 <= t.maxCode {
			nextLen = t.length[n+1]
		}
		count++
		if count < maxCount && curLen == nextLen {
			continue
		}
		switch {
		case count < minCount:
			bl.freq[curLen] += count
		case curLen != 0:
			if curLen != prevLen {
				bl.freq[curLen]++
			}
			bl.freq[16]++
		case count <= 10:
			bl.freq[17]++
		default:
			bl.freq[18]++
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

// dynamicTrees builds the three trees for the symbol frequencies and
// returns them with zlib's opt_len and static_len and the number of code
// length codes sent (max_blindex + 1).
func dynamicTrees(lit, dst []int) (l, d, bl *zTree, optLen, staticLen, blCodes int) {
	s := &zTrees{}
	l, d, bl = &zTree{}, &zTree{}, &zTree{}
	copy(l.freq[:], lit)
	copy(d.freq[:], dst)
	s.buildTree(l, litDesc)
	s.buildTree(d, dstDesc)
	scanTree(l, bl)
	scanTree(d, bl)
	s.buildTree(bl, blDesc)
	maxBLIndex := zBLCodes - 1
	for ; maxBLIndex >= 3; maxBLIndex-- {
		if bl.length[blOrder[maxBLIndex]] != 0 {
			break
		}
	}
	s.optLen += 3*(maxBLIndex+1) + 5 + 5 + 4
	return l, d, bl, s.optLen, s.staticLen, maxBLIndex + 1
}
