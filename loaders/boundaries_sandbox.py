"""Read and check an uploaded boundary file in a child process with a deadline, a memory limit and
no network, so that a hostile file cannot hang, exhaust or make requests from the server.

``read_and_prepare(path, name, level, scheme)`` starts ``python -m loaders.boundaries_sandbox`` and
waits for it. The child:

* dies with its parent (``PR_SET_PDEATHSIG``) and at the deadline (``alarm``), whatever C code it
  is in; it may use at most ``DASHBOARD_BOUNDARY_READ_MB`` of address space (``RLIMIT_AS``) and a
  bounded amount of CPU time (``RLIMIT_CPU``);
* has no network: when the kernel allows it, it moves itself into an empty network namespace (no
  interface at all); always, GDAL's HTTP goes to a closed proxy on the loopback with one-second
  timeouts, ``/vsicurl/`` accepts no file, and PROJ's network is off (``configure_offline``);
* runs ``reader``, by default ``read_file``: ``loaders.boundaries.read_boundary_file`` (which also
  refuses linked CRS, KML network links, GeoPackage views ... before GDAL opens the file) and
  ``prepare_layer``, and hands back the prepared layer as a pickle written by our own code in a
  private temp directory.

The parent polls the child every 0.2 s: past the deadline (``DASHBOARD_BOUNDARY_READ_SECONDS``), or
when the main thread of the process is gone (a server shutting down on SIGTERM), it kills the
child's whole process group, so a page waiting for an import never outlives the server.
"""

from __future__ import annotations

import importlib
import json
import os
import pickle
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

import config

PROJECT_ROOT = Path(__file__).resolve().parent.parent
POLL_S = 0.2

# GDAL reads these from the environment; together they keep every driver off the network.
OFFLINE_ENV = {
    "GDAL_HTTP_PROXY": "127.0.0.1:9",         # the discard port: nothing answers
    "GDAL_HTTPS_PROXY": "127.0.0.1:9",
    "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
    "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
    "ftp_proxy": "http://127.0.0.1:9", "all_proxy": "http://127.0.0.1:9",
    "ALL_PROXY": "http://127.0.0.1:9",
    "no_proxy": "", "NO_PROXY": "",
    "GDAL_HTTP_TIMEOUT": "1", "GDAL_HTTP_CONNECTTIMEOUT": "1", "GDAL_HTTP_MAX_RETRY": "0",
    "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".no-remote-files-allowed",
    "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
    "PROJ_NETWORK": "OFF", "OSR_USE_NON_DEPRECATED": "NO",
    "CPL_ZIP_ENCODING": "UTF-8",
    "OGR_GEOJSON_MAX_OBJ_SIZE": "0",  # no object-size limit beyond our own memory limit
}
CHILD_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
             "MALLOC_ARENA_MAX": "2", "PYTHONDONTWRITEBYTECODE": "1"}


def limits() -> tuple[float, int]:
    """(seconds, megabytes) for one read."""
    return config.BOUNDARY_READ_SECONDS.get(), config.BOUNDARY_READ_MB.get()


def read_file(path: Path, name: str, level: str, scheme: str | None,
              province: str | None = None):
    """What the child does once it is confined: read the file and prepare the layer (for
    ``province``'s registry; the default one when None)."""
    from domain import regions
    from loaders.boundaries import prepare_layer, province_box, read_boundary_file

    registry = regions.registry_for(province) if province else None
    read = read_boundary_file(path, name, box=province_box(registry))
    prepared = prepare_layer(read.frame, level, scheme=scheme, name=name, registry=registry)
    read.frame = read.frame.iloc[0:0]  # the parent needs only the prepared layer
    return read, prepared


# The function the child calls once confined, (path, name, level, scheme) -> (ReadResult,
# PreparedLayer). The child is a fresh interpreter, so it is handed over by module and name and
# must be importable from the project root; another one can take its place (a faster reader, or
# one that never returns, to see the deadline at work).
reader: Callable[[Path, str, str, str | None], tuple] = read_file


def configure_offline() -> None:
    """Turn off every way GDAL or PROJ could reach the network, in this process."""
    os.environ.update(OFFLINE_ENV)
    try:
        import pyogrio
        pyogrio.set_gdal_config_options({k: v for k, v in OFFLINE_ENV.items()
                                         if k.startswith(("GDAL_", "CPL_", "OGR_", "OSR_"))})
    except Exception:  # pragma: no cover - pyogrio is a dependency; the env still applies
        pass
    try:
        import pyproj.network
        pyproj.network.set_network_enabled(False)
    except Exception:  # pragma: no cover
        pass


def isolate_network() -> bool:
    """Move this (single-threaded) process into new user + network namespaces: no interface, not
    even a loopback that is up. Best effort; False where the kernel does not allow it."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        clone_newuser, clone_newnet = 0x10000000, 0x40000000
        return libc.unshare(clone_newuser | clone_newnet) == 0
    except Exception:
        return False


# --- the parent ------------------------------------------------------------------------------------
def read_and_prepare(path: Path, name: str, level: str, scheme: str | None,
                     province: str | None = None):
    """(ReadResult, PreparedLayer) for ``path``, computed in a bounded child process, checked
    against ``province``'s registry (the default one when None).

    Raises ``BoundaryError`` for every refusal, including the child's deadline and memory limit.
    """
    from loaders.boundaries import BoundaryError

    seconds, megabytes = limits()
    with tempfile.TemporaryDirectory(prefix="boundary-sandbox-") as workdir:
        request = Path(workdir) / "request.json"
        result = Path(workdir) / "result.pickle"
        log = Path(workdir) / "child.log"
        request.write_text(json.dumps({
            "path": str(path), "name": name, "level": level, "scheme": scheme,
            "province": province,
            "seconds": seconds, "megabytes": megabytes, "parent": os.getpid(),
            "reader": [reader.__module__, reader.__qualname__]}), encoding="utf-8")
        env = {**os.environ, **OFFLINE_ENV, **CHILD_ENV,
               "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT),
                                                           os.environ.get("PYTHONPATH", "")]))}
        with open(log, "wb") as log_handle:
            process = subprocess.Popen(
                [sys.executable, "-m", "loaders.boundaries_sandbox", str(request), str(result)],
                cwd=str(PROJECT_ROOT), env=env, stdin=subprocess.DEVNULL, stdout=log_handle,
                stderr=subprocess.STDOUT, start_new_session=True)
            outcome = _wait(process, seconds)
        if outcome == "timeout":
            raise BoundaryError("boundaries.error.read_timeout", name=name,
                                seconds=float(seconds))  # written in the language's format
        if outcome == "cancelled":
            raise BoundaryError("boundaries.error.read_cancelled", name=name)
        answer = None
        if result.is_file():
            try:
                with open(result, "rb") as handle:
                    answer = pickle.load(handle)  # written by our own child, in our temp dir
            except Exception:
                answer = None
        if answer is None:
            code = process.returncode
            detail = (f"signal {signal.Signals(-code).name}" if code is not None and code < 0
                      and -code in signal.valid_signals() else f"exit {code}")
            if code in (-signal.SIGKILL, -signal.SIGXCPU, -signal.SIGABRT, -signal.SIGSEGV):
                raise BoundaryError("boundaries.error.read_memory", name=name,
                                    limit_mb=megabytes, detail=detail)
            raise BoundaryError("boundaries.error.read_crashed", name=name, detail=detail)
    status = answer.get("status")
    if status == "ok":
        return answer["read"], answer["prepared"]
    if status == "refused":
        raise BoundaryError(answer["key"], **answer["params"])
    if status == "memory":
        raise BoundaryError("boundaries.error.read_memory", name=name, limit_mb=megabytes,
                            detail="MemoryError")
    raise BoundaryError("boundaries.error.unreadable", name=name,
                        detail=str(answer.get("detail", "?"))[:200])


def _wait(process: subprocess.Popen, seconds: float) -> str:
    """'done', 'timeout' or 'cancelled'; the child (and anything it started) is gone after."""
    deadline = time.monotonic() + seconds
    main = threading.main_thread()
    try:
        while True:
            try:
                process.wait(timeout=POLL_S)
                return "done"
            except subprocess.TimeoutExpired:
                pass
            if time.monotonic() > deadline:
                return "timeout"
            if threading.current_thread() is not main and not main.is_alive():
                return "cancelled"  # the interpreter is shutting down (SIGTERM to the server)
    finally:
        if process.poll() is None:
            _kill(process)


def _kill(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        process.kill()
    except ProcessLookupError:
        pass
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL cannot be ignored
        pass


# --- the child -------------------------------------------------------------------------------------
def _die_with_parent(parent: int) -> None:
    try:
        import ctypes
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass
    if os.getppid() != parent:  # the parent was gone before prctl took effect
        os._exit(3)


def _limit(seconds: float, megabytes: int) -> None:
    import resource

    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    cpu = int(seconds) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.alarm(int(seconds) + 10)  # default action: the process ends, even inside C code


def _child(request_path: str, result_path: str) -> int:
    request = json.loads(Path(request_path).read_text(encoding="utf-8"))
    _die_with_parent(int(request["parent"]))
    isolate_network()  # before any thread exists (unshare needs a single-threaded process)
    _limit(float(request["seconds"]), int(request["megabytes"]))
    configure_offline()

    def write(answer: dict) -> None:
        tmp = result_path + ".tmp"
        with open(tmp, "wb") as handle:
            pickle.dump(answer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, result_path)

    try:
        module, qualname = request["reader"]
        read_with = importlib.import_module(module)
        for part in qualname.split("."):
            read_with = getattr(read_with, part)
        province = request.get("province")  # only when given: a stand-in reader takes four
        read, prepared = read_with(Path(request["path"]), request["name"], request["level"],
                                   request["scheme"], **({"province": province} if province else {}))
        write({"status": "ok", "read": read, "prepared": prepared})
    except MemoryError:
        write({"status": "memory"})
    except RecursionError:
        write({"status": "refused", "key": "boundaries.error.too_deep",
               "params": {"name": request["name"]}})
    except Exception as error:
        # Not imported before the reader: what the child imports counts against its deadline.
        from loaders.boundaries import BoundaryError

        if isinstance(error, BoundaryError):
            write({"status": "refused", "key": error.message_id, "params": error.params})
            return 0
        # told to the user as "unreadable" with GDAL's or Python's words
        text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        try:
            write({"status": "error", "detail": text[:200]})
        except MemoryError:
            return 4
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1], sys.argv[2]))
