package functions

import (
	"strings"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

// registerFind adds the searching and per-character string functions:
// LOCATE, FIND_IN_SET, SUBSTRING_INDEX, KEYVALUE, CHAR_MATCHCOUNT and
// TRANSLATE. Positions count characters, not bytes.
func registerFind(r registrar) {
	str := func(name string) eval.Param { return p(name, stringKinds) }
	num := func(name string) eval.Param { return p(name, integerKinds) }
	r.Register(fn("LOCATE", "BIGINT LOCATE(STRING substr, STRING str[, BIGINT start_pos])",
		"1-based position of substr in str searching from start_pos (default 1); 0 if absent or start_pos is NULL",
		"select locate('ab', 'abchelloabc'); -- 1",
		ov(eval.BigintType, impl2(func(sub, s string) (int64, error) { return locate(sub, s, 1), nil }), str("substr"), str("str")),
		nullSafe(ov(eval.BigintType, locateImpl, str("substr"), str("str"), num("start_pos"))),
	))
	r.Register(intsInHive(fn("FIND_IN_SET", "BIGINT FIND_IN_SET(STRING str1, STRING str2[, STRING delimiter])",
		"1-based position of str1 among the parts of str2 split by delimiter (default ','); 0 if absent or str1 holds the delimiter",
		"select find_in_set('ab', 'abc,hello,ab,c'); -- 3",
		ov(eval.BigintType, impl2(func(s, set string) (int64, error) { return findInSet(s, set, ","), nil }), str("str1"), str("str2")),
		ov(eval.BigintType, impl3(func(s, set, d string) (int64, error) { return findInSet(s, set, d), nil }), str("str1"), str("str2"), str("delimiter")),
	)))
	r.Register(fn("SUBSTRING_INDEX", "STRING SUBSTRING_INDEX(STRING str, STRING separator, INT count)",
		"str before the count-th separator from the left (count > 0) or after the -count-th from the right (count < 0)",
		"select substring_index('https://www.alibabacloud.com', '.', 2); -- https://www.alibabacloud",
		ov(eval.StringType, impl3(func(s, sep string, n int64) (string, error) { return substringIndex(s, sep, n), nil }),
			str("str"), str("separator"), num("count")),
	))
	r.Register(fn("KEYVALUE", "STRING KEYVALUE(STRING str, [STRING split1, STRING split2,] STRING key)",
		"value of key in str split into pairs by split1 (default ';') and each pair into key and value by split2 (default ':'); NULL if absent",
		"select keyvalue('0:1/;1:2', '1'); -- 2",
		ov(eval.StringType, impl2(func(s, key string) (eval.Value, error) { return keyValue(s, ";", ":", key), nil }), str("str"), str("key")),
		ov(eval.StringType, keyValueImpl, str("str"), str("split1"), str("split2"), str("key")),
	))
	r.Register(fn("CHAR_MATCHCOUNT", "BIGINT CHAR_MATCHCOUNT(STRING str1, STRING str2)",
		"how many characters of str1 (repeats counted) occur in str2; negative when either is not valid UTF-8",
		"select char_matchcount('aabc', 'abcde'); -- 4",
		ov(eval.BigintType, impl2(func(a, b string) (int64, error) { return charMatchCount(a, b), nil }), str("str1"), str("str2")),
	))
	r.Register(fn("TRANSLATE", "STRING TRANSLATE(STRING|VARCHAR str1, STRING|VARCHAR str2, STRING|VARCHAR str3)",
		"str1 with each character of str2 replaced by the character at the same place in str3 (removed when str3 is shorter)",
		"select translate('ababab', 'abab', 'cd'); -- cdcdcd",
		ov(eval.StringType, impl3(func(a, b, c string) (string, error) { return translate(a, b, c), nil }), str("str1"), str("str2"), str("str3")),
	))
}

// locateImpl is NullSafe: a NULL start_pos gives 0, as the page documents;
// NULL substr or str give NULL.
func locateImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	sub, ok1 := args[0].(string)
	s, ok2 := args[1].(string)
	if !ok1 || !ok2 {
		return nil, nil
	}
	start, ok := args[2].(int64)
	if !ok {
		return int64(0), nil
	}
	return locate(sub, s, start), nil
}

// locate follows Hive's LOCATE: a start_pos below 1 or at or past the end of
// str finds nothing; an empty substr is found at start_pos.
func locate(sub, s string, start int64) int64 {
	if start < 1 {
		return 0
	}
	from, ok := charOffset(s, start-1)
	if !ok || from == len(s) {
		return 0
	}
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return 0
	}
	return start + int64(utf8.RuneCountInString(s[from:from+i]))
}

func findInSet(s, set, delimiter string) int64 {
	if strings.Contains(s, delimiter) {
		return 0
	}
	for i := int64(1); ; i++ {
		part, rest, more := strings.Cut(set, delimiter)
		if part == s {
			return i
		}
		if !more {
			return 0
		}
		set = rest
	}
}

// substringIndex follows Hive (commons-lang ordinalIndexOf): occurrences of
// the separator may overlap; fewer than count of them give str whole; an
// empty separator or a count of 0 give ”.
func substringIndex(s, sep string, count int64) string {
	if s == "" || sep == "" || count == 0 {
		return ""
	}
	if count > 0 {
		idx := -1
		for ; count > 0; count-- {
			j := strings.Index(s[idx+1:], sep)
			if j < 0 {
				return s
			}
			idx += 1 + j
		}
		return s[:idx]
	}
	idx := len(s)
	for ; count < 0; count++ {
		// the next occurrence starts at or before idx-1
		j := strings.LastIndex(s[:min(len(s), idx-1+len(sep))], sep)
		if j < 0 || idx == 0 {
			return s
		}
		idx = j
	}
	return s[idx+len(sep):]
}

func keyValueImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	ss, err := allAs[string](args)
	if err != nil {
		return nil, err
	}
	return keyValue(ss[0], ss[1], ss[2], ss[3]), nil
}

// keyValue returns the value of the first pair whose key is key; a pair
// without split2 has no key. The page leaves a pair with several split2
// undefined: the value here is everything after the first one.
func keyValue(s, split1, split2, key string) eval.Value {
	for {
		pair, rest, more := strings.Cut(s, split1)
		if split1 == "" {
			pair, more = s, false
		}
		if k, v, ok := strings.Cut(pair, split2); ok && k == key {
			return v
		}
		if !more {
			return nil
		}
		s = rest
	}
}

// charMatchCount counts the characters of a that occur in b. An invalid
// UTF-8 argument gives 0: the char_matchcount page of Feb 19, 2024 says so
// (the older string functions page said "a negative value").
func charMatchCount(a, b string) int64 {
	if !utf8.ValidString(a) || !utf8.ValidString(b) {
		return 0
	}
	n := int64(0)
	for _, r := range a {
		if strings.ContainsRune(b, r) {
			n++
		}
	}
	return n
}

// translate maps each character of from to the character at the same
// place in to; the first mapping of a repeated character wins, as in Hive.
func translate(s, from, to string) string {
	if from == "" {
		return s
	}
	toRunes := []rune(to)
	mapping := map[rune]rune{} // -1 deletes
	i := 0
	for _, r := range from {
		if _, seen := mapping[r]; !seen {
			mapping[r] = -1
			if i < len(toRunes) {
				mapping[r] = toRunes[i]
			}
		}
		i++
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		m, ok := mapping[r]
		switch {
		case !ok:
			b.WriteRune(r)
		case m >= 0:
			b.WriteRune(m)
		}
	}
	return b.String()
}
