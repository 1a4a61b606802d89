//go:build race

package postag

const raceEnabled = true
