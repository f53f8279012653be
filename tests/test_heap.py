"""The collector settings of a build: set for the build, restored after it, also on error."""

import gc

import pytest

from kgraph import heap


def test_the_build_freezes_what_lives_and_collects_the_young_less_often():
    before = gc.get_threshold()
    alive = [object() for _ in range(1000)]
    with heap.quiet_collector():
        assert gc.get_freeze_count() >= len(alive)
        assert gc.get_threshold() == (heap.YOUNG_THRESHOLD, *before[1:])
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_collector_is_restored_when_the_build_fails():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), heap.quiet_collector():
        raise RuntimeError("a build that fails")
    assert (gc.get_threshold(), gc.get_freeze_count()) == (before, 0)


def test_fewer_collections_alone_freezes_nothing():
    before = gc.get_threshold()
    with heap.fewer_collections():
        assert gc.get_threshold()[0] == heap.YOUNG_THRESHOLD
        assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before
