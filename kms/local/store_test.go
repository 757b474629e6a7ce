package local

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms"
)

func TestCreateKey(t *testing.T) {
	s, _ := newTestStore(t)
	meta, err := s.CreateKey(t.Context(), "cn-hangzhou", "1234", "first")
	if err != nil {
		t.Fatal(err)
	}
	// countingReader: 21 id bytes 0..20, 10 version bytes 21..30.
	want := &kms.KeyMetadata{
		KeyID:             "key-abcdefghijklmnopqrstu",
		Arn:               "acs:kms:cn-hangzhou:1234:key/key-abcdefghijklmnopqrstu",
		KeyState:          kms.StateEnabled,
		Description:       "first",
		CreationDate:      epoch,
		PrimaryKeyVersion: "vwxyz01234",
		Creator:           "1234",
	}
	if !reflect.DeepEqual(meta, want) {
		t.Fatalf("CreateKey = %+v\nwant %+v", meta, want)
	}
	got, err := s.DescribeKey(t.Context(), want.KeyID)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("DescribeKey = %+v, %v", got, err)
	}
	sf, err := s.read()
	if err != nil {
		t.Fatal(err)
	}
	material := sf.Keys[0].Versions[0].Material
	if len(material) != 32 || material[0] != 31 || material[31] != 62 {
		t.Fatalf("key material is not the 32 bytes after the ids: % x", material)
	}
}

func TestCreateKeyErrors(t *testing.T) {
	s, _ := newTestStore(t)
	cases := []struct {
		name, region, account, code, want string
	}{
		{"bad region", "CN_HZ", "1", kms.CodeInvalidParameter, `InvalidParameter: region "CN_HZ" is not a region id such as cn-hangzhou`},
		{"bad account", "cn-hangzhou", "alice", kms.CodeInvalidParameter, `InvalidParameter: account "alice" is not an account id (digits)`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := s.CreateKey(t.Context(), c.region, c.account, "")
			wantErr(t, err, c.code, c.want)
		})
	}
	if _, err := os.Stat(filepath.Dir(s.Path())); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a refused CreateKey created the store directory: %v", err)
	}
}

func TestPermissions(t *testing.T) {
	s, _ := newTestStore(t)
	if _, err := s.CreateKey(t.Context(), "cn-hangzhou", "1", ""); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]fs.FileMode{
		s.Path():                             0o600,
		s.Path() + ".lock":                   0o600,
		filepath.Dir(s.Path()):               0o700 | fs.ModeDir,
		filepath.Dir(filepath.Dir(s.Path())): 0o700 | fs.ModeDir,
	} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode() != want {
			t.Errorf("%s has mode %v, want %v", path, info.Mode(), want)
		}
	}
}

// TestCreatedOnlyOnFirstWrite: reads, and changes refused before any
// write, leave no file and no directory behind.
func TestCreatedOnlyOnFirstWrite(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := t.Context()
	keys, err := s.ListKeys(ctx)
	if err != nil || len(keys) != 0 {
		t.Fatalf("ListKeys on a missing store = %v, %v", keys, err)
	}
	notFound := "Forbidden.KeyNotFound for key-x: no CMK key-x in key store " + s.Path()
	_, err = s.DescribeKey(ctx, "key-x")
	wantErr(t, err, kms.CodeKeyNotFound, notFound)
	wantErr(t, s.DisableKey(ctx, "key-x"), kms.CodeKeyNotFound, notFound)
	_, err = s.Encrypt(ctx, "key-x", []byte("p"), nil)
	wantErr(t, err, kms.CodeKeyNotFound, notFound)
	if _, err := os.Stat(filepath.Dir(s.Path())); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("the store directory exists after reads only: %v", err)
	}
}

func TestListKeys(t *testing.T) {
	s, clock := newTestStore(t)
	var ids []string
	for _, region := range []string{"cn-beijing", "cn-hangzhou", "cn-shanghai"} {
		m, err := s.CreateKey(t.Context(), region, "1", region)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, m.KeyID)
		clock.Add(time.Minute)
	}
	keys, err := s.ListKeys(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, k := range keys {
		got = append(got, k.KeyID)
	}
	if !reflect.DeepEqual(got, ids) {
		t.Fatalf("ListKeys = %v, want the creation order %v", got, ids)
	}
}

func TestKeyStates(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := t.Context()
	m, err := s.CreateKey(ctx, "cn-hangzhou", "1", "")
	if err != nil {
		t.Fatal(err)
	}
	id := m.KeyID
	pending := "Rejected.PendingDeletion for " + id + ": CMK " + id + " is pending deletion on 2025-03-11T05:06:07Z; cancel the deletion first"
	steps := []struct {
		name  string
		call  func() error
		state string
		err   string // "" for success
		code  string
	}{
		{"disable", func() error { return s.DisableKey(ctx, id) }, kms.StateDisabled, "", ""},
		{"disable again", func() error { return s.DisableKey(ctx, id) }, kms.StateDisabled, "", ""},
		{"enable", func() error { return s.EnableKey(ctx, id) }, kms.StateEnabled, "", ""},
		{"window too short", func() error { return s.ScheduleKeyDeletion(ctx, id, 6) }, kms.StateEnabled,
			"InvalidParameter for " + id + ": PendingWindowInDays must be 7 to 366, not 6", kms.CodeInvalidParameter},
		{"window too long", func() error { return s.ScheduleKeyDeletion(ctx, id, 367) }, kms.StateEnabled,
			"InvalidParameter for " + id + ": PendingWindowInDays must be 7 to 366, not 367", kms.CodeInvalidParameter},
		{"cancel while enabled", func() error { return s.CancelKeyDeletion(ctx, id) }, kms.StateEnabled,
			"InvalidParameter for " + id + ": CMK " + id + " is Enabled, not pending deletion", kms.CodeInvalidParameter},
		{"schedule 366", func() error { return s.ScheduleKeyDeletion(ctx, id, 366) }, kms.StatePendingDeletion, "", ""},
		{"cancel", func() error { return s.CancelKeyDeletion(ctx, id) }, kms.StateEnabled, "", ""},
		{"schedule 7", func() error { return s.ScheduleKeyDeletion(ctx, id, 7) }, kms.StatePendingDeletion, "", ""},
		{"schedule again", func() error { return s.ScheduleKeyDeletion(ctx, id, 7) }, kms.StatePendingDeletion, pending, kms.CodePendingDeletion},
		{"enable pending", func() error { return s.EnableKey(ctx, id) }, kms.StatePendingDeletion, pending, kms.CodePendingDeletion},
		{"disable pending", func() error { return s.DisableKey(ctx, id) }, kms.StatePendingDeletion, pending, kms.CodePendingDeletion},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			err := st.call()
			if st.err == "" && err != nil {
				t.Fatalf("refused: %v", err)
			}
			if st.err != "" {
				wantErr(t, err, st.code, st.err)
			}
			m, err := s.DescribeKey(ctx, id)
			if err != nil || m.KeyState != st.state {
				t.Fatalf("state = %v (%v), want %s", m, err, st.state)
			}
		})
	}
	m, _ = s.DescribeKey(ctx, id)
	if want := epoch.Add(7 * 24 * time.Hour); !m.DeleteDate.Equal(want) {
		t.Fatalf("DeleteDate = %v, want %v", m.DeleteDate, want)
	}
}

// TestDeletionWindowEnds: once the deletion date passes the CMK is gone,
// and the next write removes it (with its material) from the file.
func TestDeletionWindowEnds(t *testing.T) {
	s, clock := newTestStore(t)
	ctx := t.Context()
	doomed, _ := s.CreateKey(ctx, "cn-hangzhou", "1", "")
	kept, _ := s.CreateKey(ctx, "cn-hangzhou", "1", "")
	if err := s.ScheduleKeyDeletion(ctx, doomed.KeyID, 7); err != nil {
		t.Fatal(err)
	}
	clock.Add(7*24*time.Hour - time.Second)
	if _, err := s.DescribeKey(ctx, doomed.KeyID); err != nil {
		t.Fatalf("deleted a second early: %v", err)
	}
	clock.Add(time.Second)
	_, err := s.DescribeKey(ctx, doomed.KeyID)
	wantErr(t, err, kms.CodeKeyNotFound, "Forbidden.KeyNotFound for "+doomed.KeyID+": no CMK "+doomed.KeyID+" in key store "+s.Path())
	if err := s.DisableKey(ctx, kept.KeyID); err != nil {
		t.Fatal(err)
	}
	sf, err := s.read()
	if err != nil {
		t.Fatal(err)
	}
	if len(sf.Keys) != 1 || sf.Keys[0].ID != kept.KeyID {
		t.Fatalf("after the window the file holds %d keys", len(sf.Keys))
	}
}
