package runtime

import "container/list"

// lru is a cache that holds entries up to a total weight, dropping the
// least recently used ones to make room.
type lru[K comparable, V any] struct {
	limit, weight int
	items         map[K]*list.Element
	order         *list.List // of *lruEntry, the most recently used first
}

type lruEntry[K comparable, V any] struct {
	key    K
	value  V
	weight int
}

func newLRU[K comparable, V any](limit int) *lru[K, V] {
	return &lru[K, V]{limit: limit, items: map[K]*list.Element{}, order: list.New()}
}

// get returns k's value, marking it used.
func (c *lru[K, V]) get(k K) (V, bool) {
	el, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*lruEntry[K, V]).value, true
}

// put sets k's value, of the given weight (at least 1), and drops the
// least recently used entries past the limit; the newest always stays.
func (c *lru[K, V]) put(k K, v V, weight int) {
	weight = max(weight, 1)
	if el, ok := c.items[k]; ok {
		e := el.Value.(*lruEntry[K, V])
		c.weight += weight - e.weight
		e.value, e.weight = v, weight
		c.order.MoveToFront(el)
	} else {
		c.items[k] = c.order.PushFront(&lruEntry[K, V]{key: k, value: v, weight: weight})
		c.weight += weight
	}
	for c.weight > c.limit && c.order.Len() > 1 {
		e := c.order.Remove(c.order.Back()).(*lruEntry[K, V])
		delete(c.items, e.key)
		c.weight -= e.weight
	}
}
