package warehouse

import (
	"reflect"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestCatalogRoundTrip(t *testing.T) {
	info := eval.TableInfo{
		Name: "Mf_User_Info",
		Columns: []eval.Column{
			{Name: "id", Type: eval.BigintType},
			{Name: "Tel", Type: eval.Type{Kind: eval.KindVarchar, Len: 11}},
			{Name: "tags", Type: eval.MapOf(eval.StringType, eval.ArrayOf(eval.Type{Kind: eval.KindDecimal, Precision: 12, Scale: 4}))},
		},
		ColumnComments:   []string{"the id", "", "it's \"quoted\""},
		PartitionColumns: []eval.Column{{Name: "ds", Type: eval.StringType}, {Name: "hr", Type: eval.BigintType}},
		Comment:          "users, 用户",
		Lifecycle:        30,
	}
	want := info
	want.Name = "mf_user_info"
	w, path := openFile(t)
	tx := begin(t, w)
	if err := tx.CreateTable(info, false); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	w2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w2.Close()
	tx2 := begin(t, w2)
	for _, name := range []string{"mf_user_info", "MF_USER_INFO", "default.mf_user_info", "DEFAULT.Mf_User_Info"} {
		t.Run(name, func(t *testing.T) {
			got, err := tx2.Table(name)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, want) {
				t.Fatalf("Table = %+v\nwant    %+v", *got, want)
			}
		})
	}
	t.Run("copy", func(t *testing.T) {
		got, _ := tx2.Table("mf_user_info")
		got.Columns[0].Name = "changed"
		again, _ := tx2.Table("mf_user_info")
		if again.Columns[0].Name != "id" {
			t.Fatalf("changing a returned TableInfo changed the catalog: %s", again.Columns[0].Name)
		}
	})
}

func TestListTables(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	names, err := tx.ListTables()
	if err != nil || names == nil || len(names) != 0 {
		t.Fatalf("ListTables of an empty warehouse = %#v, %v; want [], nil", names, err)
	}
	for _, n := range []string{"zeta", "Alpha", "mid_1"} {
		mustCreate(t, tx, simpleTable(n))
	}
	names, err = tx.ListTables()
	if want := []string{"alpha", "mid_1", "zeta"}; err != nil || !reflect.DeepEqual(names, want) {
		t.Fatalf("ListTables = %v, %v; want %v", names, err, want)
	}
}

// errorText runs op and returns its error text, "" for none.
func errorText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestTableErrors(t *testing.T) {
	const notFound = "ODPS-0130131:Table not found - table default.missing cannot be resolved"
	noRows := func(func([]eval.Value) error) error { return nil }
	tests := []struct {
		name string
		op   func(tx eval.Tx) error
		want string
	}{
		{"create existing", func(tx eval.Tx) error { return tx.CreateTable(simpleTable("t"), false) },
			"ODPS-0130151:Table or view already exists - table default.t already exists"},
		{"create existing upper case", func(tx eval.Tx) error { return tx.CreateTable(simpleTable("DEFAULT.T"), false) },
			"ODPS-0130151:Table or view already exists - table default.t already exists"},
		{"create if not exists", func(tx eval.Tx) error { return tx.CreateTable(simpleTable("t"), true) }, ""},
		{"create other project", func(tx eval.Tx) error { return tx.CreateTable(simpleTable("prod.u"), false) },
			"ODPS-0130071:Semantic analysis exception - cannot create table prod.u: this warehouse holds project default"},
		{"create bad name", func(tx eval.Tx) error { return tx.CreateTable(simpleTable("a-b"), false) },
			`ODPS-0130071:Semantic analysis exception - invalid table name "a-b": use 1 to 128 letters, digits and underscores`},
		{"create long name", func(tx eval.Tx) error { return tx.CreateTable(simpleTable(strings.Repeat("x", 129)), false) },
			`ODPS-0130071:Semantic analysis exception - invalid table name "` + strings.Repeat("x", 129) + `": use 1 to 128 letters, digits and underscores`},
		{"create no columns", func(tx eval.Tx) error { return tx.CreateTable(eval.TableInfo{Name: "u"}, false) },
			"ODPS-0130071:Semantic analysis exception - table u needs at least one column"},
		{"create duplicate column", func(tx eval.Tx) error {
			info := simpleTable("u")
			info.PartitionColumns = []eval.Column{{Name: "ID", Type: eval.StringType}}
			return tx.CreateTable(info, false)
		}, "ODPS-0130071:Semantic analysis exception - column ID is defined twice in table u"},
		{"create bad type", func(tx eval.Tx) error {
			return tx.CreateTable(eval.TableInfo{Name: "u", Columns: []eval.Column{{Name: "a", Type: eval.Type{Kind: eval.KindArray}}}}, false)
		}, "ODPS-0130071:Semantic analysis exception - column a of table u: ARRAY type without an element type"},
		{"create negative lifecycle", func(tx eval.Tx) error {
			info := simpleTable("u")
			info.Lifecycle = -1
			return tx.CreateTable(info, false)
		}, "ODPS-0130071:Semantic analysis exception - table u: lifecycle -1 is negative"},
		{"drop missing", func(tx eval.Tx) error { return tx.DropTable("missing", false) }, notFound},
		{"drop if exists", func(tx eval.Tx) error { return tx.DropTable("missing", true) }, ""},
		{"drop other project", func(tx eval.Tx) error { return tx.DropTable("prod.t", false) },
			"ODPS-0130131:Table not found - table prod.t cannot be resolved"},
		{"truncate missing", func(tx eval.Tx) error { return tx.TruncateTable("missing") }, notFound},
		{"table missing", func(tx eval.Tx) error { _, err := tx.Table("Missing"); return err }, notFound},
		{"scan missing", func(tx eval.Tx) error { return tx.Scan("missing", nil) }, notFound},
		{"insert missing", func(tx eval.Tx) error { _, err := tx.Insert("missing", false, nil, noRows); return err }, notFound},
		{"insert no source", func(tx eval.Tx) error { _, err := tx.Insert("t", false, nil, nil); return err },
			"ODPS-0121095:Invalid argument - insert into t: no rows to insert"},
		{"insert unknown partition", func(tx eval.Tx) error {
			_, err := tx.Insert("t", true, map[string]eval.Value{"ds": "x"}, noRows)
			return err
		}, "ODPS-0130071:Semantic analysis exception - table t is not partitioned"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := openMemory(t)
			tx := begin(t, w)
			mustCreate(t, tx, simpleTable("t"))
			if got := errorText(tc.op(tx)); got != tc.want {
				t.Fatalf("error = %q\nwant    %q", got, tc.want)
			}
			names, err := tx.ListTables()
			if err != nil || !reflect.DeepEqual(names, []string{"t"}) {
				t.Fatalf("tables after the failed or empty operation: %v, %v; want [t]", names, err)
			}
		})
	}
}

func TestDropAndTruncate(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, simpleTable("t"))
	mustInsert(t, tx, "t", false, [][]eval.Value{{int64(1), "a"}})
	if err := tx.TruncateTable("t"); err != nil {
		t.Fatal(err)
	}
	if got := scanAll(t, tx, "t"); len(got) != 0 {
		t.Fatalf("after TRUNCATE: %v", got)
	}
	mustInsert(t, tx, "t", false, [][]eval.Value{{int64(2), "b"}})
	if err := tx.DropTable("DEFAULT.T", false); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Table("t"); errorText(err) != "ODPS-0130131:Table not found - table default.t cannot be resolved" {
		t.Fatalf("Table after DROP: %v", err)
	}
	// A new table of the same name starts empty.
	mustCreate(t, tx, simpleTable("t"))
	if got := scanAll(t, tx, "t"); len(got) != 0 {
		t.Fatalf("recreated table has rows: %v", got)
	}
}

func TestProjectNames(t *testing.T) {
	tests := []struct {
		name    string
		open    func(t *testing.T) *Warehouse
		project string
	}{
		{"file name", func(t *testing.T) *Warehouse {
			w, err := Open(t.TempDir() + "/Meta_Dev.db")
			if err != nil {
				t.Fatal(err)
			}
			return w
		}, "meta_dev"},
		{"option", func(t *testing.T) *Warehouse {
			w, err := Open(t.TempDir()+"/x.db", WithProject("Prod"))
			if err != nil {
				t.Fatal(err)
			}
			return w
		}, "prod"},
		{"memory", func(t *testing.T) *Warehouse {
			w, err := OpenMemory()
			if err != nil {
				t.Fatal(err)
			}
			return w
		}, "default"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := tc.open(t)
			defer w.Close()
			if w.Project() != tc.project {
				t.Fatalf("Project() = %q, want %q", w.Project(), tc.project)
			}
			tx := begin(t, w)
			mustCreate(t, tx, simpleTable(tc.project+".t"))
			mustInsert(t, tx, "T", false, [][]eval.Value{{int64(1), "x"}})
			if got := scanAll(t, tx, strings.ToUpper(tc.project)+".t"); len(got) != 1 {
				t.Fatalf("scan through the qualified name: %v", got)
			}
			want := "ODPS-0130131:Table not found - table " + tc.project + ".u cannot be resolved"
			if _, err := tx.Table("u"); errorText(err) != want {
				t.Fatalf("error = %v, want %s", err, want)
			}
		})
	}
}
