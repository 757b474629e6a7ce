package aliyun

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/aliyun/alibaba-cloud-sdk-go/sdk/requests"
	"github.com/aliyun/alibaba-cloud-sdk-go/sdk/responses"
	"github.com/aliyun/alibaba-cloud-sdk-go/services/sts"

	"github.com/mcsql/mcsql/kms"
)

// credCache holds the temporary credentials of role-chain prefixes. A
// prefix's credentials depend on every role before it, so the key is the
// whole prefix.
type credCache struct {
	mu      sync.Mutex
	entries map[string]kms.Credentials
	// locks serialise the AssumeRole of one prefix, so that concurrent
	// calls needing the same role make one STS call, not one each.
	locks map[string]*sync.Mutex
}

func newCredCache() *credCache {
	return &credCache{entries: map[string]kms.Credentials{}, locks: map[string]*sync.Mutex{}}
}

// lock returns the mutex of key, locked.
func (c *credCache) lock(key string) *sync.Mutex {
	c.mu.Lock()
	l, ok := c.locks[key]
	if !ok {
		l = &sync.Mutex{}
		c.locks[key] = l
	}
	c.mu.Unlock()
	l.Lock()
	return l
}

func (c *credCache) get(key string) (kms.Credentials, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cr, ok := c.entries[key]
	return cr, ok
}

func (c *credCache) put(key string, cr kms.Credentials) {
	c.mu.Lock()
	c.entries[key] = cr
	c.mu.Unlock()
}

// secrets returns the secrets and tokens of every cached credential.
func (c *credCache) secrets() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]string, 0, 2*len(c.entries))
	for _, cr := range c.entries {
		out = append(out, cr.AccessKeySecret, cr.SecurityToken)
	}
	return out
}

// forget drops the credentials of every prefix of roles.
func (c *credCache) forget(roles kms.RoleChain) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range roles {
		delete(c.entries, roles[:i+1].String())
	}
}

// chainCredentials walks roles: the first is assumed with the caller's
// credentials, each next one with the previous role's. cached reports
// whether any step was served from the cache, which a rejected token may
// then explain.
func (cl *Client) chainCredentials(ctx context.Context, roles kms.RoleChain, region string, extra []string) (kms.Credentials, bool, error) {
	creds, cached := cl.caller, false
	for i := range roles {
		next, hit, err := cl.assumeCached(ctx, roles, i, creds, region, extra)
		if err != nil {
			return kms.Credentials{}, cached, err
		}
		creds, cached = next, cached || hit
	}
	return creds, cached, nil
}

// assumeCached returns the credentials of roles[i] from the cache, or
// assumes it with prev and caches the answer.
func (cl *Client) assumeCached(ctx context.Context, roles kms.RoleChain, i int, prev kms.Credentials, region string, extra []string) (kms.Credentials, bool, error) {
	key := roles[:i+1].String()
	l := cl.cache.lock(key)
	defer l.Unlock()
	if cr, ok := cl.cache.get(key); ok && cr.Valid(cl.cfg.Now(), cl.cfg.RefreshBefore) {
		return cr, true, nil
	}
	cr, err := cl.assumeRole(ctx, roles, i, prev, region, extra)
	if err != nil {
		return kms.Credentials{}, false, err
	}
	cl.cache.put(key, cr)
	return cr, false, nil
}

// assumeRole calls STS AssumeRole for roles[i] with prev.
func (cl *Client) assumeRole(ctx context.Context, roles kms.RoleChain, i int, prev kms.Credentials, region string, extra []string) (kms.Credentials, error) {
	role := roles[i].String()
	c := call{
		action: "AssumeRole", service: cl.sts, region: region, resource: role, creds: prev,
		extra: extra,
		build: func() (requests.AcsRequest, responses.AcsResponse) {
			req := sts.CreateAssumeRoleRequest()
			req.RoleArn = role
			req.RoleSessionName = cl.sessionName
			req.DurationSeconds = requests.NewInteger(hopDuration(cl.cfg.DurationSeconds, i))
			return req, sts.CreateAssumeRoleResponse()
		},
	}
	resp, err := cl.send(ctx, c)
	if err != nil {
		if ke, ok := err.(*kms.Error); ok {
			principal := "access key " + cl.caller.AccessKeyID
			if i > 0 {
				principal = roles[i-1].String()
				ke.Message += " (assumed with the credentials of " + principal + ")"
			}
			if ke.Code == kms.CodeNoPermission {
				// STS says no more than "not authorized": the fix is in RAM,
				// on one of two sides, and the user needs to know which.
				ke.Message += fmt.Sprintf("; to fix: role %s must exist and its trust policy must allow %s to assume it, "+
					"and %s needs the RAM permission sts:AssumeRole on the role", role, principal, principal)
			}
		}
		return kms.Credentials{}, err
	}
	return stsCredentials(resp.(*sts.AssumeRoleResponse), role)
}

// maxChainedDuration is STS's limit on the credentials of a role assumed
// by another role.
const maxChainedDuration = 3600

// hopDuration is the DurationSeconds to ask for roles[i]: STS refuses more
// than an hour for a role assumed with a role's credentials.
func hopDuration(seconds, i int) int {
	if i > 0 {
		return min(seconds, maxChainedDuration)
	}
	return seconds
}

// stsCredentials checks and converts AssumeRole's answer.
func stsCredentials(r *sts.AssumeRoleResponse, role string) (kms.Credentials, error) {
	c := r.Credentials
	if c.AccessKeyId == "" || c.AccessKeySecret == "" || c.SecurityToken == "" {
		return kms.Credentials{}, &kms.Error{Code: CodeUnexpectedResponse, Resource: role, RequestID: r.RequestId,
			Service: kms.ServiceSTS, Action: "AssumeRole", Message: "AssumeRole answered without complete credentials"}
	}
	exp, err := time.Parse(time.RFC3339, c.Expiration)
	if err != nil {
		return kms.Credentials{}, &kms.Error{Code: CodeUnexpectedResponse, Resource: role, RequestID: r.RequestId,
			Service: kms.ServiceSTS, Action: "AssumeRole", Message: "AssumeRole answered an expiration that is not an RFC 3339 time: " + strconv.Quote(c.Expiration)}
	}
	return kms.Credentials{AccessKeyID: c.AccessKeyId, AccessKeySecret: c.AccessKeySecret, SecurityToken: c.SecurityToken, Expiration: exp}, nil
}
