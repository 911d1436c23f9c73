package candor

import "testing"

func TestCommit(t *testing.T) {
	// RFC 4231 test case 2.
	got := Commit([]byte("Jefe"), "what do ya want for nothing?")
	if want := "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"; got != want {
		t.Errorf("Commit = %s, want %s", got, want)
	}
	if Commit([]byte("a"), "x") == Commit([]byte("b"), "x") {
		t.Error("commitment ignores the secret")
	}
}

func TestValidTenantName(t *testing.T) {
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"museum", true}, {"a", true}, {"u-1.x_y", true}, {"", false}, {"-a", false}, {"_anonymous", false},
		{"Museum", false}, {"a b", false}, {string(make([]byte, 65)), false},
	} {
		if got := ValidTenantName(tc.name); got != tc.ok {
			t.Errorf("ValidTenantName(%q) = %v, want %v", tc.name, got, tc.ok)
		}
	}
}

func TestTenantValidate(t *testing.T) {
	ok := Tenant{Name: "museum", PromptPrivacy: PromptStore, Safety: TenantSafety{Retries: 2}}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []Tenant{
		{Name: "Bad"},
		{Name: "m", PromptPrivacy: "sometimes"},
		{Name: "m", RateLimit: RateLimit{RequestsPerSecond: -1}},
		{Name: "m", C2PA: C2PAOptions{TrainingMining: "maybe"}},
		{Name: "m", Safety: TenantSafety{Retries: -1}},
		{Name: "m", Safety: TenantSafety{Retries: MaxRetries + 1}},
	} {
		if err := bad.Validate(); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}
