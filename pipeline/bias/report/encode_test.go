package report

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"
)

func TestWriteCSV(t *testing.T) {
	r := smallReport(t)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, r); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], CSVHeader) {
		t.Errorf("header %v", rows[0])
	}
	// hair: short, long; skin_tone: light, medium, dark.
	if len(rows) != 1+5 {
		t.Fatalf("%d rows: %v", len(rows), rows)
	}
	want := []string{"a ceo", "7.5", "6", "1", "skin_tone", "light", "3", "0.75", "0.300642", "0.954413", "0.333333", "4", "1", "0.416667"}
	if got := rows[3][:len(want)]; !slices.Equal(got, want) {
		t.Errorf("skin_tone light row %v, want %v", got, want)
	}
	if rows[3][14] == "" || rows[3][15] == "" {
		t.Errorf("chi2_p or entropy empty: %v", rows[3])
	}
}

func TestWriteCSVNeutralisesFormulas(t *testing.T) {
	r := smallReport(t)
	r.Groups[0].Prompt = "=HYPERLINK(\"http://x\")"
	var buf bytes.Buffer
	if err := WriteCSV(&buf, r); err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(&buf).ReadAll()
	if !strings.HasPrefix(rows[1][0], "'=") {
		t.Errorf("prompt cell %q", rows[1][0])
	}
	if neutralise("-0.5") != "-0.5" || neutralise("-x") != "'-x" {
		t.Error("negative numbers are not formulas")
	}
}

func TestWriteSVG(t *testing.T) {
	r := smallReport(t)
	var buf bytes.Buffer
	if err := WriteSVG(&buf, r); err != nil {
		t.Fatal(err)
	}
	texts := svgTexts(t, buf.Bytes())
	all := strings.Join(texts, "\n")
	for _, want := range []string{
		"'a ceo', guidance 7.5: skin_tone (n = 4)",
		"'a ceo', guidance 7.5: hair (n = 5)",
		"light", "medium", "dark", "short", "long",
		"reference (uniform)", "proportion, 95% CI", "proportion (95% Wilson interval)",
	} {
		if !slices.Contains(texts, want) {
			t.Errorf("no text %q in the SVG; texts:\n%s", want, all)
		}
	}
}

func TestWriteSVGEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSVG(&buf, Report{ID: "br_x"}); err != nil {
		t.Fatal(err)
	}
	if texts := svgTexts(t, buf.Bytes()); !slices.Contains(texts, "bias report br_x: no groups") {
		t.Errorf("texts %q", texts)
	}
}

// svgTexts checks that b is well-formed XML with an <svg> root and returns
// the content of its <text> elements.
func svgTexts(t *testing.T, b []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	var texts []string
	depth, inText, root := 0, false, ""
	var cur strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				root = x.Name.Local
			}
			depth++
			if x.Name.Local == "text" {
				inText = true
				cur.Reset()
			}
		case xml.EndElement:
			depth--
			if x.Name.Local == "text" {
				inText = false
				texts = append(texts, cur.String())
			}
		case xml.CharData:
			if inText {
				cur.Write(x)
			}
		}
	}
	if root != "svg" || depth != 0 {
		t.Fatalf("root %q, depth %d", root, depth)
	}
	return texts
}
