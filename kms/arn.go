package kms

import (
	"fmt"
	"regexp"
	"strings"
)

// KeyARN names a customer master key: acs:kms:<RegionId>:<UserId>:key/<CmkId>.
// MaxCompute's documentation masks account and key ids with '*'
// (acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t);
// such ARNs are well-formed here, and the local KMS accepts them.
type KeyARN struct {
	Region  string
	Account string
	KeyID   string
}

func (a KeyARN) String() string {
	return "acs:kms:" + a.Region + ":" + a.Account + ":key/" + a.KeyID
}

// RoleARN names a RAM role: acs:ram::<UserId>:role/<roleName> (the
// documentation also writes acs:ram:<UserId>:role/<roleName>; both parse,
// and String writes the canonical double-colon form).
type RoleARN struct {
	Account string
	Name    string
}

func (a RoleARN) String() string { return "acs:ram::" + a.Account + ":role/" + a.Name }

// RoleChain is role_arn followed by the ARNs of role_chain, in the order
// they are assumed.
type RoleChain []RoleARN

func (c RoleChain) String() string {
	parts := make([]string, len(c))
	for i, r := range c {
		parts[i] = r.String()
	}
	return strings.Join(parts, " -> ")
}

const (
	keyARNFormat  = "acs:kms:<RegionId>:<UserId>:key/<CmkId>"
	roleARNFormat = "acs:ram::<UserId>:role/<roleName>"
)

var (
	keyARNRE  = regexp.MustCompile(`^acs:kms:([a-z0-9-]+):([0-9*]+):key/([A-Za-z0-9*_-]+)$`)
	roleARNRE = regexp.MustCompile(`^acs:ram::?([0-9*]+):role/([A-Za-z0-9*_.@-]+)$`)
)

// ParseKeyARN parses a CMK ARN. Errors quote the ARN and the expected format.
func ParseKeyARN(s string) (KeyARN, error) {
	m := keyARNRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return KeyARN{}, fmt.Errorf("invalid kms_cmk_arn '%s': expected %s", s, keyARNFormat)
	}
	return KeyARN{Region: m[1], Account: m[2], KeyID: m[3]}, nil
}

// ParseRoleARN parses a RAM role ARN. Errors quote the ARN and the expected format.
func ParseRoleARN(s string) (RoleARN, error) {
	m := roleARNRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return RoleARN{}, fmt.Errorf("invalid role_arn '%s': expected %s", s, roleARNFormat)
	}
	return RoleARN{Account: m[1], Name: m[2]}, nil
}

// ParseRoleChain parses role_arn and an optional comma-separated role_chain
// into the chain of roles to assume.
func ParseRoleChain(roleARN, chain string) (RoleChain, error) {
	first, err := ParseRoleARN(roleARN)
	if err != nil {
		return nil, err
	}
	roles := RoleChain{first}
	if strings.TrimSpace(chain) == "" {
		return roles, nil
	}
	for i, part := range strings.Split(chain, ",") {
		r, err := ParseRoleARN(part)
		if err != nil {
			return nil, fmt.Errorf("role_chain entry %d: %w (role_chain is a comma-separated list of role ARNs)", i+1, err)
		}
		roles = append(roles, r)
	}
	return roles, nil
}
