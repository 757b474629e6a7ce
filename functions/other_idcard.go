package functions

import (
	"time"

	"github.com/mcsql/mcsql/eval"
)

// GET_IDCARD_AGE, GET_IDCARD_BIRTHDAY and GET_IDCARD_SEX read a mainland
// Chinese resident ID number (GB 11643): 18 characters — a 6-digit area
// code whose first two digits are the province, the birth date yyyymmdd, a
// 3-digit sequence number (odd for men, even for women) and an ISO 7064
// MOD 11-2 check character (0-9 or X) — or the older 15-digit form with a
// yymmdd birth date in the 1900s and no check character. The page says
// the number is validated by its province code and last digit and that a
// number failing validation gives NULL; a birth date that is not a real
// date fails validation too.
func registerOtherIDCard(r registrar) {
	r.Register(fn("GET_IDCARD_AGE", "BIGINT GET_IDCARD_AGE(STRING idcardno)",
		"the current year minus the birth year of a 15- or 18-digit Chinese ID number; NULL when the number is invalid",
		"select get_idcard_age('11010519491231002X'); -- 77 (in 2026)",
		ov(eval.BigintType, idcardAge, p("idcardno", stringKinds)),
	))
	r.Register(fn("GET_IDCARD_BIRTHDAY", "DATETIME GET_IDCARD_BIRTHDAY(STRING idcardno)",
		"the birth date of a 15- or 18-digit Chinese ID number; NULL when the number is invalid",
		"select get_idcard_birthday('11010519491231002X'); -- 1949-12-31 00:00:00",
		ov(eval.DatetimeType, impl1(func(s string) (eval.Value, error) {
			if id, ok := parseIDCard(s); ok {
				return id.birth, nil
			}
			return nil, nil
		}), p("idcardno", stringKinds)),
	))
	r.Register(fn("GET_IDCARD_SEX", "STRING GET_IDCARD_SEX(STRING idcardno)",
		"M or F from the sequence number of a 15- or 18-digit Chinese ID number; NULL when the number is invalid",
		"select get_idcard_sex('11010519491231002X'); -- F",
		ov(eval.StringType, impl1(func(s string) (eval.Value, error) {
			if id, ok := parseIDCard(s); ok {
				return id.sex, nil
			}
			return nil, nil
		}), p("idcardno", stringKinds)),
	))
}

// idCard is what an ID number says about its holder.
type idCard struct {
	birth time.Time // midnight, wall clock in time.UTC (eval's DATETIME)
	sex   string    // "M" or "F"
}

// provinces are the province-level codes of GB/T 2260 that ID numbers use.
var provinces = map[string]bool{
	"11": true, "12": true, "13": true, "14": true, "15": true,
	"21": true, "22": true, "23": true,
	"31": true, "32": true, "33": true, "34": true, "35": true, "36": true, "37": true,
	"41": true, "42": true, "43": true, "44": true, "45": true, "46": true,
	"50": true, "51": true, "52": true, "53": true, "54": true,
	"61": true, "62": true, "63": true, "64": true, "65": true,
	"71": true, "81": true, "82": true, "91": true,
}

// parseIDCard validates s and extracts the birth date and sex.
func parseIDCard(s string) (idCard, bool) {
	var date, seq string
	switch len(s) {
	case 18:
		if !allDigits(s[:17]) || checkChar(s[:17]) != upper(s[17]) {
			return idCard{}, false
		}
		date, seq = s[6:14], s[14:17]
	case 15:
		if !allDigits(s) {
			return idCard{}, false
		}
		date, seq = "19"+s[6:12], s[12:15]
	default:
		return idCard{}, false
	}
	if !provinces[s[:2]] {
		return idCard{}, false
	}
	birth, err := time.Parse("20060102", date)
	if err != nil {
		return idCard{}, false
	}
	sex := "F"
	if (seq[2]-'0')%2 == 1 {
		sex = "M"
	}
	return idCard{birth: birth, sex: sex}, true
}

// checkChar is the ISO 7064 MOD 11-2 check character of 17 digits.
func checkChar(digits string) byte {
	weights := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(digits[i]-'0') * weights[i]
	}
	return "10X98765432"[sum%11]
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func upper(c byte) byte {
	if c == 'x' {
		return 'X'
	}
	return c
}

// idcardAge is the current year (in the session time zone) minus the birth
// year. Old versions of the page returned NULL beyond 100 years; the SQL
// engine update of February 2020 (release notes: get_idcard_age(
// '110101190001011009') was NULL and became 120) returns the difference
// whatever its size, and the current page documents no limit.
func idcardAge(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	s, err := argAs[string](args, 0, 1)
	if err != nil {
		return nil, err
	}
	id, ok := parseIDCard(s)
	if !ok {
		return nil, nil
	}
	if ctx == nil || ctx.Now == nil {
		return nil, internalError("the call context has no clock")
	}
	now := ctx.Now()
	if ctx.Location != nil {
		now = now.In(ctx.Location)
	}
	return int64(now.Year() - id.birth.Year()), nil
}
