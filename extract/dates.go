package extract

import (
	"strconv"
	"strings"
	"time"
)

// Event dates: a time expression in the event's sentence ("on Monday",
// "last week", "earlier this month", "in early February", "on 3 March",
// "two years ago") resolved against the publication date; the
// publication date itself when the sentence has none.

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March, "april": time.April,
	"may": time.May, "june": time.June, "july": time.July, "august": time.August, "september": time.September,
	"october": time.October, "november": time.November, "december": time.December,
	"jan": time.January, "jan.": time.January, "feb": time.February, "feb.": time.February,
	"mar.": time.March, "apr": time.April, "apr.": time.April, "jun.": time.June, "jul.": time.July,
	"aug": time.August, "aug.": time.August, "sep": time.September, "sep.": time.September,
	"sept": time.September, "sept.": time.September, "oct": time.October, "oct.": time.October,
	"nov": time.November, "nov.": time.November, "dec": time.December, "dec.": time.December,
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
}

// eventDate returns the date of an event stated in sentence si, as
// YYYY-MM-DD: the first time phrase of the sentence.
func (d *Doc) eventDate(si int) string {
	return d.eventDateNear(si, -1)
}

// eventDateNear returns the date of an event whose trigger is token tok
// of sentence si: the time phrase nearest the trigger ("discussed the
// March 24 summit and Biden's upcoming visit to Poland next week" dates
// the visit next week), the first one when tok is -1, the publication
// date when there is none.
func (d *Doc) eventDateNear(si, tok int) string {
	pub, err := time.Parse("2006-01-02", d.Published)
	if err != nil {
		return ""
	}
	sent := d.Sentences[si]
	future := false
	for i := sent.First; i < sent.Last; i++ {
		switch d.Lower[i] {
		case "will", "'ll", "shall", "tomorrow", "next", "upcoming", "forthcoming", "scheduled", "due", "planned", "would":
			// "the upcoming summit in April", "talks scheduled for
			// March", "said it would vote in June": a month named is
			// still to come.
			future = true
		}
	}
	best, bestDist := "", -1
	for i := sent.First; i < sent.Last; i++ {
		// "Turkey said on Monday it would hold talks": a time phrase
		// right after a verb in the past tense dates that past act.
		t, ok := d.dateAt(i, sent.Last, pub, future && !d.afterPastVerb(i, sent.First))
		if !ok {
			continue
		}
		if tok < 0 {
			return t.Format("2006-01-02")
		}
		dist := i - tok
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = t.Format("2006-01-02"), dist
		}
	}
	if best != "" {
		return best
	}
	return d.Published
}

// dateAt reads a time expression starting at token i.
func (d *Doc) dateAt(i, end int, pub time.Time, future bool) (time.Time, bool) {
	w := d.Lower[i]
	next := func(k int) string {
		if i+k < end {
			return d.Lower[i+k]
		}
		return ""
	}
	switch w {
	case "today", "tonight":
		return pub, true
	case "yesterday":
		return pub.AddDate(0, 0, -1), true
	case "tomorrow":
		return pub.AddDate(0, 0, 1), true
	case "last", "past", "next", "this", "earlier", "later":
		return relativeDate(w, next(1), next(2), pub)
	}
	if wd, ok := weekdays[w]; ok {
		return nearestWeekday(pub, wd, future), true
	}
	if n, ok := numberWords[w]; ok || isNumber(trimOrdinal(w)) {
		if !ok {
			n, _ = strconv.Atoi(trimOrdinal(w))
		}
		if next(1) == "of" {
			// "the 3rd of March"
			if m, ok := months[next(2)]; ok && n >= 1 && n <= 31 && !isNumber(w) {
				return dayOfMonth(pub, m, n, yearAt(next(3)), future)
			}
		}
		if next(2) == "ago" {
			return unitsAgo(pub, n, next(1))
		}
		if m, ok := months[next(1)]; ok && isNumber(trimOrdinal(w)) && n >= 1 && n <= 31 {
			// "3 March", "3 March 2024"
			return dayOfMonth(pub, m, n, yearAt(next(2)), future)
		}
	}
	if m, ok := months[w]; ok && (w != "may" || d.Tokens[i].Key == "May") {
		// "March 3", "March 3, 2024", "in early February", "in January".
		if n, err := strconv.Atoi(trimOrdinal(strings.TrimSuffix(next(1), ","))); err == nil && n >= 1 && n <= 31 {
			y := yearAt(next(2))
			if next(2) == "," {
				y = yearAt(next(3))
			}
			return dayOfMonth(pub, m, n, y, future)
		}
		day := 1
		if i > 0 {
			switch d.Lower[i-1] {
			case "mid", "mid-":
				day = 15
			case "late":
				day = 25
			}
		}
		return dayOfMonth(pub, m, day, yearAt(next(1)), future)
	}
	for _, part := range []struct {
		prefix string
		day    int
	}{{"mid-", 15}, {"early-", 1}, {"late-", 25}} {
		// "mid-February"
		if rest, ok := strings.CutPrefix(w, part.prefix); ok {
			if m, ok := months[rest]; ok {
				return dayOfMonth(pub, m, part.day, yearAt(next(1)), future)
			}
		}
	}
	if y := yearAt(w); y > 0 && i > 0 && (d.Lower[i-1] == "in" || d.Lower[i-1] == "since") {
		return time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// relativeDate resolves "last week", "earlier this month", "next year".
func relativeDate(w, n1, n2 string, pub time.Time) (time.Time, bool) {
	unit, dir := n1, 0
	switch w {
	case "last", "past":
		dir = -1
	case "next":
		dir = 1
	case "this":
	case "earlier", "later":
		if n1 != "this" {
			return time.Time{}, false
		}
		unit = n2
		if w == "earlier" {
			// Earlier this month is the month's first part.
			switch unit {
			case "month":
				return time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC), true
			case "year":
				return time.Date(pub.Year(), time.January, 1, 0, 0, 0, 0, time.UTC), true
			case "week":
				return pub.AddDate(0, 0, -int(pub.Weekday()+6)%7), true
			}
		}
		return pub, unit == "month" || unit == "year" || unit == "week"
	}
	switch unit {
	case "week":
		return pub.AddDate(0, 0, 7*dir), true
	case "month":
		return pub.AddDate(0, dir, 0), true
	case "year":
		return pub.AddDate(dir, 0, 0), true
	case "weekend":
		return nearestWeekday(pub, time.Saturday, dir > 0), true
	case "night", "morning", "evening":
		if dir < 0 {
			return pub.AddDate(0, 0, -1), true
		}
		return pub, true
	}
	if wd, ok := weekdays[unit]; ok {
		return nearestWeekday(pub, wd, dir > 0), true
	}
	if m, ok := months[unit]; ok {
		return dayOfMonth(pub, m, 1, 0, dir > 0)
	}
	return time.Time{}, false
}

// nearestWeekday returns the last such weekday on or before pub, or the
// next one after it for an event still to come.
func nearestWeekday(pub time.Time, wd time.Weekday, future bool) time.Time {
	if future {
		delta := (int(wd) - int(pub.Weekday()) + 7) % 7
		if delta == 0 {
			delta = 7
		}
		return pub.AddDate(0, 0, delta)
	}
	delta := (int(pub.Weekday()) - int(wd) + 7) % 7
	return pub.AddDate(0, 0, -delta)
}

// dayOfMonth returns the date of a month and day: in year y when given,
// else in the year that puts it last before the publication (or next
// after it, for an event still to come).
func dayOfMonth(pub time.Time, m time.Month, day, y int, future bool) (time.Time, bool) {
	if y > 0 {
		return time.Date(y, m, day, 0, 0, 0, 0, time.UTC), true
	}
	t := time.Date(pub.Year(), m, day, 0, 0, 0, 0, time.UTC)
	if future && t.Before(pub) {
		t = t.AddDate(1, 0, 0)
	}
	if !future && t.After(pub.AddDate(0, 0, 7)) {
		t = t.AddDate(-1, 0, 0)
	}
	return t, true
}

func unitsAgo(pub time.Time, n int, unit string) (time.Time, bool) {
	switch strings.TrimSuffix(unit, "s") {
	case "day":
		return pub.AddDate(0, 0, -n), true
	case "week":
		return pub.AddDate(0, 0, -7*n), true
	case "month":
		return pub.AddDate(0, -n, 0), true
	case "year":
		return pub.AddDate(-n, 0, 0), true
	}
	return time.Time{}, false
}

// yearAt reads a four-digit year, or 0.
func yearAt(w string) int {
	if len(w) != 4 || !isNumber(w) {
		return 0
	}
	y, _ := strconv.Atoi(w)
	if y < 1900 || y > 2100 {
		return 0
	}
	return y
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// trimOrdinal drops the suffix of a day written as an ordinal: "3rd",
// "21st" → "3", "21".
func trimOrdinal(w string) string {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if r, ok := strings.CutSuffix(w, suf); ok && isNumber(r) {
			return r
		}
	}
	return w
}

// afterPastVerb reports whether the time phrase at token i follows a
// verb in the past tense, with at most "on" between: "said on Monday",
// "announced Friday".
func (d *Doc) afterPastVerb(i, first int) bool {
	k := i - 1
	if k >= first && d.Lower[k] == "on" {
		k--
	}
	if k < first {
		return false
	}
	if k < len(d.Tags) && d.Tags[k] != "" {
		return d.Tags[k] == "VBD"
	}
	return pastReportingVerbs[d.Lower[k]]
}

// pastReportingVerbs are the past forms that most often precede the day
// of a report when no tags are at hand.
var pastReportingVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "stated": true, "declared": true, "added": true,
	"reported": true, "confirmed": true, "warned": true, "insisted": true, "indicated": true,
}
