package local

import (
	"context"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// Pending windows of ScheduleKeyDeletion, in days, as the real service has.
const (
	MinPendingDays = 7
	MaxPendingDays = 366
)

// EnableKey makes a Disabled CMK usable again. A CMK pending deletion
// must have its deletion cancelled instead.
func (s *Store) EnableKey(ctx context.Context, keyID string) error {
	return s.changeKey(ctx, keyID, func(k *storedKey) error {
		if err := refusePending(k); err != nil {
			return err
		}
		k.State = kms.StateEnabled
		return nil
	})
}

// DisableKey stops a CMK from encrypting and decrypting until it is
// enabled again.
func (s *Store) DisableKey(ctx context.Context, keyID string) error {
	return s.changeKey(ctx, keyID, func(k *storedKey) error {
		if err := refusePending(k); err != nil {
			return err
		}
		k.State = kms.StateDisabled
		return nil
	})
}

// ScheduleKeyDeletion moves a CMK to PendingDeletion; it is deleted, with
// its key material, pendingWindowDays (7 to 366) days later.
func (s *Store) ScheduleKeyDeletion(ctx context.Context, keyID string, pendingWindowDays int) error {
	if pendingWindowDays < MinPendingDays || pendingWindowDays > MaxPendingDays {
		return kms.Errorf(kms.CodeInvalidParameter, keyID, "PendingWindowInDays must be %d to %d, not %d",
			MinPendingDays, MaxPendingDays, pendingWindowDays)
	}
	return s.changeKey(ctx, keyID, func(k *storedKey) error {
		if err := refusePending(k); err != nil {
			return err
		}
		when := s.clock().Add(time.Duration(pendingWindowDays) * 24 * time.Hour)
		k.State, k.DeletionDate = kms.StatePendingDeletion, &when
		return nil
	})
}

// CancelKeyDeletion returns a CMK pending deletion to Enabled, as the real
// service's CancelKeyDeletion does.
func (s *Store) CancelKeyDeletion(ctx context.Context, keyID string) error {
	return s.changeKey(ctx, keyID, func(k *storedKey) error {
		if k.State != kms.StatePendingDeletion {
			return kms.Errorf(kms.CodeInvalidParameter, keyID, "CMK %s is %s, not pending deletion", keyID, k.State)
		}
		k.State, k.DeletionDate = kms.StateEnabled, nil
		return nil
	})
}

func refusePending(k *storedKey) error {
	if k.State == kms.StatePendingDeletion {
		return kms.Errorf(kms.CodePendingDeletion, k.ID, "CMK %s is pending deletion on %s; cancel the deletion first",
			k.ID, k.DeletionDate.Format(time.RFC3339))
	}
	return nil
}

// changeKey applies change to one CMK under the store's lock.
func (s *Store) changeKey(ctx context.Context, keyID string, change func(*storedKey) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	// An unknown key is refused before locking, so that a failing call on
	// a store that does not exist yet creates nothing.
	sf, err := s.read()
	if err != nil {
		return err
	}
	if _, err := s.lookup(sf, keyID); err != nil {
		return err
	}
	return s.update(func(sf *storeFile) error {
		k, err := s.lookup(sf, keyID)
		if err != nil {
			return err
		}
		return change(k)
	})
}
