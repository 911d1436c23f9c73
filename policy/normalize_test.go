package policy

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, text string
	}{
		{"ascii", "A Cat On A Mat", "a cat on a mat"},
		{"spread letters", "n a k e d", "naked"},
		{"dotted letters", "p.o.r.n", "porn"},
		{"dashed letters", "s-e-x", "sex"},
		{"leet", "p0rn s3x n4k3d", "porn sex naked"},
		{"leet symbols", "$ex", "sex"},
		{"leet one as i", "k1d", "kid"},
		{"numbers stay", "1024x1024 4k 35mm", "1024x1024 4k 35mm"},
		{"quantities stay", "1920s 1080p 60fps 5th 3d r2d2 b2b 12yo", "1920s 1080p 60fps 5th 3d r2d2 b2b 12yo"},
		{"leading zero", "0bama 0ld 0range", "obama old orange"},
		{"leading digit inside", "Ob4ma T4yl0r Sw1ft", "obama taylor swift"},
		{"ages stay", "a 12yo", "a 12yo"},
		{"repeated letters", "naaaaked", "naked"},
		{"xxx kept", "xxx", "xxx"},
		{"spread xxx", "x x x", "xxx"},
		{"zero width", "por\u200bn na\u200dked", "porn naked"},
		{"soft hyphen", "nu\u00adde", "nude"},
		{"combining marks", "p̷o̷r̷n̷", "porn"},
		{"diacritics", "nüde Beyoncé", "nude beyonce"},
		{"fullwidth", "ｎａｋｅｄ", "naked"},
		{"cyrillic lookalikes", "рorn ѕех", "porn sex"},
		{"cyrillic capital", "Тaylor Ѕwift", "taylor swift"},
		{"greek lookalikes", "ναgιnα", "vagina"},
		{"greek read as latin", "thιηspo nακed sεx", "thinspo naked sex"},
		{"greek capitals", "ΝΑΚΕD", "naked"},
		{"small capitals", "ɴᴀᴋᴇᴅ ᴘᴏʀɴ ʜᴇɴᴛᴀɪ", "naked porn hentai"},
		{"faux cyrillic", "ИAKED ЯAPE", "naked rape"},
		{"math letters", "𝐧𝐮𝐝𝐞", "nude"},
		{"ideographic space", "Ｔａｙｌｏｒ\u3000Ｓｗｉｆｔ", "taylor swift"},
		{"no over-join espresso", "a shot of espresso", "a shot of espresso"},
		{"scunthorpe", "Scunthorpe", "scunthorpe"},
		{"two letters not joined", "a b testing", "a b testing"},
		{"punctuation", "hello, world!", "hello world"},
		{"invalid utf8", "ab\xffcd", "ab cd"},
		{"empty", "", ""},
		{"only symbols", "$$ @@ !!", ""},
		{"german sharp s", "STRAẞE straße", "strasse strasse"},
		{"ligatures and stroked letters", "Œil cœur Æther nøde Łódź đick", "oeil coeur aether node lodz dick"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Normalize(tc.in)
			if got.Text != tc.text {
				t.Errorf("Normalize(%q).Text = %q, want %q", tc.in, got.Text, tc.text)
			}
		})
	}
}

func TestNormalizeAlternate(t *testing.T) {
	n := Normalize("boooobs 1oli")
	if !slices.Contains(n.Alternate, "boobs") {
		t.Errorf("Alternate = %q, want it to contain boobs", n.Alternate)
	}
	if n.Alternate != nil && slices.Equal(n.Alternate, n.Collapsed) {
		t.Error("Alternate equals Collapsed but is not nil")
	}
	// The second reading also takes a number before letters as leetspeak.
	for in, want := range map[string]string{"4nal": "anal", "3mma": "emma", "5ex": "sex"} {
		n := Normalize(in)
		if !slices.Contains(n.Alternate, want) || n.Text != in {
			t.Errorf("Normalize(%q): Alternate %q, Text %q; want %q in Alternate and Text unchanged", in, n.Alternate, n.Text, want)
		}
	}
	if got := Normalize("plain words").Alternate; got != nil {
		t.Errorf("Alternate = %q, want nil", got)
	}
}

func TestNormalizePictographs(t *testing.T) {
	n := Normalize("nude🍑 Taylor🍑Swift ©2024 90° n 🍆 a k e d ❤️")
	wantTokens := []string{"nude", "🍑", "taylor", "🍑", "swift", "2024", "90", "n", "🍆", "a", "k", "e", "d", "❤"}
	if !slices.Equal(n.Tokens, wantTokens) {
		t.Errorf("Tokens = %q, want %q", n.Tokens, wantTokens)
	}
	if want := "nude taylor swift 2024 90 naked"; n.Text != want {
		t.Errorf("Text = %q, want %q", n.Text, want)
	}
	if got := Key("🍑"); got != "🍑" {
		t.Errorf("Key(🍑) = %q", got)
	}
}

func TestStatedAges(t *testing.T) {
	tests := []struct {
		in   string
		want []int
	}{
		{"a 12 year old girl", []int{12}},
		{"a 12-year-old", []int{12}},
		{"9 years old", []int{9}},
		{"a 15yo", []int{15}},
		{"15 yo", []int{15}},
		{"aged 7", []int{7}},
		{"age 30 woman", []int{30}},
		{"1024 x 1024", nil},
		{"year 2024", nil},
		{"35mm lens", nil},
	}
	for _, tc := range tests {
		got := Normalize(tc.in).Ages
		if !slices.Equal(got, tc.want) {
			t.Errorf("Normalize(%q).Ages = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestTerms(t *testing.T) {
	terms := Normalize("Photo of T a y l o r Swift").Terms()
	for _, want := range []string{"photo", "photo of", "taylor swift", "of taylor swift", "t a y l"} {
		if !slices.Contains(terms, want) {
			t.Errorf("Terms() lacks %q: %q", want, terms)
		}
	}
	for _, g := range terms {
		if n := len(strings.Fields(g)); n > MaxNgram {
			t.Errorf("term %q has %d words, more than %d", g, n, MaxNgram)
		}
	}
	seen := map[string]bool{}
	for _, g := range terms {
		if seen[g] {
			t.Errorf("duplicate term %q", g)
		}
		seen[g] = true
	}
}

func TestKey(t *testing.T) {
	tests := map[string]string{
		"Lupita Nyong'o":     "lupita nyong o",
		"Robert Downey Jr.":  "robert downey jr",
		"Timothée Chalamet":  "timothee chalamet",
		"  Greg   Rutkowski": "greg rutkowski",
		"!!!":                "",
	}
	for in, want := range tests {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestConfusablesTable(t *testing.T) {
	// The table is generated from testdata/confusables_latin.txt; spot-check
	// letters from each script the issue names.
	for src, want := range map[rune]rune{0x0430: 'a', 0x0435: 'e', 0x043E: 'o', 0x0440: 'p', 0x0441: 'c', 0x0445: 'x', 0x03BF: 'o', 0x03B1: 'a', 0xFF41: 'a'} {
		if got := confusables[src]; got != want {
			t.Errorf("confusables[%U] = %q, want %q", src, got, want)
		}
	}
	for src, to := range confusables {
		if src < 0x80 || to >= 0x80 {
			t.Errorf("entry %U -> %U: want non-ASCII to ASCII", src, to)
		}
	}
	f, err := os.Open("testdata/confusables_latin.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines := 0
	for sc := bufio.NewScanner(f); sc.Scan(); {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			lines++
		}
	}
	if lines != len(confusables) {
		t.Errorf("table has %d entries, source %d lines: run go generate", len(confusables), lines)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "a shot of espresso", "n a k e d", "p.o.r.n", "рorn ѕех", "ｎａｋｅｄ",
		"por\u200bn", "naaaaked", "$ex p0rn k1d", "12yo", "ab\xffcd", "x x x x x",
		"p̷o̷r̷n̷", "STRAẞE", "𝐧𝐮𝐝𝐞", "@@@ $$$", "1 1 1 1", "\u0301\u0301a",
		"nude🍑", "🍆 💦 🍆🍆🍆", "0bama 4nal 1920s", "n a ked", "und.r.e.s.s",
		"ɴᴀᴋᴇᴅ", "thιηspo", "ИAKED",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n.Text) {
			t.Fatalf("Text %q is not valid UTF-8", n.Text)
		}
		for i, seq := range [][]string{n.Tokens, n.Collapsed, n.Alternate} {
			for _, tok := range seq {
				if tok == "" || strings.ContainsAny(tok, " \t\n") || !utf8.ValidString(tok) {
					t.Fatalf("bad token %q in %q", tok, seq)
				}
				// Pictographs are tokens of one rune, and only in Tokens.
				for _, r := range tok {
					if isPictograph(r) && (i > 0 || tok != string(r)) {
						t.Fatalf("pictograph %q inside token %q of %q", r, tok, seq)
					}
				}
			}
		}
		again := Normalize(n.Text)
		if again.Text != n.Text {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n.Text, again.Text)
		}
		if k := Key(s); k != strings.Join(n.Tokens, " ") {
			t.Fatalf("Key(%q) = %q, want Tokens joined %q", s, k, n.Tokens)
		}
		_ = n.Terms()
	})
}

func BenchmarkNormalize(b *testing.B) {
	prompts := map[string]string{
		"ascii":   "a castle in the style of an old master, trending, highly detailed, 8k, cinematic lighting, dramatic clouds",
		"unicode": "Ｔａｙｌｏｒ Ｓｗｉｆｔ рorn ѕех n a k e d p0rn naaaked 𝐧𝐮𝐝𝐞 por\u200bn with a café in Zürich",
	}
	for name, p := range prompts {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = Normalize(p)
			}
		})
	}
}
