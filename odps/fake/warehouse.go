package fake

import (
	"strings"
	"sync"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/warehouse"
)

// memoryWarehouses is the default Options.Warehouse: one in-memory
// warehouse per project, shared by its tasks (a Warehouse is safe for
// concurrent use; its transactions lock one another), kept until Close.
type memoryWarehouses struct {
	mu  sync.Mutex
	whs map[string]*warehouse.Warehouse
}

func newMemoryWarehouses() *memoryWarehouses {
	return &memoryWarehouses{whs: map[string]*warehouse.Warehouse{}}
}

func (m *memoryWarehouses) open(project string) (eval.Warehouse, func() error, error) {
	key := strings.ToLower(project)
	m.mu.Lock()
	defer m.mu.Unlock()
	if wh := m.whs[key]; wh != nil {
		return wh, noRelease, nil
	}
	wh, err := warehouse.OpenMemory(warehouse.WithProject(key))
	if err != nil {
		return nil, nil, err
	}
	m.whs[key] = wh
	return wh, noRelease, nil
}

func noRelease() error { return nil }

func (m *memoryWarehouses) close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	var first error
	for k, wh := range m.whs {
		if err := wh.Close(); err != nil && first == nil {
			first = err
		}
		delete(m.whs, k)
	}
	return first
}
