package image

import (
	"fmt"

	"github.com/google/go-containerregistry/pkg/name"
)

// parseTag reads an image reference such as ntrace:latest or
// registry.example/ntrace:v1.
func parseTag(tag string) (name.Tag, error) {
	t, err := name.NewTag(tag)
	if err != nil {
		return name.Tag{}, fmt.Errorf("image tag %q: %w", tag, err)
	}
	return t, nil
}
