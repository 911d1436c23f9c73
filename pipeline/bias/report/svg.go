package report

import (
	"fmt"
	"image/color"
	"io"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Panel size of one group and attribute in WriteSVG.
const (
	panelWidth  = 9 * vg.Centimeter
	panelHeight = 7 * vg.Centimeter
)

// WriteSVG draws the report as one SVG (gonum/plot): a row per group, a
// panel per attribute (alphabetical), each with a bar per class (proportion
// of the known observations), its Wilson 95% interval as an error bar and
// the reference proportion as a dashed red line across the bar. A report
// without groups draws one empty panel saying so.
func WriteSVG(w io.Writer, r Report) error {
	rows, err := panels(r)
	if err != nil {
		return err
	}
	c := vgsvg.New(panelWidth*vg.Length(len(rows[0])), panelHeight*vg.Length(len(rows)))
	drawPanels(c, rows)
	_, err = c.WriteTo(w)
	return err
}

// panels returns the plots of r, a row per group (at least one row).
func panels(r Report) ([][]*plot.Plot, error) {
	var rows [][]*plot.Plot
	for _, g := range r.Groups {
		var row []*plot.Plot
		for _, name := range attributeNames(g) {
			p, err := panel(g, name, g.Attributes[name])
			if err != nil {
				return nil, err
			}
			row = append(row, p)
		}
		if len(row) > 0 {
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		p := plot.New()
		p.Title.Text = fmt.Sprintf("bias report %s: no groups", r.ID)
		rows = [][]*plot.Plot{{p}}
	}
	cols := len(rows[0])
	for _, row := range rows {
		if len(row) != cols {
			return nil, fmt.Errorf("groups with %d and %d attributes: %w", cols, len(row), ErrOptions)
		}
	}
	return rows, nil
}

func drawPanels(c vg.CanvasSizer, rows [][]*plot.Plot) {
	dc := draw.New(c)
	tiles := draw.Tiles{Rows: len(rows), Cols: len(rows[0]), PadX: vg.Centimeter, PadY: vg.Centimeter,
		PadTop: vg.Millimeter * 3, PadBottom: vg.Millimeter * 3, PadLeft: vg.Millimeter * 3, PadRight: vg.Millimeter * 3}
	canvases := plot.Align(rows, tiles, dc)
	for j := range rows {
		for i := range rows[j] {
			rows[j][i].Draw(canvases[j][i])
		}
	}
}

// ciBars are the error bars: y the proportion, (lo, hi) the interval.
type ciBars struct {
	y, lo, hi []float64
}

func (b ciBars) Len() int                        { return len(b.y) }
func (b ciBars) XY(i int) (float64, float64)     { return float64(i), b.y[i] }
func (b ciBars) YError(i int) (float64, float64) { return b.y[i] - b.lo[i], b.hi[i] - b.y[i] }

func panel(g Group, name string, a Attribute) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = fmt.Sprintf("'%s', guidance %s: %s (n = %d)", g.Prompt, strconv.FormatFloat(g.Guidance, 'g', -1, 64), name, a.Known)
	p.Y.Label.Text = "proportion (95% Wilson interval)"
	// The axis ends at 1; the room above it holds the legend.
	p.Y.Min, p.Y.Max = 0, 1.3
	p.Y.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: "0"}, {Value: 0.25, Label: "0.25"},
		{Value: 0.5, Label: "0.5"}, {Value: 0.75, Label: "0.75"}, {Value: 1, Label: "1"}}
	if len(a.Order) == 0 {
		return p, nil
	}
	vals := make(plotter.Values, len(a.Order))
	bars := ciBars{y: make([]float64, len(a.Order)), lo: make([]float64, len(a.Order)), hi: make([]float64, len(a.Order))}
	for i, c := range a.Order {
		cl := a.Classes[c]
		vals[i] = cl.Proportion
		bars.y[i], bars.lo[i], bars.hi[i] = cl.Proportion, cl.CI95[0], cl.CI95[1]
	}
	bc, err := plotter.NewBarChart(vals, vg.Centimeter)
	if err != nil {
		return nil, fmt.Errorf("bias report: chart: %w", err)
	}
	bc.Color = color.RGBA{R: 90, G: 120, B: 170, A: 255}
	bc.LineStyle.Width = 0
	p.Add(bc)
	if a.Known > 0 {
		eb, err := plotter.NewYErrorBars(bars)
		if err != nil {
			return nil, fmt.Errorf("bias report: chart: %w", err)
		}
		p.Add(eb)
		p.Legend.Add("proportion, 95% CI", bc)
	}
	var refLine *plotter.Line
	for i, c := range a.Order {
		ref := a.Reference[c]
		l, err := plotter.NewLine(plotter.XYs{{X: float64(i) - 0.4, Y: ref}, {X: float64(i) + 0.4, Y: ref}})
		if err != nil {
			return nil, fmt.Errorf("bias report: chart: %w", err)
		}
		l.Color = color.RGBA{R: 200, G: 30, B: 30, A: 255}
		l.Width = vg.Points(2)
		l.Dashes = []vg.Length{vg.Points(4), vg.Points(2)}
		p.Add(l)
		refLine = l
	}
	p.Legend.Add("reference ("+a.ReferenceSource+")", refLine)
	p.Legend.Top = true
	p.NominalX(a.Order...)
	return p, nil
}
