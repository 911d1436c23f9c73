package policy

//go:generate go run confusables_gen.go -in testdata/confusables_latin.txt -out confusables_table.go

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// MaxNgram is the longest word n-gram passed to Rego as a term. Names and
// phrases in the policy data are at most this many words long.
const MaxNgram = 4

// maxNormalizeRunes bounds the work done on one prompt; the rest is ignored.
// The gateway limits request bodies well below this.
const maxNormalizeRunes = 16384

// Normalized is a prompt as the policy sees it, after the steps described in
// Normalize.
type Normalized struct {
	// Text is the evasion-resolved text: Collapsed joined by single spaces
	// (two between one-letter words that a wide gap separated).
	// It is what the API reports as the normalised prompt.
	Text string
	// Tokens are the word tokens after Unicode normalisation (NFKC, case
	// folding, removal of marks and format characters, confusables mapped to
	// Latin), before any evasion handling, and the pictographs (emoji) as
	// tokens of one rune each.
	Tokens []string
	// Collapsed are the word tokens, without pictographs, with evasions
	// resolved: letters spread by spaces
	// or punctuation joined ("n a k e d", "p.o.r.n"), leetspeak mapped
	// ("p0rn", "$ex", with 1 read as i; digits anywhere in a word, but a
	// number followed by letters is a quantity such as "4k", "35mm" or "1920s"
	// unless it starts with 0: "0bama" is "obama") and runs of three or more
	// equal letters cut to one ("naaaked").
	Collapsed []string
	// Alternate is the second reading of the same evasions: 1 read as l, a
	// number followed by letters read as leetspeak too ("4nal", "3mma") and
	// runs of three or more equal letters cut to two ("boooobs"). Nil when it
	// equals Collapsed.
	Alternate []string
	// Ages are numbers stated as ages: "12 year old", "12yo", "aged 12".
	Ages []int

	// fragments are the word tokens as Collapsed reads them one by one,
	// before spread letters are joined: a one-character leetspeak token is
	// its letter ("n 4 ked"), a number of two or more digits is "" (it joins
	// nothing). fragmentWide[i] reports a wide gap before fragments[i]. The
	// matcher joins runs that mix single letters and longer fragments ("n a
	// ked", "und.r.e.s.s") where they spell a known term.
	fragments    []string
	fragmentWide []bool
	// collapsedWide[i] reports a wide gap (punctuation and a space, or two
	// spaces) before Collapsed[i]: the name finder does not read a name
	// across one ("by Raphael, oil on canvas").
	collapsedWide []bool
}

// Normalize prepares a prompt for policy matching, so that spelling tricks do
// not change the decision:
//
//  1. invalid UTF-8 becomes spaces; Unicode NFKC (UAX #15) folds fullwidth and
//     compatibility forms; full case folding (Unicode CaseFolding.txt);
//  2. canonical decomposition, then removal of combining marks (Mn, Me),
//     format characters such as zero-width spaces and joiners (Cf) and other
//     default-ignorable fillers;
//  3. look-alike letters from Cyrillic, Greek, fullwidth and other scripts are
//     mapped to their Latin prototype from Unicode's confusables data (UTS #39),
//     and the letters "fancy text" generators use as Latin ones that UTS #39
//     does not map (small capitals, Greek η κ τ ε ω χ, Cyrillic и я к т and
//     others) to the letters they are read as, see lookalikeLetters;
//  4. the text is split into word tokens (letters and digits, plus @ and $
//     which leetspeak uses as letters) and pictographs (emoji), each of which
//     is a token of its own, so "nude🍑" is two tokens;
//  5. evasions are resolved in Collapsed and Alternate, see Normalized.
//
// Joining only applies to runs of three or more one-character tokens, so
// ordinary words are never glued together ("a shot of espresso" stays four
// words) and matching is on whole tokens, so "Scunthorpe" stays one word.
func Normalize(s string) Normalized {
	base, wide := tokenizeGaps(foldText(s))
	n := Normalized{Tokens: base}
	col := resolve(base, wide, collapsedReading)
	n.Collapsed = col.out
	n.collapsedWide = col.outWide
	alt := resolve(base, wide, alternateReading)
	if !equalTokens(alt.out, n.Collapsed) {
		n.Alternate = alt.out
	}
	n.Text = joinText(n.Collapsed, col.outWide)
	n.Ages = statedAges(base)
	n.fragments, n.fragmentWide = fragments(col.clean), col.cleanWide
	return n
}

// fragments maps one reading's tokens to the pieces that partly spread
// letters are joined from, see Normalized.fragments; nil when none is a
// single character, as nothing is joined then.
func fragments(clean []string) []string {
	if !slices.ContainsFunc(clean, func(t string) bool { return utf8.RuneCountInString(t) == 1 }) {
		return nil
	}
	out := make([]string, len(clean))
	for i, t := range clean {
		r, size := utf8.DecodeRuneInString(t)
		switch {
		case size == len(t):
			if l := leetLetter(r, collapsedReading.one); l != 0 {
				t = string(l)
			}
		case isDigits(t):
			t = ""
		default:
			t = squeeze(t, collapsedReading.keep)
		}
		out[i] = t
	}
	return out
}

func isDigits(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// Terms returns every distinct 1..MaxNgram-word n-gram of Tokens, Collapsed
// and Alternate, joined by single spaces.
func (n Normalized) Terms() []string {
	seen := make(map[string]struct{}, 4*len(n.Tokens))
	out := make([]string, 0, 4*len(n.Tokens))
	add := func(seq []string) {
		for i := range seq {
			for k := 1; k <= MaxNgram && i+k <= len(seq); k++ {
				g := strings.Join(seq[i:i+k], " ")
				if _, ok := seen[g]; !ok {
					seen[g] = struct{}{}
					out = append(out, g)
				}
			}
		}
	}
	add(n.Tokens)
	add(n.Collapsed)
	add(n.Alternate)
	return out
}

// Key is the form names and phrases take as keys in the policy data: the
// Tokens of Normalize joined by single spaces.
func Key(s string) string {
	return strings.Join(tokenize(foldText(s)), " ")
}

var folder = cases.Fold()

// foldText does steps 1 to 3 of Normalize.
func foldText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	if utf8.RuneCountInString(s) > maxNormalizeRunes {
		cut := 0
		for i := range s {
			if cut == maxNormalizeRunes {
				s = s[:i]
				break
			}
			cut++
		}
	}
	if isASCII(s) {
		return strings.ToLower(s)
	}
	s = norm.NFKC.String(s)
	// Map look-alikes before folding too: folding can turn a confusable
	// capital (Cyrillic Т) into a lower-case letter that is not one (т).
	s = strings.Map(func(r rune) rune {
		if c, ok := confusables[r]; ok {
			return c
		}
		return r
	}, s)
	// cases.Caser is stateful, so each call gets a fresh copy.
	f := folder
	s = f.String(s)
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r), unicode.Is(unicode.Cf, r),
			isIgnorableFiller(r):
			continue
		}
		if c, ok := confusables[r]; ok {
			r = c
		} else if c, ok := lookalikeLetters[r]; ok {
			r = c
		}
		if e, ok := letterExpansions[r]; ok {
			b.WriteString(e)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// letterExpansions spells the Latin letters that no decomposition takes
// apart as the letters they are read as: "œil" matches "oeil", "nøde"
// "node". After folding, so only the lower-case forms are listed.
var letterExpansions = map[rune]string{
	'œ': "oe",
	'æ': "ae",
	'ø': "o",
	'ł': "l",
	'đ': "d",
}

// lookalikeLetters reads the letters that "fancy text" generators and
// evasions put in place of Latin ones and that UTS #39's confusables leave
// alone, because their glyphs differ a little (a small capital is not a
// lower-case letter) or because they look like a different Latin letter
// (faux Cyrillic: И for N, Я for R). After folding, so only the lower-case
// forms are listed; the small capitals that confusables.txt already maps
// (ᴄ ᴏ ᴜ ᴠ ᴡ ᴢ ꜱ ɪ ʏ) are not repeated. Greek and Cyrillic text is not a
// language the policy reads, so mapping these letters costs nothing there.
var lookalikeLetters = map[rune]rune{
	// small capitals
	'ᴀ': 'a', 'ʙ': 'b', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ᴊ': 'j',
	'ᴋ': 'k', 'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴘ': 'p', 'ʀ': 'r', 'ᴛ': 't',
	// Greek
	'ε': 'e', 'η': 'n', 'κ': 'k', 'τ': 't', 'χ': 'x', 'ω': 'w',
	// Cyrillic read as Latin
	'в': 'b', 'и': 'n', 'к': 'k', 'м': 'm', 'н': 'h', 'п': 'n', 'т': 't', 'ш': 'w', 'я': 'r',
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isIgnorableFiller reports default-ignorable code points that are not Cf or
// Mn (Hangul fillers, the Khmer inherent vowels, the Mongolian vowel separator
// and variation selectors outside Mn).
func isIgnorableFiller(r rune) bool {
	switch r {
	case 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFFA0:
		return true
	}
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF)
}

func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' || r == '$'
}

// isPictograph reports the emoji and pictographic symbols (category So in
// the Miscellaneous Symbols, Dingbats, Miscellaneous Symbols and Arrows
// blocks and U+1F000..U+1FAFF): each is a token of its own. Other symbols
// ("©", "°", "→") separate words as punctuation does.
func isPictograph(r rune) bool {
	if r < 0x2600 {
		return false
	}
	return (r <= 0x27BF || (r >= 0x2B00 && r <= 0x2BFF) || (r >= 0x1F000 && r <= 0x1FAFF)) && unicode.Is(unicode.So, r)
}

// isPictographToken reports a token that is one pictograph.
func isPictographToken(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return size == len(t) && isPictograph(r)
}

// tokenize splits folded text into tokens; tokens made only of @ and $ are
// dropped.
func tokenize(s string) []string {
	toks, _ := tokenizeGaps(s)
	return toks
}

// tokenizeGaps also reports, for each token after the first, whether the gap
// before it is wide: two or more separator runes ("  ", ", "). Spread letters
// are joined only across narrow gaps, so "T a y l o r  S w i f t" gives two
// words.
func tokenizeGaps(s string) (toks []string, wide []bool) {
	start := -1
	gap := 0
	flush := func(end int) {
		if start >= 0 {
			t := s[start:end]
			if strings.Trim(t, "@$") != "" {
				toks = append(toks, t)
				wide = append(wide, gap >= 2)
			}
			start = -1
			gap = 0
		}
	}
	for i, r := range s {
		if isTokenRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		if isPictograph(r) {
			start = i
			flush(i + utf8.RuneLen(r))
			continue
		}
		gap++
	}
	flush(len(s))
	return toks, wide
}

// reading is one way of resolving the evasions: Collapsed's or Alternate's.
type reading struct {
	one  rune // what the digit 1 stands for
	keep int  // how many letters of a run of three or more equal ones stay
	// quantities keeps a number followed by letters ("4k", "1920s") as it
	// is, unless the number starts with 0.
	quantities bool
}

var (
	collapsedReading = reading{one: 'i', keep: 1, quantities: true}
	alternateReading = reading{one: 'l', keep: 2}
)

// resolved is one reading of a prompt's tokens: out are the tokens with
// evasions resolved, clean the word tokens with only leetspeak resolved.
type resolved struct {
	out, clean         []string
	outWide, cleanWide []bool
}

// resolve maps leetspeak, joins spread letters and shortens runs of three or
// more equal letters, as r reads them.
func resolve(toks []string, wide []bool, r reading) resolved {
	clean := make([]string, 0, len(toks))
	cleanWide := make([]bool, 0, len(toks))
	for i, t := range toks {
		if isPictographToken(t) {
			continue // Collapsed and Alternate are words
		}
		if t = stripLeetSymbols(deLeet(t, r)); t != "" {
			clean = append(clean, t)
			cleanWide = append(cleanWide, wide[i])
		}
	}
	out := make([]string, 0, len(clean))
	outWide := make([]bool, 0, len(clean))
	for i := 0; i < len(clean); {
		j := i
		for j < len(clean) && utf8.RuneCountInString(clean[j]) == 1 && (j == i || !cleanWide[j]) {
			j++
		}
		if j-i >= 3 {
			out = append(out, squeeze(deLeet(strings.Join(clean[i:j], ""), r), r.keep))
			outWide = append(outWide, cleanWide[i])
			i = j
			continue
		}
		if j == i {
			j = i + 1
		}
		for ; i < j; i++ {
			out = append(out, squeeze(clean[i], r.keep))
			outWide = append(outWide, cleanWide[i])
		}
	}
	return resolved{out: out, clean: clean, outWide: outWide, cleanWide: cleanWide}
}

// joinText joins tokens with single spaces, and with two where a wide gap
// separates two one-character tokens, so that normalising Text again gives
// Text.
func joinText(toks []string, wide []bool) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
			if wide[i] && utf8.RuneCountInString(t) == 1 && utf8.RuneCountInString(toks[i-1]) == 1 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t)
	}
	return b.String()
}

// stripLeetSymbols removes the @ and $ that deLeet did not map.
func stripLeetSymbols(t string) string {
	if !strings.ContainsAny(t, "@$") {
		return t
	}
	return strings.Map(func(r rune) rune {
		if r == '@' || r == '$' {
			return -1
		}
		return r
	}, t)
}

// deLeet maps leetspeak digits and symbols to letters in tokens that have at
// least two letters and one such character, so numbers ("1024", "4k", "3d")
// stay; with rd.quantities, so do numbers followed by letters ("35mm",
// "1920s", "12yo") unless the number starts with 0 ("0bama", "0ld"), which
// no quantity does.
func deLeet(t string, rd reading) string {
	one := rd.one
	letters, leet := 0, 0
	for _, r := range t {
		switch {
		case unicode.IsLetter(r):
			letters++
		case leetLetter(r, one) != 0:
			leet++
		}
	}
	if letters < 2 || leet == 0 || (rd.quantities && t[0] != '0' && isNumberWithUnit(t)) {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	for _, r := range t {
		if !unicode.IsLetter(r) {
			if l := leetLetter(r, one); l != 0 {
				r = l
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isNumberWithUnit reports tokens like "12yo", "35mm", "1080p": digits then
// only letters, which are quantities, not leetspeak.
func isNumberWithUnit(t string) bool {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	for _, r := range t[i:] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func leetLetter(r, one rune) rune {
	switch r {
	case '0':
		return 'o'
	case '1':
		return one
	case '3':
		return 'e'
	case '4', '@':
		return 'a'
	case '5', '$':
		return 's'
	case '7':
		return 't'
	case '8':
		return 'b'
	case '9':
		return 'g'
	}
	return 0
}

// squeeze shortens runs of three or more equal letters to keep letters.
func squeeze(t string, keep int) string {
	if !hasTripleRun(t) {
		return t
	}
	rs := []rune(t)
	if len(rs) >= 3 && countRun(rs) == len(rs) {
		return t // "xxx", "zzz": the repetition is the word
	}
	out := rs[:0:0]
	changed := false
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		n := j - i
		if n >= 3 && unicode.IsLetter(rs[i]) {
			n = keep
			changed = true
		}
		for k := 0; k < n; k++ {
			out = append(out, rs[i])
		}
		i = j
	}
	if !changed {
		return t
	}
	return string(out)
}

// readings are the token sequences the matcher reads: Tokens, Collapsed and
// Alternate, Tokens left out when they equal Collapsed (the same n-grams in
// the same order). seqs[:raw] is the raw tokens' reading (none, or Tokens).
func (n Normalized) readings() (seqs [][]string, raw int) {
	if equalTokens(n.Tokens, n.Collapsed) {
		return [][]string{n.Collapsed, n.Alternate}, 0
	}
	return [][]string{n.Tokens, n.Collapsed, n.Alternate}, 1
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

var ageSuffixes = [...]string{"yo", "yrs", "yr", "yearold", "yearsold"}

// statedAges finds "N year(s) old", "N yr(s)", "N yo", "Nyo", "aged N", "age N".
func statedAges(toks []string) []int {
	var ages []int
	num := func(s string) (int, bool) {
		if len(s) == 0 || len(s) > 3 {
			return 0, false
		}
		v, err := strconv.Atoi(s)
		return v, err == nil && v >= 0
	}
	for i, t := range toks {
		if v, ok := num(t); ok && i+1 < len(toks) {
			switch toks[i+1] {
			case "year", "years", "yr", "yrs", "yo", "y":
				ages = append(ages, v)
				continue
			}
		}
		if i > 0 && (toks[i-1] == "aged" || toks[i-1] == "age") {
			if v, ok := num(t); ok {
				ages = append(ages, v)
				continue
			}
		}
		for _, suf := range ageSuffixes {
			if p, ok := strings.CutSuffix(t, suf); ok {
				if v, ok := num(p); ok {
					ages = append(ages, v)
				}
				break
			}
		}
	}
	return ages
}

// hasTripleRun reports whether t has three equal runes in a row.
func hasTripleRun(t string) bool {
	var a, b rune = -1, -2
	for _, r := range t {
		if r == a && r == b {
			return true
		}
		a, b = b, r
	}
	return false
}

// countRun is the length of the run of equal runes at the start of rs.
func countRun(rs []rune) int {
	n := 0
	for n < len(rs) && rs[n] == rs[0] {
		n++
	}
	return n
}
