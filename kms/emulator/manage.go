package emulator

import (
	"context"
	"net/http"
	"regexp"
	"sort"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// keyMetadataJSON is KeyMetadata as the service encodes it; the fields the
// key service does not model carry the values of a default symmetric CMK.
type keyMetadataJSON struct {
	KeyID              string `json:"KeyId"`
	Arn                string `json:"Arn"`
	KeyState           string `json:"KeyState"`
	Description        string `json:"Description"`
	CreationDate       string `json:"CreationDate"`
	DeleteDate         string `json:"DeleteDate,omitempty"`
	Creator            string `json:"Creator"`
	PrimaryKeyVersion  string `json:"PrimaryKeyVersion"`
	KeyUsage           string `json:"KeyUsage"`
	KeySpec            string `json:"KeySpec"`
	Origin             string `json:"Origin"`
	ProtectionLevel    string `json:"ProtectionLevel"`
	AutomaticRotation  string `json:"AutomaticRotation"`
	DeletionProtection string `json:"DeletionProtection"`
}

type keyMetadataResponse struct {
	KeyMetadata keyMetadataJSON `json:"KeyMetadata"`
	RequestID   string          `json:"RequestId"`
}

func toJSON(m *kms.KeyMetadata) keyMetadataJSON {
	out := keyMetadataJSON{
		KeyID: m.KeyID, Arn: m.Arn, KeyState: m.KeyState, Description: m.Description,
		CreationDate: m.CreationDate.UTC().Format(isoSeconds), Creator: m.Creator,
		PrimaryKeyVersion: m.PrimaryKeyVersion, KeyUsage: "ENCRYPT/DECRYPT", KeySpec: "Aliyun_AES_256",
		Origin: "Aliyun_KMS", ProtectionLevel: "SOFTWARE", AutomaticRotation: "Disabled", DeletionProtection: "Disabled",
	}
	if !m.DeleteDate.IsZero() {
		out.DeleteDate = m.DeleteDate.UTC().Format(isoSeconds)
	}
	return out
}

// regionRE is the shape of a region id in a CMK ARN.
var regionRE = regexp.MustCompile(`^[a-z0-9-]+$`)

// region is the request's RegionId (the SDK always sends one), or the
// configured default.
func (s *Server) region(c *call) (string, *kms.Error) {
	r := c.p["RegionId"]
	if r == "" {
		return s.cfg.Region, nil
	}
	if !regionRE.MatchString(r) {
		return "", kms.Errorf(kms.CodeInvalidParameter, "", "the parameter RegionId %q is not a region id such as cn-hangzhou", r)
	}
	return r, nil
}

// createKeyFixed are CreateKey parameters whose only supported value is
// that of a default symmetric key.
var createKeyFixed = []struct{ name, value string }{
	{"KeySpec", "Aliyun_AES_256"}, {"KeyUsage", "ENCRYPT/DECRYPT"}, {"Origin", "Aliyun_KMS"},
}

// createKey is KMS CreateKey of a symmetric Aliyun_AES_256 key in the
// request's region and the caller's account. The policy is asked about
// the account's wildcard ARN acs:kms:<region>:<account>:key/*.
func (s *Server) createKey(c *call) (any, *kms.Error) {
	for _, f := range createKeyFixed {
		if v := c.p[f.name]; v != "" && v != f.value {
			return nil, kms.Errorf(kms.CodeInvalidParameter, "", "the parameter %s %q is not supported by the emulator; only %s", f.name, v, f.value)
		}
	}
	region, kerr := s.region(c)
	if kerr != nil {
		return nil, kerr
	}
	scope := kms.KeyARN{Region: region, Account: c.caller.Account, KeyID: "*"}
	c.resource = scope.String()
	if err := s.cfg.Policy.CanUse(c.caller, "CreateKey", scope); err != nil {
		return nil, refusal(err, scope.String())
	}
	meta, err := s.cfg.Keys.CreateKey(c.ctx, region, c.caller.Account, c.p["Description"])
	if err != nil {
		return nil, serviceError(c, err, scope.String())
	}
	c.resource = meta.Arn
	return keyMetadataResponse{KeyMetadata: toJSON(meta), RequestID: c.requestID}, nil
}

// authorizedKey resolves the KeyId parameter and checks the caller may
// perform action on it.
func (s *Server) authorizedKey(c *call, action string) (*kms.KeyMetadata, *kms.Error) {
	ref, kerr := c.p.required("KeyId")
	if kerr != nil {
		return nil, kerr
	}
	meta, arn, kerr := s.resolveKey(c, ref)
	if kerr != nil {
		return nil, kerr
	}
	if err := s.cfg.Policy.CanUse(c.caller, action, arn); err != nil {
		return nil, refusal(err, arn.String())
	}
	return meta, nil
}

func (s *Server) describeKey(c *call) (any, *kms.Error) {
	meta, kerr := s.authorizedKey(c, "DescribeKey")
	if kerr != nil {
		return nil, kerr
	}
	return keyMetadataResponse{KeyMetadata: toJSON(meta), RequestID: c.requestID}, nil
}

func (s *Server) enableKey(c *call) (any, *kms.Error) {
	meta, kerr := s.authorizedKey(c, "EnableKey")
	if kerr != nil {
		return nil, kerr
	}
	if err := s.cfg.Keys.EnableKey(c.ctx, meta.KeyID); err != nil {
		return nil, serviceError(c, err, meta.Arn)
	}
	return requestOnly{RequestID: c.requestID}, nil
}

func (s *Server) disableKey(c *call) (any, *kms.Error) {
	meta, kerr := s.authorizedKey(c, "DisableKey")
	if kerr != nil {
		return nil, kerr
	}
	if err := s.cfg.Keys.DisableKey(c.ctx, meta.KeyID); err != nil {
		return nil, serviceError(c, err, meta.Arn)
	}
	return requestOnly{RequestID: c.requestID}, nil
}

// scheduleKeyDeletion is KMS ScheduleKeyDeletion; PendingWindowInDays is
// required and from 7 to 366.
func (s *Server) scheduleKeyDeletion(c *call) (any, *kms.Error) {
	if _, kerr := c.p.required("PendingWindowInDays"); kerr != nil {
		return nil, kerr
	}
	days, kerr := c.p.intParam("PendingWindowInDays", 0, 7, 366)
	if kerr != nil {
		return nil, kerr
	}
	meta, kerr := s.authorizedKey(c, "ScheduleKeyDeletion")
	if kerr != nil {
		return nil, kerr
	}
	if err := s.cfg.Keys.ScheduleKeyDeletion(c.ctx, meta.KeyID, days); err != nil {
		return nil, serviceError(c, err, meta.Arn)
	}
	return requestOnly{RequestID: c.requestID}, nil
}

// deletionCanceller is implemented by key services that can take a key
// out of PendingDeletion (kms/local's Store).
type deletionCanceller interface {
	CancelKeyDeletion(ctx context.Context, keyID string) error
}

// cancelKeyDeletion is KMS CancelKeyDeletion, served when the key service
// supports it.
func (s *Server) cancelKeyDeletion(c *call) (any, *kms.Error) {
	kc, ok := s.cfg.Keys.(deletionCanceller)
	if !ok {
		e := kms.Errorf(CodeActionNotFound, "", "CancelKeyDeletion is not supported by this emulator's key service")
		e.HTTPStatus = http.StatusNotFound
		return nil, e
	}
	meta, kerr := s.authorizedKey(c, "CancelKeyDeletion")
	if kerr != nil {
		return nil, kerr
	}
	if err := kc.CancelKeyDeletion(c.ctx, meta.KeyID); err != nil {
		return nil, serviceError(c, err, meta.Arn)
	}
	return requestOnly{RequestID: c.requestID}, nil
}

type listKeysResponse struct {
	Keys       keyList `json:"Keys"`
	TotalCount int     `json:"TotalCount"`
	PageNumber int     `json:"PageNumber"`
	PageSize   int     `json:"PageSize"`
	RequestID  string  `json:"RequestId"`
}

type keyList struct {
	Key []keyRef `json:"Key"`
}

type keyRef struct {
	KeyID  string `json:"KeyId"`
	KeyArn string `json:"KeyArn"`
}

// listKeys is KMS ListKeys: the caller's account's keys in the request's
// region, oldest first, PageNumber from 1 and PageSize 1 to 100
// (default 10). The policy is asked about acs:kms:<region>:<account>:key/*.
func (s *Server) listKeys(c *call) (any, *kms.Error) {
	page, kerr := c.p.intParam("PageNumber", 1, 1, 1<<30)
	if kerr != nil {
		return nil, kerr
	}
	size, kerr := c.p.intParam("PageSize", 10, 1, 100)
	if kerr != nil {
		return nil, kerr
	}
	region, kerr := s.region(c)
	if kerr != nil {
		return nil, kerr
	}
	scope := kms.KeyARN{Region: region, Account: c.caller.Account, KeyID: "*"}
	c.resource = scope.String()
	if err := s.cfg.Policy.CanUse(c.caller, "ListKeys", scope); err != nil {
		return nil, refusal(err, scope.String())
	}
	all, err := s.cfg.Keys.ListKeys(c.ctx)
	if err != nil {
		return nil, serviceError(c, err, scope.String())
	}
	keys := accountKeys(all, region, c.caller.Account)
	resp := listKeysResponse{Keys: keyList{Key: []keyRef{}}, TotalCount: len(keys), PageNumber: page, PageSize: size, RequestID: c.requestID}
	if from := (page - 1) * size; from < len(keys) {
		resp.Keys.Key = keys[from:min(from+size, len(keys))]
	}
	return resp, nil
}

// accountKeys returns the keys of one region and account, oldest first.
func accountKeys(all []kms.KeyMetadata, region, account string) []keyRef {
	type dated struct {
		ref     keyRef
		created time.Time
	}
	var ds []dated
	for _, m := range all {
		arn, err := kms.ParseKeyARN(m.Arn)
		if err == nil && arn.Region == region && arn.Account == account {
			ds = append(ds, dated{keyRef{m.KeyID, m.Arn}, m.CreationDate})
		}
	}
	sort.SliceStable(ds, func(i, j int) bool {
		if !ds[i].created.Equal(ds[j].created) {
			return ds[i].created.Before(ds[j].created)
		}
		return ds[i].ref.KeyID < ds[j].ref.KeyID
	})
	refs := make([]keyRef, len(ds))
	for i, d := range ds {
		refs[i] = d.ref
	}
	return refs
}
