//go:build race

package lazybtf_test

// raceDetector reports whether the tests run under the race detector,
// which makes them about twenty times slower.
const raceDetector = true
