package credentials

import (
	"image"
	"image/color"
	"image/draw"
)

// glyphs is a tiny 5x9 bitmap font with just what the disclosure mark
// needs; rows 0-6 are above the baseline, 7-8 the descender.
var glyphs = map[rune][9]string{
	'A': {".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#", ".....", "....."},
	'I': {".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###.", ".....", "....."},
	'-': {".....", ".....", ".....", ".###.", ".....", ".....", ".....", ".....", "....."},
	'a': {".....", ".....", ".###.", "....#", ".####", "#...#", ".####", ".....", "....."},
	'd': {"....#", "....#", ".####", "#...#", "#...#", "#...#", ".####", ".....", "....."},
	'e': {".....", ".....", ".###.", "#...#", "#####", "#....", ".###.", ".....", "....."},
	'g': {".....", ".....", ".####", "#...#", "#...#", "#...#", ".####", "....#", ".###."},
	'n': {".....", ".....", "####.", "#...#", "#...#", "#...#", "#...#", ".....", "....."},
	'r': {".....", ".....", "#.##.", "##..#", "#....", "#....", "#....", ".....", "....."},
	't': {".#...", ".#...", "####.", ".#...", ".#...", ".#..#", "..##.", ".....", "....."},
	' ': {".....", ".....", ".....", ".....", ".....", ".....", ".....", ".....", "....."},
}

const (
	glyphW   = 5
	glyphH   = 9
	glyphGap = 1
)

// MarkText is the visible disclosure.
const MarkText = "AI-generated"

// drawMark draws a small "AI-generated" label (white on a translucent dark
// box) in the bottom-right corner of img, scaled with the image. Where the
// full text does not fit it writes "AI". It returns false when even that
// does not fit.
func drawMark(img *image.NRGBA) bool {
	b := img.Bounds()
	scale := max(1, min(b.Dx(), b.Dy())/256)
	for _, text := range []string{MarkText, "AI"} {
		n := len([]rune(text))
		pad := 2 * scale
		margin := 2 * scale
		tw := n*(glyphW+glyphGap)*scale - glyphGap*scale
		th := glyphH * scale
		bw, bh := tw+2*pad, th+2*pad
		if bw+2*margin > b.Dx() || bh+2*margin > b.Dy() {
			continue
		}
		box := image.Rect(b.Max.X-margin-bw, b.Max.Y-margin-bh, b.Max.X-margin, b.Max.Y-margin)
		draw.Draw(img, box, image.NewUniform(color.NRGBA{0, 0, 0, 168}), image.Point{}, draw.Over)
		x0, y0 := box.Min.X+pad, box.Min.Y+pad
		white := color.NRGBA{255, 255, 255, 255}
		for i, r := range []rune(text) {
			g := glyphs[r]
			for gy := 0; gy < glyphH; gy++ {
				for gx := 0; gx < glyphW; gx++ {
					if g[gy][gx] != '#' {
						continue
					}
					px := x0 + i*(glyphW+glyphGap)*scale + gx*scale
					py := y0 + gy*scale
					for dy := 0; dy < scale; dy++ {
						for dx := 0; dx < scale; dx++ {
							img.SetNRGBA(px+dx, py+dy, white)
						}
					}
				}
			}
		}
		return true
	}
	return false
}
