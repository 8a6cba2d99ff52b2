"""Where a SQLite store may live: on this PC's own disk, never on a network share.

Why: SQLite's locking relies on the file system's locks, which network file systems (SMB/CIFS shares,
mapped drives, NFS) implement unreliably, and WAL mode needs shared memory between the processes that use
the file, which only works on one machine (sqlite.org/wal.html, "WAL does not work over a network
filesystem"). Two PCs writing one file on a share corrupt it sooner or later. Several PCs share a store
through PostgreSQL instead (`--db postgresql://…`, docs/operations.md).

The checks take their inputs (the mounts table, the drive-type function, the platform) as parameters, so
tests feed them the cases instead of needing a real share.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath

#: file-system types in /proc/mounts that are network shares
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "glusterfs",
    "fuse.sshfs", "fuse.smbnetfs", "fuse.glusterfs", "fuse.rclone", "davfs", "fuse.davfs2", "webdav",
})  # not 9p: WSL's own drives and some containers' disks are 9p, and they are one machine's disks
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive


def is_unc(path: str) -> bool:
    r"""\\server\share\… (or //server/share/…, as Windows also accepts); not \\?\C:\… (a local long path)."""
    p = path.replace("/", "\\")
    if not p.startswith("\\\\"):
        return False
    if p.startswith(("\\\\?\\", "\\\\.\\")):
        return p[4:].upper().startswith("UNC\\")  # \\?\UNC\server\share is a share too
    return True


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040 (also tab, newline, backslash)."""
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def mount_type(path: str, mounts: str) -> str | None:
    """The file-system type of the mount holding `path` (absolute, resolved), from a /proc/mounts text."""
    best, best_type = "", None
    target = PurePosixPath(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape_mount(parts[1]), parts[2]
        mp = PurePosixPath(point)
        if (target == mp or mp in target.parents) and len(point) >= len(best):
            best, best_type = point, fstype
    return best_type


def _windows_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]


def _read_mounts() -> str:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""  # no /proc (macOS, a container without it): nothing known, nothing refused


def network_location(path: str | os.PathLike, *, platform: str | None = None, mounts: str | None = None,
                     drive_type: Callable[[str], int] | None = None) -> str | None:
    """Why `path` is on a network share, in words for the message ("UNC 网络路径", "网络驱动器 Z:",
    "nfs4 网络挂载"), or None when it is local (or nothing tells otherwise)."""
    platform = platform or sys.platform
    raw = os.fspath(path)
    if is_unc(raw):
        return "UNC 网络路径"
    if platform.startswith("win"):
        drive = PureWindowsPath(raw).drive
        if not drive:
            drive = PureWindowsPath(os.path.abspath(raw)).drive if platform == sys.platform else ""
        if is_unc(drive):
            return "UNC 网络路径"
        if len(drive) == 2 and drive[1] == ":":
            kind = (drive_type or _windows_drive_type)(drive + "\\")
            if kind == DRIVE_REMOTE:
                return f"网络驱动器 {drive}"
        return None
    if platform.startswith("linux"):
        target = raw if mounts is not None else str(Path(raw).resolve())
        fstype = mount_type(target, _read_mounts() if mounts is None else mounts)
        if fstype in NETWORK_FS_TYPES:
            return f"{fstype} 网络挂载"
    return None
