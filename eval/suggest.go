package eval

import (
	"sort"
	"strings"
)

// Suggest returns up to three function names, closest first, that the
// unknown name may have meant: names that differ from it by at most two
// edits (a third for long names), contain it, start it, or spell it out
// (CNT for COUNT). Aggregates and table functions are included, since a
// user cannot tell them apart from other functions.
func (r *Registry) Suggest(name string) []string {
	return nearNames(append(append(append(r.Names(), AggregateNames()...), r.TableNames()...), WindowNames()...), name)
}

// AggregateNames returns the aggregate functions' names, sorted. They are
// compiled by GROUP BY rather than looked up in the Registry.
func AggregateNames() []string {
	names := make([]string, 0, len(aggregates))
	for n := range aggregates {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// nearNames scores names by edit distance to name, counting an
// abbreviation (name's letters in order inside a longer name) as closer
// than any single edit.
func nearNames(names []string, name string) []string {
	upper := strings.ToUpper(name)
	limit := 2
	if len(upper) >= 8 {
		limit = 3
	}
	type scored struct {
		name  string
		score int // twice the edit distance, or less for abbreviations
	}
	var near []scored
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			continue
		}
		seen[n] = true
		long := len(upper) >= 3
		affix := long && (strings.Contains(n, upper) || strings.HasPrefix(upper, n))
		// The distance is at least the difference in length: skip names
		// that cannot be near without computing it, which costs the product
		// of the lengths (a 10 MB unknown name took 50 s against every
		// function name).
		if !affix && abs(len(n)-len(upper)) > limit {
			continue
		}
		d := editDistance(n, upper)
		if d > limit && !affix {
			continue
		}
		score := 2 * d
		if long && isSubsequence(upper, n) {
			score = min(score, len(n)-len(upper)-1)
		}
		near = append(near, scored{n, score})
	}
	sort.SliceStable(near, func(i, j int) bool {
		if near[i].score != near[j].score {
			return near[i].score < near[j].score
		}
		return near[i].name < near[j].name
	})
	var out []string
	for i := 0; i < len(near) && i < 3; i++ {
		out = append(out, near[i].name)
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// isSubsequence reports whether a's letters appear in b in order.
func isSubsequence(a, b string) bool {
	i := 0
	for j := 0; i < len(a) && j < len(b); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

// editDistance is the Levenshtein distance between two ASCII names.
func editDistance(a, b string) int {
	if len(b) > len(a) {
		a, b = b, a // symmetric; rows as long as the shorter name
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// didYouMean renders suggestions as a message tail: "; did you mean X?"
// or "; did you mean X, Y or Z?"; empty without suggestions.
func didYouMean(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return "; did you mean " + names[0] + "?"
	}
	return "; did you mean " + strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1] + "?"
}

// DidYouMean is Suggest rendered as a message tail (see didYouMean).
func (r *Registry) DidYouMean(name string) string { return didYouMean(r.Suggest(name)) }
