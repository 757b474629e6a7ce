// Package memmeter measures what a benchmarked statement costs the
// process: the peak of the Go heap above its level at the start, the peak
// resident set (Linux), and the CPU time used. eval/querybench and
// eval/scalebench share it.
package memmeter
