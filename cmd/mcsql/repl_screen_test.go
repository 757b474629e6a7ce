package main

import "strings"

// screen is what the terminal shows once out has been played on it: a
// small emulator of the sequences readline writes (carriage return,
// backspace, erase line, erase below, cursor moves), so that tests compare
// the screen a user sees rather than the redraws that produced it.
func screen(out string) string {
	var lines [][]rune
	row, col := 0, 0
	at := func() []rune {
		for len(lines) <= row {
			lines = append(lines, nil)
		}
		return lines[row]
	}
	rs := []rune(out)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; r {
		case '\r':
			col = 0
		case '\n':
			row++
		case '\b':
			col = max(col-1, 0)
		case '\a':
		case 0x1b:
			i = escape(rs, i, &lines, &row, &col, at)
		default:
			line := at()
			for len(line) <= col {
				line = append(line, ' ')
			}
			line[col] = r
			lines[row] = line
			col++
		}
	}
	for len(lines) > 0 && len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1] // the cursor's empty line, if drawn
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(string(l) + "\n")
	}
	return b.String()
}

// escape plays the CSI sequence at rs[i] and returns the index of its last rune.
func escape(rs []rune, i int, lines *[][]rune, row, col *int, at func() []rune) int {
	if i+1 >= len(rs) || rs[i+1] != '[' {
		return i
	}
	j, n := i+2, 0
	for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
		n = n*10 + int(rs[j]-'0')
		j++
	}
	if j >= len(rs) {
		return j - 1
	}
	n = max(n, 1)
	switch rs[j] {
	case 'A':
		*row = max(*row-n, 0)
	case 'B':
		*row += n
	case 'C':
		*col += n
	case 'D':
		*col = max(*col-n, 0)
	case 'K': // erase to the end of the line, or the whole line (2K)
		line := at()
		if rs[j-1] == '2' {
			(*lines)[*row] = nil
		} else if *col < len(line) {
			(*lines)[*row] = line[:*col]
		}
	case 'J': // erase below
		line := at()
		if *col < len(line) {
			(*lines)[*row] = line[:*col]
		}
		*lines = (*lines)[:*row+1]
	}
	return j
}
