"""The per-article work of a build on a Dask cluster: ``kg build --scheduler tcp://HOST:PORT``.

The build maps the same picklable functions over the same jobs as with local worker processes
(see :func:`kg.build.in_workers`) and takes the results back in input order, so the output is the
same bytes. The workers must run the same garment-kg: each task carries the client's code
fingerprint (:func:`kg.manifest.fingerprint`) and a worker whose own differs refuses it, since
another extraction would give other bytes without failing.

Only ``distributed`` is needed, and only here: the rest of kg never imports it.
"""

from __future__ import annotations

import logging
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import islice

from . import manifest
from .errors import SchedulerError

CONNECT_TIMEOUT = 10.0
"""Seconds to reach the scheduler, and then to see one worker: a mistyped port fails this fast
(Dask's default would wait 30 s)."""

IN_FLIGHT_PER_THREAD = 4
"""Tasks submitted ahead per worker thread: enough to keep every worker busy while the build
takes results in order, few enough that a million articles are never all futures at once."""


@dataclass(frozen=True)
class _OtherVersion:
    """What a task returns on a worker whose garment-kg differs from the client's."""

    worker: str


def _run(fn: Callable, job, fingerprint: str, setup: Callable[[], None] | None):
    """One job on a worker: checked against the client's version, then ``fn(job)``."""
    if manifest.fingerprint() != fingerprint:
        from distributed import get_worker

        return _OtherVersion(get_worker().address)
    if setup is not None:
        setup()
    return fn(job)


class Cluster:
    """A connection to a Dask scheduler that maps functions over jobs in order."""

    def __init__(self, client, address: str):
        self.client = client
        self.address = address

    def threads(self) -> int:
        return sum(self.client.nthreads().values()) or 1

    def map(self, fn: Callable, jobs: Iterable, setup: Callable[[], None] | None = None,
            failed: Callable[[object, BaseException], object] | None = None) -> Iterator:
        """``fn`` over ``jobs`` on the cluster, yielding results in the order of ``jobs``, with at
        most a bounded window of tasks submitted. ``setup`` runs on the worker before each job (it
        must be cheap once done). A job whose worker died under it (Dask gives up after a few
        tries: KilledWorker) yields ``failed(job, error)`` when given; anything else that goes
        wrong on the cluster is a :class:`SchedulerError`."""
        from distributed import KilledWorker

        fingerprint = manifest.fingerprint()
        window = IN_FLIGHT_PER_THREAD * self.threads()
        name = getattr(fn, "__name__", "job").strip("_")
        pending: deque = deque()
        it = iter(jobs)

        def submit(job) -> None:
            key = f"kg-{name}-{uuid.uuid4().hex}"  # readable in the dashboard; never reused
            pending.append((job, self.client.submit(_run, fn, job, fingerprint, setup, key=key, pure=False)))

        try:
            for job in islice(it, window):
                submit(job)
            while pending:
                job, future = pending.popleft()
                try:
                    result = future.result()
                except KilledWorker as error:
                    if failed is None:
                        raise self.error(f"a worker died running {name}", error) from None
                    result = failed(job, error)
                except CancelledError:  # Dask cancels every future when the scheduler goes away
                    raise SchedulerError(f"lost the connection to the scheduler while running {name}; the previous "
                                         "build, if any, is unchanged: check the scheduler and build again",
                                         self.address) from None
                except Exception as error:  # a result could not be read, ...
                    raise self.error(f"the cluster failed running {name}", error) from None
                future.release()  # the cluster forgets the result once it is here
                if isinstance(result, _OtherVersion):
                    raise self.other_version(result.worker)
                for job in islice(it, 1):
                    submit(job)
                yield result
        finally:  # on a failure, Ctrl-C or an early close: drop the queued work
            if pending:
                with suppress(Exception):  # a lost scheduler cannot be told; the error in flight is the one to show
                    self.client.cancel([f for _, f in pending])

    def error(self, what: str, error: BaseException) -> SchedulerError:
        return SchedulerError(f"{what} ({one_line(error)}); the previous build, if any, is unchanged", self.address)

    def other_version(self, worker: str) -> SchedulerError:
        return SchedulerError(f"worker {worker} runs another version of garment-kg (its code or ontology data "
                              "differ from this one's); start the workers from the same installation", self.address)


def check_address(address: str) -> None:
    """Refuse an address Dask cannot parse, before connecting (a Client made with one is left
    half-started and hangs when collected)."""
    from distributed.comm import get_address_host_port

    try:
        get_address_host_port(address)
    except (ValueError, TypeError) as error:
        raise SchedulerError(f"not a scheduler address ({error}); give it as tcp://HOST:PORT",
                             address) from None


@contextmanager
def connected(address: str | None) -> Iterator[Cluster | None]:
    """A :class:`Cluster` on the scheduler at ``address`` (None: no cluster), checked before any
    work: the scheduler answers, it has a worker, and its workers run this garment-kg. Closed on exit."""
    if address is None:
        yield None
        return
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError("--scheduler needs Dask's distributed: install garment-kg[dask] "
                             "(pip install 'garment-kg[dask]')", address) from None
    check_address(address)
    with quiet_client():
        yield from _connected(Client, address)


@contextmanager
def quiet_client() -> Iterator[None]:
    """Dask's client logs the tracebacks of its own reconnection attempts (a lost scheduler, a
    refused port) on stderr; what went wrong reaches the user as one :class:`SchedulerError` line."""
    log = logging.getLogger("distributed.client")
    before = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(before)


def _connected(Client, address: str) -> Iterator[Cluster]:
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except OSError:
        # (Dask says "Timed out trying to connect" for a refused port and an unknown host alike)
        raise SchedulerError(f"no Dask scheduler answered within {CONNECT_TIMEOUT:g} s; nothing was built: "
                             "start one with `dask scheduler`, or check the address", address) from None
    try:
        cluster = Cluster(client, address)
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (TimeoutError, OSError):
            raise SchedulerError(f"the scheduler has no workers (none came within {CONNECT_TIMEOUT:g} s); "
                                 f"start some with `dask worker {address}`", address) from None
        try:
            versions = client.run(manifest.fingerprint)
        except Exception as error:  # a worker without kg cannot even read the function
            raise SchedulerError(f"the workers cannot run garment-kg ({one_line(error)}); start them from the "
                                 "environment garment-kg is installed in", address) from None
        mine = manifest.fingerprint()
        for worker, theirs in sorted(versions.items()):
            if theirs != mine:
                raise cluster.other_version(worker)
        yield cluster
    finally:
        client.close()


def one_line(error: BaseException) -> str:
    from .build import one_line_reason  # (kg.build imports this module)

    return one_line_reason(error)
