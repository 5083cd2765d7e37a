"""The one cache (``storage.cache``): bounded LRU, one build per key however many threads ask,
builds outside the lock, failures shared and not kept, TTL for the store health; and the caches
that use it key on versions, so a new version is a new entry."""

from __future__ import annotations

import threading
import time

import pytest

from storage import backends, datasets
from storage.backends import open_store
from storage.cache import Cache, cached


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_bounded_and_least_recently_used_goes_first():
    cache = Cache(3)
    for key in "abc":
        cache.put(key, key.upper())
    assert cache.get_or_build("a", lambda: pytest.fail("a is cached")) == "A"  # a is now newest
    cache.put("d", "D")
    assert len(cache) == 3
    assert cache.get("b") is None  # the least recently used went
    assert [cache.get(k) for k in "acd"] == ["A", "C", "D"]
    for i in range(100):
        cache.get_or_build(i, lambda i=i: i)
    assert cache.info().currsize == 3


def test_many_threads_asking_for_one_key_build_it_once():
    cache = Cache(8)
    builds = []
    start = threading.Barrier(32)
    results = []

    def build():
        builds.append(1)
        time.sleep(0.05)  # long enough for every other thread to arrive meanwhile
        return object()

    def ask():
        start.wait()
        results.append(cache.get_or_build(("v", 1), build))

    threads = [threading.Thread(target=ask) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(builds) == 1
    assert len(results) == 32 and all(r is results[0] for r in results)
    assert cache.info().misses == 1 and cache.info().hits == 31


def test_many_threads_on_many_keys_build_each_key_once():
    cache = Cache(16)
    builds: dict[int, int] = {}
    lock = threading.Lock()
    start = threading.Barrier(40)

    def build(version):
        with lock:
            builds[version] = builds.get(version, 0) + 1
        time.sleep(0.01)
        return f"v{version}"

    def ask(worker):
        start.wait()
        for round_ in range(20):
            version = (worker + round_) % 8
            assert cache.get_or_build(version, lambda v=version: build(v)) == f"v{version}"

    threads = [threading.Thread(target=ask, args=(w,)) for w in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert builds == {v: 1 for v in range(8)}
    assert cache.info().hits + cache.info().misses == 40 * 20


def test_a_slow_build_does_not_block_other_keys():
    cache = Cache(4)
    release = threading.Event()
    slow = threading.Thread(target=lambda: cache.get_or_build("slow", lambda: release.wait(10)))
    slow.start()
    try:
        time.sleep(0.05)  # the slow build is running now
        answered = threading.Event()
        threading.Thread(target=lambda: (cache.get_or_build("fast", lambda: 1), answered.set()),
                         daemon=True).start()
        assert answered.wait(2), "another key waited for the slow build: the lock was held"
    finally:
        release.set()
        slow.join(10)


def test_a_failed_build_is_shared_with_its_waiters_and_not_kept():
    cache = Cache(4)
    calls = []
    start = threading.Barrier(8)
    errors = []

    def failing():
        calls.append(1)
        time.sleep(0.05)
        raise OSError("unreachable")

    def ask():
        start.wait()
        try:
            cache.get_or_build("k", failing)
        except OSError as error:
            errors.append(error)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(errors) == 8 and len(calls) == 1  # one attempt, everyone told
    assert cache.get_or_build("k", lambda: "ok") == "ok"  # the failure was not cached


def test_a_build_asking_for_its_own_key_does_not_deadlock():
    cache = Cache(4)
    done = []

    def outer():
        return cache.get_or_build("k", lambda: "inner") + "+outer"

    thread = threading.Thread(target=lambda: done.append(cache.get_or_build("k", outer)))
    thread.start()
    thread.join(5)
    assert done == ["inner+outer"]
    assert cache.get("k") == "inner+outer"


def test_clear_during_a_build_keeps_nothing_from_before():
    cache = Cache(4)
    building, release = threading.Event(), threading.Event()

    def build():
        building.set()
        release.wait(5)
        return "old"

    thread = threading.Thread(target=lambda: cache.get_or_build("k", build))
    thread.start()
    building.wait(5)
    cache.clear()
    release.set()
    thread.join(5)
    assert cache.get("k") is None


def test_ttl_expires_entries():
    clock = Clock()
    cache = Cache(4, ttl=5.0, clock=clock)
    builds = []
    assert cache.get_or_build("k", lambda: builds.append(1) or "first") == "first"
    clock.now += 4.9
    assert cache.get_or_build("k", lambda: builds.append(1) or "second") == "first"
    assert cache.get("k") == "first"
    clock.now += 0.1
    assert cache.get("k", "gone") == "gone"
    assert cache.get_or_build("k", lambda: builds.append(1) or "second") == "second"
    assert len(builds) == 2


def test_decorator_keys_on_the_arguments_and_reads_like_lru_cache():
    calls = []

    @cached(maxsize=2)
    def square(x):
        calls.append(x)
        return x * x

    assert [square(2), square(2), square(3), square(2)] == [4, 4, 9, 4]
    assert calls == [2, 3]
    info = square.cache_info()
    assert (info.hits, info.misses, info.maxsize, info.currsize) == (2, 2, 2, 2)
    square(4)  # 3 is the least recently used
    square(2)
    assert calls == [2, 3, 4]
    square.cache_clear()
    square(2)
    assert calls == [2, 3, 4, 2]


def test_store_health_is_kept_for_its_ttl(data_dir, monkeypatch):
    clock = Clock()
    monkeypatch.setattr(backends, "_health_cache", Cache(32, ttl=backends.HEALTH_TTL_S, clock=clock))
    probes = []
    fault = object()
    monkeypatch.setattr(backends, "_probe", lambda url: probes.append(url) or fault)
    assert backends.recent_fault() is None  # nobody has asked yet
    assert backends.store_health() is fault and backends.store_health() is fault
    assert len(probes) == 1 and backends.recent_fault() is fault
    clock.now += backends.HEALTH_TTL_S
    assert backends.recent_fault() is None
    assert backends.store_health() is fault and len(probes) == 2
    assert backends.store_health(fresh=True) is fault and len(probes) == 3


def test_a_new_dataset_version_is_a_new_cache_entry(data_dir):
    datasets._load_version.cache_clear()
    assert datasets.load("conflict_risk").version == "v1"
    assert datasets._load_version.cache_info().misses == 1
    store = open_store()
    frame = store.read("conflict_risk").frame.copy()
    frame.loc[0, "skor"] = 99.0
    store.commit("conflict_risk", frame, user="ani", expected_current_version=1)
    after = datasets.load("conflict_risk")
    assert after.version == "v2" and after.frame.loc[0, "skor"] == 99.0
    info = datasets._load_version.cache_info()
    assert info.misses == 2 and info.currsize == 2  # v1 stays cached: versions never change
    datasets.load("conflict_risk")
    assert datasets._load_version.cache_info().hits == info.hits + 1


def test_row_provenance_is_kept_per_current_version(data_dir, monkeypatch):
    datasets._provenance_cache.clear()
    store = open_store()
    walks = []
    real_walk = datasets._walk_provenance
    monkeypatch.setattr(datasets, "_walk_provenance",
                        lambda *args: walks.append(args[2]) or real_walk(*args))
    key = ("kab_kota", "periode")
    first = datasets.row_provenance(store, "conflict_risk", key)
    assert datasets.row_provenance(store, "conflict_risk", key) is first
    frame = store.read("conflict_risk").frame.copy()
    frame.loc[0, "skor"] = 99.0
    store.commit("conflict_risk", frame, user="ani", expected_current_version=1)
    second = datasets.row_provenance(store, "conflict_risk", key)
    assert walks == [1, 2]
    changed = tuple(frame.loc[0, list(key)].astype(str))
    assert second[changed].version == 2 and first[changed].version == 1


def test_map_geometry_is_converted_once_per_frame_and_never_served_to_another():
    import weakref

    from loaders.areas import schematic_tiles
    from maps import thematic

    areas = schematic_tiles().frame
    first = thematic._geometry_dicts(areas)
    assert thematic._geometry_dicts(areas) is first
    other = areas.copy()
    other.geometry = other.geometry.translate(1.0, 0.0)
    assert thematic._geometry_dicts(other) != first

    class Gone:
        pass

    # A frame collected since: its id may come back for a new frame, which must not get its list.
    stale = Gone()
    thematic._geometry_cache.put(id(other), (weakref.ref(stale), ["stale"]))
    del stale
    assert thematic._geometry_dicts(other) != ["stale"]
    assert thematic._geometry_dicts(other) is thematic._geometry_dicts(other)


def test_the_accounts_of_a_store_are_made_once_when_sessions_ask_at_once(data_dir, monkeypatch):
    """``shared_accounts()`` goes through the one cache: sessions asking at the same moment get
    one Accounts object (``functools.lru_cache`` would let each of them build its own)."""
    from accounts import users

    made = []

    class SlowAccounts(users.Accounts):
        def __init__(self, *args, **kwargs):
            made.append(1)
            time.sleep(0.3)  # opening the store while the other sessions ask
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(users, "Accounts", SlowAccounts)
    barrier = threading.Barrier(4)
    got = []

    def ask():
        barrier.wait(timeout=10)
        got.append(users.shared_accounts())

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    try:
        assert len(got) == 4 and len(made) == 1
        assert all(accounts is got[0] for accounts in got)
    finally:
        users._accounts_at.cache_clear()
