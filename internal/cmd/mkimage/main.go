// Command mkimage builds ntrace's container image from the static binary
// without a container daemon (make image):
//
//	mkimage -bin bin/ntrace -o bin/ntrace-image.tar -tag ntrace:latest
//
// The tarball loads with docker load or podman load, and crane push
// sends it to a registry.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/ntrace/ntrace/internal/image"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "mkimage:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("mkimage", flag.ContinueOnError)
	bin := fs.String("bin", "bin/ntrace", "the static ntrace `binary`")
	out := fs.String("o", "bin/ntrace-image.tar", "write the image tarball to `FILE`")
	tag := fs.String("tag", "ntrace:latest", "the image's `tag`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	// Reproducible: the same binary makes the same image, stamped with
	// SOURCE_DATE_EPOCH when it is set, else the Unix epoch.
	created := time.Unix(0, 0).UTC()
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return fmt.Errorf("SOURCE_DATE_EPOCH=%s: %w", s, err)
		}
		created = time.Unix(sec, 0).UTC()
	}
	img, err := image.Build(*bin, created)
	if err != nil {
		return err
	}
	if err := image.Write(*out, *tag, img); err != nil {
		return err
	}
	d, err := img.Digest()
	if err != nil {
		return err
	}
	fmt.Printf("%s: %s %s\n", *out, *tag, d)
	return nil
}
