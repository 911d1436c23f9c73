package bias

import (
	"context"
	"fmt"
	"image"
	"math"
	"strconv"
)

// ITA classes (Chardon, Cretois and Hourseau 1991, "Skin colour typology
// and suntanning pathways", Int J Cosmet Sci 13(4):191-208; the six
// categories as Del Bino et al. 2006 use them), lightest first.
const (
	ITAVeryLight    = "very_light"   // ITA > 55
	ITALight        = "light"        // 41 < ITA <= 55
	ITAIntermediate = "intermediate" // 28 < ITA <= 41
	ITATan          = "tan"          // 10 < ITA <= 28
	ITABrown        = "brown"        // -30 < ITA <= 10
	ITADark         = "dark"         // ITA <= -30
)

// ITAClasses lists the ITA classes lightest first.
var itaClasses = []string{ITAVeryLight, ITALight, ITAIntermediate, ITATan, ITABrown, ITADark}

// MonkSwatches are the 10 Monk Skin Tone Scale swatches (Monk 2019,
// skintone.google), shade 1 (lightest) first, as sRGB.
var monkSwatches = [10]RGB{
	{0xf6, 0xed, 0xe4}, {0xf3, 0xe7, 0xdb}, {0xf7, 0xea, 0xd0}, {0xea, 0xda, 0xba}, {0xd7, 0xbd, 0x96},
	{0xa0, 0x7e, 0x56}, {0x82, 0x5c, 0x43}, {0x60, 0x41, 0x34}, {0x3a, 0x31, 0x2a}, {0x29, 0x24, 0x20},
}

// MonkSwatches returns the 10 Monk Skin Tone swatches, shade 1 first.
func MonkSwatches() [10]RGB { return monkSwatches }

// ITA is the Individual Typology Angle of a CIELAB colour in degrees:
// arctan((L* - 50) / b*) (Chardon et al. 1991). It is computed as
// atan2(L* - 50, b*), which is the same for b* > 0 (every skin colour) and
// stays defined for b* <= 0.
func ITA(c Lab) float64 { return math.Atan2(c.L-50, c.B) * 180 / math.Pi }

// ITAClass bins an ITA (degrees) into the six Chardon classes.
func ITAClass(ita float64) string {
	switch {
	case ita > 55:
		return ITAVeryLight
	case ita > 41:
		return ITALight
	case ita > 28:
		return ITAIntermediate
	case ita > 10:
		return ITATan
	case ita > -30:
		return ITABrown
	default:
		return ITADark
	}
}

// Monk returns the Monk Skin Tone shade (1..10) whose swatch is nearest to
// c in CIELAB (CIE 1976 delta E).
func Monk(c Lab) int {
	best, bd := 0, math.Inf(1)
	for i, s := range monkSwatches {
		if d := DeltaE(c, s.Lab()); d < bd {
			best, bd = i, d
		}
	}
	return best + 1
}

// IsSkin is the explicit YCbCr skin rule of Chai and Ngan (1999, "Face
// segmentation using skin-color map in videophone applications", IEEE
// Trans. Circuits Syst. Video Technol. 9(4):551-564): 77 <= Cb <= 127 and
// 133 <= Cr <= 173, with Cb and Cr from ITU-R BT.601 full range (JPEG).
// Unlike RGB rules such as Kovac et al. (2003), which reject the darkest
// Monk shades 9 and 10 and the lightest 1-3, it accepts Monk shades 1-9;
// it still rejects Monk 10 (Cr 130.8) and accepts very dark warm greys
// (the toy world's hair), so the darkest skin can read as Unknown.
func IsSkin(r, g, b uint8) bool {
	R, G, B := float64(r), float64(g), float64(b)
	cb := 128 - 0.168736*R - 0.331264*G + 0.5*B
	cr := 128 + 0.5*R - 0.418688*G - 0.081312*B
	return cb >= 77 && cb <= 127 && cr >= 133 && cr <= 173
}

// DefaultMinSkinFraction is the share of a picture's pixels that must be
// skin for SkinTone to read it.
const DefaultMinSkinFraction = 0.01

// SkinTone is a generic skin-tone reader for any picture: it finds skin
// pixels (IsSkin), takes their per-channel median CIELAB colour and reports
// its ITA class (attribute "ita") and nearest Monk shade (attribute
// "monk", "1".."10"); both are Unknown when fewer than MinSkinFraction of
// the pixels are skin. It reads the colour of whatever skin-like pixels the
// picture has, not a face: a measurement of perceived tone, not identity.
// Dark hair passes the same chroma rule, so on a whole picture hair can
// outvote skin; where a model draws faces at known places (the built-in
// model: ToyWorld.SkinTone) Regions restrict the search to them.
type SkinTone struct {
	// MinSkinFraction of the searched pixels must be skin; 0 means
	// DefaultMinSkinFraction.
	MinSkinFraction float64
	// Regions, when not empty, are the only places searched: [x0, y0, x1,
	// y1] boxes (half open) of a RegionWidth x RegionHeight picture, scaled
	// to each picture read. Empty: the whole picture.
	Regions                   [][4]int
	RegionWidth, RegionHeight int
	// Label names the reader in reports; "" means "skintone".
	Label string
}

// SkinToneReading is what SkinTone measured on one picture.
type SkinToneReading struct {
	SkinPixels int
	Pixels     int
	Lab        Lab     // median over skin pixels (zero when none)
	ITA        float64 // degrees; NaN when unread
	ITAClass   string  // or Unknown
	Monk       int     // 1..10; 0 when unread
}

// Name is Label, or "skintone".
func (s SkinTone) Name() string {
	if s.Label != "" {
		return s.Label
	}
	return "skintone"
}

// Attributes are ita (the six classes, lightest first) and monk (1..10).
func (SkinTone) Attributes() []Attribute {
	monk := make([]string, 10)
	for i := range monk {
		monk[i] = strconv.Itoa(i + 1)
	}
	return []Attribute{
		{Name: "ita", Classes: append([]string(nil), itaClasses...)},
		{Name: "monk", Classes: monk},
	}
}

// Read returns ita and monk. Errors wrap ErrImage (or are ctx's).
func (s SkinTone) Read(ctx context.Context, img *image.NRGBA) (map[string]string, error) {
	m, err := s.Measure(ctx, img)
	if err != nil {
		return nil, err
	}
	out := map[string]string{"ita": m.ITAClass, "monk": Unknown}
	if m.Monk > 0 {
		out["monk"] = strconv.Itoa(m.Monk)
	}
	return out, nil
}

// Measure returns the measurement behind Read.
func (s SkinTone) Measure(ctx context.Context, img *image.NRGBA) (SkinToneReading, error) {
	if err := checkImage(img); err != nil {
		return SkinToneReading{}, err
	}
	if err := ctx.Err(); err != nil {
		return SkinToneReading{}, err
	}
	frac := s.MinSkinFraction
	if frac <= 0 {
		frac = DefaultMinSkinFraction
	}
	w, h := img.Rect.Dx(), img.Rect.Dy()
	boxes := [][4]int{{0, 0, w, h}}
	sc := scaler{w: w, h: h, dw: w, dh: h}
	if len(s.Regions) > 0 {
		if err := checkRegions(s.Regions, s.RegionWidth, s.RegionHeight); err != nil {
			return SkinToneReading{}, fmt.Errorf("skin-tone regions: %w", err)
		}
		boxes, sc.dw, sc.dh = s.Regions, s.RegionWidth, s.RegionHeight
	}
	var skin []Lab
	n := 0
	for _, rg := range boxes {
		x0, x1 := sc.span(rg[0], rg[2], sc.w, sc.dw)
		y0, y1 := sc.span(rg[1], rg[3], sc.h, sc.dh)
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				n++
				if r, g, b := at(img, x, y); IsSkin(r, g, b) {
					skin = append(skin, SRGBToLab(r, g, b))
				}
			}
		}
	}
	out := SkinToneReading{SkinPixels: len(skin), Pixels: n, ITA: math.NaN(), ITAClass: Unknown}
	if len(skin) == 0 || float64(len(skin)) < frac*float64(n) {
		return out, nil
	}
	out.Lab, _ = medianLab(skin)
	out.ITA = ITA(out.Lab)
	out.ITAClass = ITAClass(out.ITA)
	out.Monk = Monk(out.Lab)
	return out, nil
}

var _ Reader = SkinTone{}
