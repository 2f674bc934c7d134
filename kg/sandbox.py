"""Take network access away from the current process: the query workers' second line of defence.

A query worker only reads a local store; if a SERVICE call ever got past the
server's check, the worker must still be unable to fetch anything. Linux
first: a new, empty network namespace (`unshare(CLONE_NEWNET)`, as root or
inside a new user namespace), where every connect fails with "network is
unreachable", loopback included. Where namespaces are not permitted (a
container without user namespaces), a seccomp filter instead makes
`socket(AF_INET|AF_INET6, …)` fail with EACCES; seccomp needs no privilege
(only `no_new_privs`) and is in every Linux since 3.5. Elsewhere nothing can
be done and `drop_network` says so.

Call it before the process starts threads (user namespaces require a single
thread).

>>> drop_network()   # doctest: +SKIP
'network namespace'
"""
from __future__ import annotations

import ctypes
import os
import platform
import struct
import sys

from kg.errors import KgError

_CLONE_NEWNET, _CLONE_NEWUSER = 0x40000000, 0x10000000
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2
_SECCOMP_RET_ALLOW, _SECCOMP_RET_ERRNO = 0x7FFF0000, 0x00050000
_EACCES = 13
_AF_INET, _AF_INET6 = 2, 10
# machine → (AUDIT_ARCH_*, socket syscall numbers); x86_64 also has the x32 ABI's number.
_ARCHES = {"x86_64": (0xC000003E, (41, 0x40000000 | 41)), "aarch64": (0xC00000B7, (198,))}


class SandboxError(KgError):
    """The process could not be cut off from the network."""


def drop_network() -> str:
    """Cut this process off from the network; the method used, or raise SandboxError."""
    if not sys.platform.startswith("linux"):
        raise SandboxError(f"cannot cut query workers off from the network on {sys.platform}")
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(_CLONE_NEWNET) == 0:
        return "network namespace"
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0:
        _map_ids(uid, gid)
        return "user and network namespace"
    _seccomp_no_inet(libc)
    return "seccomp filter"


def _map_ids(uid: int, gid: int) -> None:
    """Keep our own uid/gid inside the new user namespace (files stay ours, not `nobody`'s)."""
    try:
        with open("/proc/self/setgroups", "w") as f:
            f.write("deny")
        with open("/proc/self/gid_map", "w") as f:
            f.write(f"{gid} {gid} 1")
        with open("/proc/self/uid_map", "w") as f:
            f.write(f"{uid} {uid} 1")
    except OSError:
        pass  # access checks use the real ids anyway; only the names look different


def _seccomp_no_inet(libc: ctypes.CDLL) -> None:
    arch = _ARCHES.get(platform.machine())
    if arch is None:
        raise SandboxError(f"cannot cut query workers off from the network on {platform.machine()}")
    program = _filter(*arch)
    buffer = ctypes.create_string_buffer(program)
    fprog = struct.pack("HxxxxxxP", len(program) // 8, ctypes.addressof(buffer))
    fprog_buffer = ctypes.create_string_buffer(fprog)
    if (libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
            or libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, fprog_buffer, 0, 0) != 0):
        raise SandboxError(f"cannot cut query workers off from the network: {os.strerror(ctypes.get_errno())}")


def _filter(audit_arch: int, socket_calls: tuple[int, ...]) -> bytes:
    """A classic-BPF seccomp program: socket(AF_INET|AF_INET6, …) → EACCES, all else allowed.

    A syscall of another architecture (a 32-bit call from a 64-bit process) is
    refused outright: its numbers mean other calls.
    """
    ld_abs, jeq, ret = 0x20, 0x15, 0x06
    deny = _SECCOMP_RET_ERRNO | _EACCES
    n = len(socket_calls)
    code = [(ld_abs, 0, 0, 4),                                  # A = arch
            (jeq, 1, 0, audit_arch),                            # our arch: go on
            (ret, 0, 0, deny),
            (ld_abs, 0, 0, 0)]                                  # A = syscall number
    for i, number in enumerate(socket_calls):
        code.append((jeq, n - i, 0, number))                    # → the family check
    code.append((ret, 0, 0, _SECCOMP_RET_ALLOW))                # not socket()
    code += [(ld_abs, 0, 0, 16),                                # A = args[0] (low 32 bits)
             (jeq, 2, 0, _AF_INET),
             (jeq, 1, 0, _AF_INET6),
             (ret, 0, 0, _SECCOMP_RET_ALLOW),
             (ret, 0, 0, deny)]
    return b"".join(struct.pack("HBBI", *instruction) for instruction in code)
