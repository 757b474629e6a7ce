package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/mcsql/mcsql/kms"
)

// fileFormat is the policy file's JSON layout (see the package doc).
type fileFormat struct {
	Users []userEntry `json:"users"`
	Roles []roleEntry `json:"roles"`
}

type userEntry struct {
	Name            string       `json:"name"`
	Account         string       `json:"account"`
	AccessKeyID     string       `json:"access_key_id"`
	AccessKeySecret string       `json:"access_key_secret"`
	Grants          []grantEntry `json:"grants"`
}

type roleEntry struct {
	ARN    string       `json:"arn"`
	Trust  []string     `json:"trust"`
	Grants []grantEntry `json:"grants"`
}

type grantEntry struct {
	Keys    []string `json:"keys"`
	Actions []string `json:"actions"`
}

// Actions are the action names a grant may list, besides "*".
var Actions = []string{
	"Encrypt", "Decrypt", "CreateKey", "DescribeKey", "ListKeys",
	"EnableKey", "DisableKey", "ScheduleKeyDeletion", "CancelKeyDeletion",
}

const principalFormat = "acs:ram::<account>:root, acs:ram::<account>:user/<name> or acs:ram::<account>:role/<name>"

var (
	accountRE    = regexp.MustCompile(`^[0-9*]+$`)
	userNameRE   = regexp.MustCompile(`^[A-Za-z0-9._@-]+$`)
	principalRE  = regexp.MustCompile(`^acs:ram::?([0-9*]+):(root|user/[A-Za-z0-9._@-]+|role/[A-Za-z0-9*_.@-]+)$`)
	keyPatternRE = regexp.MustCompile(`^acs:kms:[a-z0-9*-]+:[0-9*]+:key/[A-Za-z0-9*_-]+$`)
)

// Load reads and checks the policy file at path.
func Load(path string) (*Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read policy file: %w", err)
	}
	return Parse(data, path)
}

// Parse checks a policy file's content; name (usually the file's path)
// prefixes every error.
func Parse(data []byte, name string) (*Policy, error) {
	var f fileFormat
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("policy file %s: %s", name, describeJSONError(data, err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("policy file %s: %s: unexpected data after the JSON object", name, position(data, dec.InputOffset()))
	}
	p, err := build(&f)
	if err != nil {
		return nil, fmt.Errorf("policy file %s: %w", name, err)
	}
	return p, nil
}

// describeJSONError turns a decoding error into "line L, column C: ..."
// where the decoder says where; the messages quote at most one character
// of the input, never a whole value.
func describeJSONError(data []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return position(data, syn.Offset) + ": " + syn.Error()
	case errors.As(err, &typ):
		return fmt.Sprintf("%s: %s must be a JSON %s, not %s", position(data, typ.Offset), typ.Field, jsonKind(typ.Type.Kind().String()), typ.Value)
	case errors.Is(err, io.EOF):
		return "empty file: expected a JSON object with \"users\" and \"roles\""
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "unexpected end of file: the JSON is incomplete"
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if field, ok := strings.CutPrefix(msg, "unknown field "); ok {
		// The decoder does not say where; the first use of the name as a
		// member name is where it is in practice.
		re := regexp.MustCompile(regexp.QuoteMeta(field) + `\s*:`)
		if loc := re.FindIndex(data); loc != nil {
			return position(data, int64(loc[0]+1)) + ": " + msg + knownMembers
		}
	}
	if strings.HasPrefix(msg, "unknown field ") {
		return msg + knownMembers
	}
	return msg
}

const knownMembers = " (members: users, roles; a user: name, account, access_key_id, access_key_secret, grants; " +
	"a role: arn, trust, grants; a grant: keys, actions)"

func jsonKind(goKind string) string {
	switch goKind {
	case "slice":
		return "array"
	case "struct":
		return "object"
	}
	return goKind
}

// position converts the offset after the byte the decoder stopped at to
// that byte's "line L, column C" (1-based).
func position(data []byte, offset int64) string {
	if len(data) == 0 {
		return "line 1, column 1"
	}
	offset = min(max(offset, 1), int64(len(data)))
	before := data[:offset]
	line := bytes.Count(before[:len(before)-1], []byte("\n")) + 1
	col := len(before) - 1 - bytes.LastIndexByte(before[:len(before)-1], '\n')
	return fmt.Sprintf("line %d, column %d", line, col)
}

// build checks every entry and indexes them for the engine.
func build(f *fileFormat) (*Policy, error) {
	p := &Policy{
		byAccessKey: map[string]*user{},
		users:       map[string]*user{},
		roles:       map[string]*role{},
	}
	for i, ue := range f.Users {
		u, err := checkUser(ue, fmt.Sprintf("users[%d]", i))
		if err != nil {
			return nil, err
		}
		if _, dup := p.byAccessKey[ue.AccessKeyID]; dup {
			return nil, fmt.Errorf("users[%d].access_key_id: access key id %s is given to two users", i, ue.AccessKeyID)
		}
		if _, dup := p.users[u.arn]; dup {
			return nil, fmt.Errorf("users[%d]: user %s is listed twice", i, u.arn)
		}
		p.byAccessKey[ue.AccessKeyID] = u
		p.users[u.arn] = u
	}
	for i, re := range f.Roles {
		r, err := checkRole(re, fmt.Sprintf("roles[%d]", i))
		if err != nil {
			return nil, err
		}
		if _, dup := p.roles[r.arn]; dup {
			return nil, fmt.Errorf("roles[%d].arn: role %s is listed twice", i, r.arn)
		}
		p.roles[r.arn] = r
	}
	return p, nil
}

func checkUser(ue userEntry, field string) (*user, error) {
	switch {
	case !userNameRE.MatchString(ue.Name):
		return nil, fmt.Errorf("%s.name: %q is not a user name (letters, digits, '.', '_', '@', '-')", field, ue.Name)
	case !accountRE.MatchString(ue.Account):
		return nil, fmt.Errorf("%s.account: %q is not an account id (digits)", field, ue.Account)
	case ue.AccessKeyID == "":
		return nil, fmt.Errorf("%s.access_key_id is missing", field)
	case ue.AccessKeySecret == "":
		// Never quote the secret, even a malformed one.
		return nil, fmt.Errorf("%s.access_key_secret is missing", field)
	}
	grants, err := checkGrants(ue.Grants, field)
	if err != nil {
		return nil, err
	}
	u := &user{
		principal: kms.Principal{Account: ue.Account, User: ue.Name},
		secret:    ue.AccessKeySecret,
		grants:    grants,
	}
	u.arn = u.principal.String()
	return u, nil
}

func checkRole(re roleEntry, field string) (*role, error) {
	arn, err := kms.ParseRoleARN(re.ARN)
	if err != nil {
		return nil, fmt.Errorf("%s.arn: %w", field, err)
	}
	r := &role{arn: arn.String(), trust: map[string]bool{}}
	for j, t := range re.Trust {
		m := principalRE.FindStringSubmatch(strings.TrimSpace(t))
		if m == nil {
			return nil, fmt.Errorf("%s.trust[%d]: %q is not a principal ARN: expected %s", field, j, t, principalFormat)
		}
		r.trust["acs:ram::"+m[1]+":"+m[2]] = true
	}
	if r.grants, err = checkGrants(re.Grants, field); err != nil {
		return nil, err
	}
	return r, nil
}

func checkGrants(entries []grantEntry, field string) ([]grant, error) {
	var grants []grant
	for i, ge := range entries {
		g := grant{actions: map[string]bool{}}
		at := fmt.Sprintf("%s.grants[%d]", field, i)
		if len(ge.Keys) == 0 {
			return nil, fmt.Errorf("%s.keys is empty: list CMK ARNs (acs:kms:<region>:<account>:key/<id>, '*' as a wildcard)", at)
		}
		for j, k := range ge.Keys {
			if k != "*" && !keyPatternRE.MatchString(k) {
				return nil, fmt.Errorf("%s.keys[%d]: %q is not a CMK ARN: expected acs:kms:<region>:<account>:key/<id>, '*' as a wildcard", at, j, k)
			}
			g.keys = append(g.keys, k)
		}
		if len(ge.Actions) == 0 {
			return nil, fmt.Errorf("%s.actions is empty: list %s or \"*\"", at, strings.Join(Actions, ", "))
		}
		for j, a := range ge.Actions {
			if a != "*" && !isAction(a) {
				return nil, fmt.Errorf("%s.actions[%d]: unknown action %q: expected %s or \"*\"", at, j, a, strings.Join(Actions, ", "))
			}
			g.actions[a] = true
		}
		grants = append(grants, g)
	}
	return grants, nil
}

func isAction(a string) bool {
	for _, known := range Actions {
		if a == known {
			return true
		}
	}
	return false
}
