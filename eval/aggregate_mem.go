package eval

// memKeeper is embedded by aggregate states that keep their inputs
// (COLLECT_LIST, COLLECT_SET, WM_CONCAT, MAP_AGG, MULTIMAP_AGG): what they
// keep is charged to the GROUP BY's memory tracker (membudget.go), so that
// collecting gigabytes into one group fails with the out-of-memory error
// instead of killing the process. Outside a GROUP BY (a window) the
// tracker is nil and nothing is charged: the window charges its rows.
type memKeeper struct{ mem *memTracker }

func (k *memKeeper) chargeTo(t *memTracker) { k.mem = t }

// keep charges one kept value.
func (k *memKeeper) keep(v Value) error {
	return k.mem.chargeBytes(slotBytes + payloadBytes(v))
}
