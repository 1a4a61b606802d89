//go:build !race

package postag

const raceEnabled = false
