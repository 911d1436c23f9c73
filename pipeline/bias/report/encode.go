package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Encode returns the report file form of r: indented JSON without HTML
// escaping, ending in a newline. Sign writes this form; Verify accepts only
// it.
func Encode(r Report) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return nil, fmt.Errorf("bias report: encode: %w", err)
	}
	return buf.Bytes(), nil
}

// WriteJSON writes Encode(r) to w.
func WriteJSON(w io.Writer, r Report) error {
	b, err := Encode(r)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// CSVHeader is the first row WriteCSV writes.
var CSVHeader = []string{"prompt", "guidance", "n", "blocked", "attribute", "class", "count", "proportion",
	"ci95_lo", "ci95_hi", "reference", "known", "unknown", "tvd", "chi2_p", "entropy"}

// WriteCSV writes one row per group, attribute and class (declared order)
// under CSVHeader. Statistics that are undefined are empty cells. A cell that
// a spreadsheet would take for a formula (starting with =, +, -, @, tab or
// carriage return) gets a leading apostrophe (OWASP CSV injection advice).
func WriteCSV(w io.Writer, r Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, g := range r.Groups {
		for _, name := range attributeNames(g) {
			a := g.Attributes[name]
			for _, c := range a.Order {
				cl := a.Classes[c]
				row := []string{
					g.Prompt, num(g.Guidance), strconv.Itoa(g.N), strconv.Itoa(g.Blocked),
					name, c, strconv.Itoa(cl.Count), num(cl.Proportion),
					num(cl.CI95[0]), num(cl.CI95[1]), num(a.Reference[c]),
					strconv.Itoa(a.Known), strconv.Itoa(a.Unknown),
					opt(a.TVD), opt(a.Chi2P), opt(a.Entropy),
				}
				for i := range row {
					row[i] = neutralise(row[i])
				}
				if err := cw.Write(row); err != nil {
					return err
				}
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// attributeNames orders a group's attributes alphabetically: stable, and the
// same in CSV and SVG.
func attributeNames(g Group) []string {
	names := make([]string, 0, len(g.Attributes))
	for n := range g.Attributes {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func num(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func opt(f *float64) string {
	if f == nil {
		return ""
	}
	return num(*f)
}

func neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return s // a negative number is not a formula
		}
		return "'" + s
	}
	return s
}
